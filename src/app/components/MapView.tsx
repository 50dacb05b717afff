/** The map: creates the MapController once and pushes data and settings into it. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Feature, Geometry } from 'geojson';
import type { Layer } from '../../core/data/dataset.ts';
import type { WaterClass } from '../../core/water/water-class.ts';
import { displayLayer, displaySections, labelPoints } from '../../map/display-features.ts';
import type { DisplayCollection } from '../../map/display-features.ts';
import { GROUP_IDS } from '../../map/layer-groups.ts';
import type { GroupId } from '../../map/layer-groups.ts';
import { MapController } from '../../map/map-controller.ts';
import type { View } from '../../map/map-controller.ts';
import type { TiledSourceId } from '../../map/map-style.ts';

export interface MapViewProps {
  /** URL of each source's GeoJSON (from the report worker). */
  readonly urls: Readonly<Record<string, string>>;
  /** The sections (always on the main thread: they are recoloured by month). */
  readonly sectionsLayer: Layer | undefined;
  readonly sectionClasses: ReadonlyMap<string, WaterClass | null>;
  readonly visible: Readonly<Record<GroupId, boolean>>;
  readonly opacity: Readonly<Record<GroupId, number>>;
  readonly selection: readonly Feature<Geometry>[];
  readonly highlight: readonly Feature<Geometry>[];
  /** A box to fit the camera to; a new object each time the camera should move. */
  readonly fit: { readonly bbox: readonly [number, number, number, number]; readonly maxZoom?: number } | null;
  readonly initialView?: View;
  /** Online basemap tile template, or null (offline, the default). */
  readonly basemap: string | null;
  readonly sites: DisplayCollection;
  readonly siteOverlaps: DisplayCollection;
  readonly testMode: boolean;
  readonly onSelect: (fid: string | null) => void;
  readonly onViewChange: (view: View) => void;
  /** Receives the controller each time one is created (tests use it through window). */
  readonly onReady?: (map: MapController) => void;
  /** Fewer controls, for the exhibition screen. */
  readonly kiosk?: boolean;
}

export function MapView(p: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const ctrl = useRef<MapController | null>(null);
  // Bumped when the WebGL context is lost for good: a new map is built and given all data again.
  const [generation, setGeneration] = useState(0);
  const callbacks = useRef({ onSelect: p.onSelect, onViewChange: p.onViewChange });
  useEffect(() => { callbacks.current = { onSelect: p.onSelect, onViewChange: p.onViewChange }; });

  useEffect(() => {
    const map = new MapController({
      container: container.current!,
      ...(p.initialView ? { view: p.initialView } : {}),
      testMode: p.testMode,
      largeLabels: p.kiosk ?? false,
      onContextLost: () => setGeneration((g) => g + 1),
      onSelect: (ref) => callbacks.current.onSelect(ref?.fid ?? null),
      onViewChange: (v) => callbacks.current.onViewChange(v),
    });
    ctrl.current = map;
    p.onReady?.(map);
    const ro = new ResizeObserver(() => map.resize());
    ro.observe(container.current!);
    return () => { ro.disconnect(); map.destroy(); ctrl.current = null; };
    // The map is created once per generation; later prop changes are pushed by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation]);

  const sections = useMemo(() => displaySections(displayLayer('sections', p.sectionsLayer), p.sectionClasses), [p.sectionsLayer, p.sectionClasses]);

  useEffect(() => {
    const map = ctrl.current;
    if (!map) return;
    for (const [id, url] of Object.entries(p.urls)) map.setLayerUrl(id as TiledSourceId, url);
  }, [p.urls, generation]);
  useEffect(() => { ctrl.current?.setSourceData('sections', sections); }, [sections, generation]);
  useEffect(() => { for (const g of GROUP_IDS) ctrl.current?.setVisibility(g, p.visible[g]); }, [p.visible, generation]);
  useEffect(() => { for (const g of GROUP_IDS) ctrl.current?.setOpacity(g, p.opacity[g]); }, [p.opacity, generation]);
  useEffect(() => { ctrl.current?.setSelection(p.selection); }, [p.selection, generation]);
  useEffect(() => { ctrl.current?.setHighlight(p.highlight); }, [p.highlight, generation]);
  useEffect(() => { if (p.fit) ctrl.current?.fitBounds(p.fit.bbox, p.fit.maxZoom); }, [p.fit, generation]);
  useEffect(() => { ctrl.current?.setBasemap(p.basemap); }, [p.basemap, generation]);
  useEffect(() => {
    ctrl.current?.setSourceData('sites', p.sites);
    ctrl.current?.setSourceData('siteLabels', labelPoints(p.sites));
  }, [p.sites, generation]);
  useEffect(() => { ctrl.current?.setSourceData('siteOverlaps', p.siteOverlaps); }, [p.siteOverlaps, generation]);

  return <div className={`map ${p.kiosk ? 'kiosk' : ''}`} ref={container} data-testid="map" key={generation} />;
}
