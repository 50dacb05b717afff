/**
 * The map: creates the MapController once (again after a lost WebGL context) and pushes into it
 * the map state (the style is a function of it) and the data of the GeoJSON sources. When the map
 * cannot draw — its scripts refused by the web server, no WebGL, a lost context that a new map
 * cannot get back — it says so on the map, in the user's language, with what to do.
 */
import { useEffect, useRef, useState } from 'react';
import type { FeatureId, Layer, WaterClass } from '../../core/index.ts';
import { loadMapController } from '../../map/index.ts';
import type { DisplayCollection, MapController, MapFailure, MapState, Padding, View } from '../../map/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';
import type { StringKey } from '../../core/index.ts';

export interface MapViewProps {
  /** What the style shows: layers, opacity, tile URLs, highlight, selection, basemap. */
  readonly state: MapState;
  /** The sections (always on the main thread: they are recoloured by month). */
  readonly sectionsLayer: Layer | undefined;
  readonly sectionClasses: ReadonlyMap<string, WaterClass | null>;
  /** A box to fit the camera to; a new object each time the camera should move. */
  readonly fit: { readonly bbox: readonly [number, number, number, number]; readonly maxZoom?: number; readonly padding?: Padding } | null;
  readonly initialView?: View;
  readonly sites: DisplayCollection;
  readonly siteOverlaps: DisplayCollection;
  readonly testMode: boolean;
  /** The clicked feature (the top one) and every feature under the point, top first. */
  readonly onSelect: (id: FeatureId | null, under: readonly FeatureId[], tileProperties: Readonly<Record<string, Readonly<Record<string, unknown>>>>) => void;
  readonly onViewChange: (view: View) => void;
  /** The pointer's [lon, lat] over the map (null when it leaves). */
  readonly onPointer?: (lonLat: readonly [number, number] | null) => void;
  /** Receives the controller each time one is created (tests use it through window). */
  readonly onReady?: (map: MapController) => void;
  /** Fewer controls, for the exhibition screen. */
  readonly kiosk?: boolean;
}

const FAILURE_TEXT: Record<MapFailure, StringKey> = { worker: 'mapFailureWorker', webgl: 'mapFailureWebgl', context: 'mapFailureContext' };

/** What the map says when it cannot draw, over the map. */
function MapFailureNotice({ kind }: { kind: MapFailure }) {
  const { t } = useLang();
  return (
    <div className="map-failure" role="alert" data-testid="map-failure" data-kind={kind}>
      <strong>{t('mapFailureTitle')}</strong>
      <p>{t(FAILURE_TEXT[kind])}</p>
      <button type="button" onClick={() => window.location.reload()}>{t('mapFailureReload')}</button>
    </div>
  );
}

export function MapView(p: MapViewProps) {
  const { lang } = useLang();
  const container = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<MapFailure | null>(null);
  // The controller (and MapLibre with it) loads after the first screen: the numbers come first.
  const [ctrl, setCtrl] = useState<MapController | null>(null);
  // Bumped when the WebGL context is lost for good: a new map is built and given all data again.
  const [generation, setGeneration] = useState(0);
  const latest = useRef({ onSelect: p.onSelect, onViewChange: p.onViewChange, onPointer: p.onPointer, state: p.state });
  useEffect(() => { latest.current = { onSelect: p.onSelect, onViewChange: p.onViewChange, onPointer: p.onPointer, state: p.state }; });

  useEffect(() => {
    let map: MapController | null = null;
    let ro: ResizeObserver | null = null;
    let gone = false;
    void loadMapController().then((Controller) => {
      if (gone || !container.current) return;
      try {
        map = new Controller({
          container: container.current,
          state: latest.current.state,
          ...(p.initialView ? { view: p.initialView } : {}),
          testMode: p.testMode,
          onContextLost: () => setGeneration((g) => g + 1),
          onFailure: setFailure,
          onSelect: (id, under, tileProperties) => latest.current.onSelect(id, under, tileProperties),
          onViewChange: (v) => latest.current.onViewChange(v),
          onPointer: (p) => latest.current.onPointer?.(p),
        });
      } catch (e) {
        // MapLibre throws when it gets no WebGL context: at the start (no WebGL in this browser),
        // or for the new map after a lost context (it did not come back).
        console.error(e);
        setFailure(generation === 0 ? 'webgl' : 'context');
        return;
      }
      setCtrl(map);
      p.onReady?.(map);
      const m = map;
      ro = new ResizeObserver(() => m.resize());
      ro.observe(container.current);
    }, (e: unknown) => { console.error(e); if (!gone) setFailure('worker'); });
    return () => { gone = true; ro?.disconnect(); map?.destroy(); setCtrl(null); };
    // The map is created once per generation; later prop changes are pushed by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation]);

  useEffect(() => { ctrl?.setState(p.state); }, [ctrl, p.state]);
  useEffect(() => { ctrl?.setSections(p.sectionsLayer, p.sectionClasses, lang); }, [ctrl, p.sectionsLayer, p.sectionClasses, lang]);
  useEffect(() => { ctrl?.setSites(p.sites, p.siteOverlaps); }, [ctrl, p.sites, p.siteOverlaps]);
  useEffect(() => { if (p.fit) ctrl?.fitBounds(p.fit.bbox, p.fit.maxZoom, p.fit.padding); }, [ctrl, p.fit]);

  return (
    <>
      <div className={`map ${p.kiosk ? 'kiosk' : ''}`} ref={container} data-testid="map" key={generation} />
      {failure && <MapFailureNotice kind={failure} />}
    </>
  );
}
