/**
 * The one module that owns the MapLibre map. React talks to it through these methods only; it
 * queues calls made before the style has loaded, skips `setData` when nothing changed, and
 * reports the view on `moveend` (camera state never goes through React).
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, LngLatBoundsLike, VectorTileSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import tileProtocolUrl from './tile-protocol.worker.ts?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, Geometry, Polygon } from 'geojson';
import { TerraDraw, TerraDrawPolygonMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { hatchPattern } from './hatch-pattern.ts';
import type { GroupId } from './layer-groups.ts';
import { buildStyle, CLICKABLE_LAYERS, FONT, HATCH_IMAGE, STYLED_LAYERS } from './map-style.ts';
import type { GeoJSONSourceId, TiledSourceId } from './map-style.ts';
import { cutTile } from './tile-cutter.ts';
import { TILE_SCHEME, tileTemplate } from './tile-source.ts';
import { NorthArrow } from './north-arrow.ts';
import { fidOf, refOf } from './display-features.ts';
import type { DisplayCollection, FeatureRef } from './display-features.ts';

maplibregl.setWorkerUrl(workerUrl);
/**
 * Has MapLibre's workers load the tile scheme (tile-protocol.worker.ts); settles when they have,
 * or after 5 s at most (a map destroyed meanwhile can leave MapLibre's promise pending for good).
 */
function loadTileProtocol(): Promise<void> {
  const loaded = maplibregl.importScriptInWorkers(new URL(tileProtocolUrl, document.baseURI).href);
  const late = new Promise<void>((resolve) => setTimeout(resolve, 5000));
  return Promise.race([loaded, late]).catch((e: unknown) => console.warn('tiles will be cut on the main thread:', e));
}
// Tiles asked for while a MapLibre worker has not loaded the scheme yet (a new map's first empty
// tiles; workers MapLibre starts again, e.g. after the WebGL context was lost) come here: cut on
// the main thread, correct but slower.
maplibregl.addProtocol(TILE_SCHEME, async (params) => ({ data: await cutTile(params.url) }));

/** Camera position: centre [lon, lat], zoom, bearing in degrees. */
export interface View {
  readonly center: readonly [number, number];
  readonly zoom: number;
  readonly bearing: number;
}

export interface MapControllerOptions {
  readonly container: HTMLElement;
  readonly view?: View;
  /** Called with the clicked feature, or null for a click on empty map. */
  readonly onSelect?: (ref: FeatureRef | null) => void;
  /** Called when the camera stops moving. */
  readonly onViewChange?: (view: View) => void;
  /** Tests: no label fading, and a readable drawing buffer. */
  readonly testMode?: boolean;
  /** Larger labels, for a screen read from a distance. */
  readonly largeLabels?: boolean;
  /** Called when the WebGL context was lost and not restored within `contextTimeoutMs`. */
  readonly onContextLost?: () => void;
  readonly contextTimeoutMs?: number;
}

const EMPTY: DisplayCollection = { type: 'FeatureCollection', features: [] };

export class MapController {
  /** The MapLibre map (read-only use by tests and the soak script). */
  readonly map: maplibregl.Map;
  private loaded = false;
  private readonly pending: (() => void)[] = [];
  private readonly lastData = new Map<string, unknown>();
  private readonly visible = new Map<GroupId, boolean>();
  private draw: TerraDraw | null = null;
  private clearLostTimer: () => void = () => {};

  constructor(private readonly opts: MapControllerOptions) {
    const view = opts.view ?? { center: [120.87, 30.0] as const, zoom: 9.3, bearing: 0 };
    this.map = new maplibregl.Map({
      container: opts.container,
      style: buildStyle(),
      center: [view.center[0], view.center[1]],
      zoom: view.zoom,
      bearing: view.bearing,
      attributionControl: false,
      localIdeographFontFamily: FONT.join(', '),
      fadeDuration: opts.testMode ? 0 : 300,
      ...(opts.testMode ? { canvasContextAttributes: { preserveDrawingBuffer: true } } : {}),
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new NorthArrow(), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-left');
    const tileProtocol = loadTileProtocol();
    this.map.on('load', async () => {
      await tileProtocol;
      const p = hatchPattern();
      if (!this.map.hasImage(HATCH_IMAGE)) this.map.addImage(HATCH_IMAGE, p);
      if (this.opts.largeLabels) {
        this.map.setLayoutProperty('towns-label', 'text-size', 24);
        this.map.setLayoutProperty('sections-label', 'text-size', 20);
        this.map.setPaintProperty('sections-circle', 'circle-radius', 12);
      }
      this.loaded = true;
      for (const fn of this.pending.splice(0)) fn();
    });
    this.map.on('click', (e) => {
      if (this.draw?.enabled) return;
      const layers = CLICKABLE_LAYERS.filter((id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none');
      const hit = this.map.queryRenderedFeatures(e.point, { layers })[0];
      // Tiled layers carry the feature's index (`_i`) and come from the source named after the role.
      const i = hit?.properties?._i;
      this.opts.onSelect?.(hit ? (typeof i === 'number' ? refOf(fidOf(hit.source, i)) : refOf(hit.properties?._fid)) : null);
    });
    // A pointer cursor over clickable features, looked up once the mouse rests (not on every move,
    // nor while dragging: a first lookup in a dense tile decodes it, tens of ms).
    let hover: ReturnType<typeof setTimeout> | null = null;
    this.map.on('mousemove', (e) => {
      if (hover) clearTimeout(hover);
      if (e.originalEvent.buttons !== 0 || this.draw?.enabled) return;
      hover = setTimeout(() => {
        hover = null;
        const layers = CLICKABLE_LAYERS.filter((id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none');
        this.map.getCanvas().style.cursor = this.map.queryRenderedFeatures(e.point, { layers }).length > 0 ? 'pointer' : '';
      }, 120);
    });
    this.map.on('mouseout', () => { if (hover) clearTimeout(hover); hover = null; });
    this.map.on('moveend', () => this.opts.onViewChange?.(this.getView()));
    // A lost WebGL context is usually restored by the browser, and MapLibre redraws; if it is not,
    // the owner is told so it can build a new map (a kiosk must keep running for days).
    let lostTimer: ReturnType<typeof setTimeout> | null = null;
    this.map.on('webglcontextlost', () => {
      lostTimer = setTimeout(() => this.opts.onContextLost?.(), this.opts.contextTimeoutMs ?? 5000);
    });
    this.map.on('webglcontextrestored', () => {
      if (lostTimer) clearTimeout(lostTimer);
      lostTimer = null;
    });
    this.clearLostTimer = () => { if (lostTimer) clearTimeout(lostTimer); };
  }

  private whenLoaded(fn: () => void): void {
    if (this.loaded) fn(); else this.pending.push(fn);
  }

  /** Replaces a GeoJSON source's features; does nothing when given the same value again. */
  setSourceData(id: GeoJSONSourceId, data: DisplayCollection | null): void {
    const value = data ?? EMPTY;
    if (this.lastData.get(id) === value) return;
    this.lastData.set(id, value);
    this.whenLoaded(() => (this.map.getSource(id) as GeoJSONSource | undefined)?.setData(value));
  }

  /**
   * Shows a dataset layer from the GeoJSON file at `url` (a blob: URL of the report worker), cut
   * into tiles inside MapLibre's workers: the layer never passes through the main thread.
   */
  setLayerUrl(id: TiledSourceId, url: string | null): void {
    if (this.lastData.get(id) === url) return;
    this.lastData.set(id, url);
    this.whenLoaded(() => (this.map.getSource(id) as VectorTileSource | undefined)?.setTiles([tileTemplate(url)]));
  }

  /** Shows or hides every style layer of a group. */
  setVisibility(group: GroupId, visible: boolean): void {
    if (this.visible.get(group) === visible) return;
    this.visible.set(group, visible);
    this.whenLoaded(() => {
      for (const s of STYLED_LAYERS) if (s.group === group) this.map.setLayoutProperty(s.layer.id, 'visibility', visible ? 'visible' : 'none');
    });
  }

  /** Sets a group's opacity, 0–1, relative to its styled opacity. */
  setOpacity(group: GroupId, opacity: number): void {
    this.whenLoaded(() => {
      for (const s of STYLED_LAYERS) {
        if (s.group !== group) continue;
        for (const [prop, full] of Object.entries(s.opacity)) this.map.setPaintProperty(s.layer.id, prop as Parameters<maplibregl.Map["setPaintProperty"]>[1], full * opacity);
      }
    });
  }

  /**
   * Shows an online raster basemap under everything (an XYZ tile URL template), or removes it with
   * null. Off by default: the app is offline unless the user opts in.
   */
  setBasemap(template: string | null): void {
    this.whenLoaded(() => {
      if (this.map.getLayer('basemap')) this.map.removeLayer('basemap');
      if (this.map.getSource('basemap')) this.map.removeSource('basemap');
      if (!template) return;
      this.map.addSource('basemap', { type: 'raster', tiles: [template], tileSize: 256 });
      this.map.addLayer({ id: 'basemap', type: 'raster', source: 'basemap', paint: { 'raster-opacity': 0.8 } }, 'boundary-fill');
    });
  }

  /**
   * Lets the user draw one polygon (click the corners, click the first corner again to close);
   * calls `onDone` with it, or with null when cancelled with `stopDrawing`.
   */
  startDrawing(onDone: (polygon: Polygon | null) => void): void {
    this.whenLoaded(() => {
      if (!this.draw) {
        const created = new TerraDraw({ adapter: new TerraDrawMapLibreGLAdapter({ map: this.map }), modes: [new TerraDrawPolygonMode()] });
        created.on('finish', (id) => {
          const f = created.getSnapshotFeature(id);
          if (f && f.geometry.type === 'Polygon') this.finishDrawing?.(f.geometry as Polygon);
        });
        this.draw = created;
      }
      const draw = this.draw;
      if (!draw.enabled) draw.start();
      draw.setMode('polygon');
      this.finishDrawing = (p) => { this.finishDrawing = null; draw.clear(); draw.stop(); onDone(p); };
    });
  }

  private finishDrawing: ((p: Polygon | null) => void) | null = null;

  /** Cancels drawing. */
  stopDrawing(): void {
    this.finishDrawing?.(null);
  }

  /** True while the user is drawing. */
  get drawing(): boolean {
    return !!this.draw?.enabled;
  }

  /**
   * A picture of the map as a PNG data URL, north up, after fitting a box: for printed reports.
   * Read during a render, while the drawing buffer is still valid.
   */
  async snapshot(bbox: readonly [number, number, number, number]): Promise<{ image: string; zoom: number; centerLat: number }> {
    this.map.jumpTo({ bearing: 0 });
    this.map.fitBounds(bbox as unknown as LngLatBoundsLike, { padding: 80, maxZoom: 15, duration: 0 });
    await this.idle();
    const image = await new Promise<string>((resolve) => {
      this.map.once('render', () => resolve(this.map.getCanvas().toDataURL('image/png')));
      this.map.triggerRepaint();
    });
    return { image, zoom: this.map.getZoom(), centerLat: this.map.getCenter().lat };
  }

  /** Outlines the selected features (empty list: none). */
  setSelection(features: readonly Feature<Geometry>[]): void {
    this.setSourceData('selection', { type: 'FeatureCollection', features: features.map((f) => ({ ...f, properties: {} })) });
  }

  /** Emphasises features that make up an indicator (empty list: none). */
  setHighlight(features: readonly Feature<Geometry>[]): void {
    this.setSourceData('highlight', { type: 'FeatureCollection', features: features.map((f) => ({ ...f, properties: {} })) });
  }

  /** Moves the camera to show a box [west, south, east, north]. */
  fitBounds(bbox: readonly [number, number, number, number], maxZoom = 13): void {
    this.whenLoaded(() => this.map.fitBounds(bbox as unknown as LngLatBoundsLike, { padding: 60, maxZoom, duration: this.opts.testMode ? 0 : 800 }));
  }

  /** The current camera. */
  getView(): View {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing() };
  }

  /** Moves the camera without animation. */
  setView(v: View): void {
    this.map.jumpTo({ center: [v.center[0], v.center[1]], zoom: v.zoom, bearing: v.bearing });
  }

  /** Screen position of a lon/lat inside the map container (for tests and popups). */
  project(lon: number, lat: number): { x: number; y: number } {
    const p = this.map.project([lon, lat]);
    return { x: p.x, y: p.y };
  }

  /** Rendered features of a style layer in view (for tests). */
  renderedFeatures(layerId: string): { properties: Record<string, unknown> }[] {
    if (!this.map.getLayer(layerId)) return [];
    return this.map.queryRenderedFeatures({ layers: [layerId] }).map((f) => ({ properties: f.properties as Record<string, unknown> }));
  }

  /** Resolves when the map has drawn everything it has (style, sources, tiles). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (this.loaded && this.map.loaded() && !this.map.isMoving() ? resolve() : this.map.once('idle', check));
      check();
    });
  }

  /** Tells the map its container changed size. */
  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.clearLostTimer();
    this.draw?.stop();
    this.map.remove();
  }
}
