/**
 * The one module that owns the MapLibre map. React talks to it through these methods only; it
 * queues calls made before the style has loaded, skips `setData` when nothing changed, and
 * reports the view on `moveend` (camera state never goes through React).
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import tileProtocolUrl from './tile-protocol.worker.ts?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LineString, Polygon } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { featureKey } from '../core/index.ts';
import type { FeatureId, Layer, WaterClass } from '../core/index.ts';
import { TerraDraw, TerraDrawCircleMode, TerraDrawLineStringMode, TerraDrawPolygonMode, TerraDrawRectangleMode, TerraDrawSelectMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { hatchPattern } from './hatch-pattern.ts';
import { buildStyle, CLICKABLE_LAYERS, FONT, HATCH_IMAGE } from './map-style.ts';
import type { GeoJSONSourceId, MapState } from './map-style.ts';
import { cutTile } from './tile-cutter.ts';
import { TILE_SCHEME } from './tile-source.ts';
import { DATASET_SCHEME, datasetFilePath } from './dataset-tiles.ts';
import { BasemapAttribution } from './basemap-attribution.ts';
import { NorthArrow } from './north-arrow.ts';
import { displayLayer, displaySections, labelPoints } from './display-features.ts';
import type { DisplayCollection } from './display-features.ts';

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

/** How the dataset's own files (its vector tiles) are read: set by the app through serveDatasetFiles. */
let datasetReader: ((path: string) => Promise<ArrayBuffer | null>) | null = null;
// A tile the dataset does not have is an empty tile (npm run tiles writes none where there is nothing).
maplibregl.addProtocol(DATASET_SCHEME, async (params) => {
  const path = datasetFilePath(params.url);
  const data = path && datasetReader ? await datasetReader(path) : null;
  return { data: data ?? new ArrayBuffer(0) };
});

/** The shapes a site can be drawn as. */
export type SiteShape = 'polygon' | 'rectangle' | 'circle';

/** Space to leave at each edge of the map, in pixels. */
export interface Padding { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number }

/** Camera position: centre [lon, lat], zoom, bearing in degrees. */
export interface View {
  readonly center: readonly [number, number];
  readonly zoom: number;
  readonly bearing: number;
}

export interface MapControllerOptions {
  readonly container: HTMLElement;
  readonly view?: View;
  /** The state the map starts with (see MapState); later ones come through setState. */
  readonly state: MapState;
  /**
   * Called with the clicked feature (a site is the layer `sites`), or null for a click on empty
   * map, every feature under the point, and the attributes of those drawn from the dataset's own
   * vector tiles (by featureKey), which nothing else holds.
   */
  readonly onSelect?: (id: FeatureId | null, under: readonly FeatureId[], tileProperties: Readonly<Record<string, Readonly<Record<string, unknown>>>>) => void;
  /** Called when the camera stops moving. */
  readonly onViewChange?: (view: View) => void;
  /** Called with the pointer's [lon, lat] as it moves over the map (once per frame at most), null when it leaves. */
  readonly onPointer?: (lonLat: readonly [number, number] | null) => void;
  /** Tests: no label fading, and a readable drawing buffer. */
  readonly testMode?: boolean;
  /** Called when the WebGL context was lost and not restored within `contextTimeoutMs`. */
  readonly onContextLost?: () => void;
  readonly contextTimeoutMs?: number;
}

const EMPTY: DisplayCollection = { type: 'FeatureCollection', features: [] };

/**
 * For MapLibre's style diff: the new style keeps the data the GeoJSON sources hold now (set by
 * setSourceData, not part of the state) and the sources and layers added by others (the drawing
 * tool), which a plain diff would remove.
 */
function keepOwnAndForeign(previous: StyleSpecification | undefined, next: StyleSpecification): StyleSpecification {
  if (!previous) return next;
  const sources = { ...next.sources };
  for (const [id, src] of Object.entries(previous.sources)) {
    const mine = sources[id];
    if (mine && mine.type === 'geojson' && src.type === 'geojson' && id !== 'marker') sources[id] = { ...mine, data: src.data };
    else if (!mine && !id.startsWith('basemap') && id !== 'marker') sources[id] = src;
  }
  const ids = new Set(next.layers.map((l) => l.id));
  const foreign = previous.layers.filter((l) => !ids.has(l.id) && !l.id.startsWith('basemap') && !OWN_LAYER_IDS.has(l.id));
  return { ...next, sources, layers: [...next.layers, ...foreign] };
}

/** Ids of every layer buildStyle can make, whatever the state. */
const OWN_LAYER_IDS: ReadonlySet<string> = new Set(buildStyle({
  visible: {} as MapState['visible'], opacity: {} as MapState['opacity'], urls: {}, highlight: [], selection: null, basemap: null, largeLabels: false, marker: [0, 0],
  change: { intoForest: [], outOfForest: [], protectedAdded: [], sectionsImproved: [], sectionsWorsened: [] },
}).layers.map((l) => l.id));

export class MapController {
  /** The MapLibre map (read-only use by tests and the soak script). */
  readonly map: maplibregl.Map;
  private loaded = false;
  private readonly pending: (() => void)[] = [];
  private readonly lastData = new Map<string, unknown>();
  private state: MapState;
  private draw: TerraDraw | null = null;
  private clearLostTimer: () => void = () => {};

  /** Who made the online basemap, when one is on. */
  private readonly attribution = new BasemapAttribution();

  constructor(private readonly opts: MapControllerOptions) {
    const view = opts.view ?? { center: [120.87, 30.0] as const, zoom: 9.3, bearing: 0 };
    this.state = opts.state;
    this.map = new maplibregl.Map({
      container: opts.container,
      style: buildStyle(opts.state),
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
    this.attribution.set(opts.state.basemap?.attribution ?? null);
    this.map.addControl(this.attribution, 'bottom-right');
    const tileProtocol = loadTileProtocol();
    this.map.on('load', async () => {
      await tileProtocol;
      if (!this.map.hasImage(HATCH_IMAGE)) this.map.addImage(HATCH_IMAGE, hatchPattern());
      this.loaded = true;
      for (const fn of this.pending.splice(0)) fn();
    });
    // A style rebuilt in full (when the diff cannot be applied) loses its images: add the hatch again.
    this.map.on('styleimagemissing', (e: { id: string }) => { if (e.id === HATCH_IMAGE && !this.map.hasImage(HATCH_IMAGE)) this.map.addImage(HATCH_IMAGE, hatchPattern()); });
    this.map.on('click', (e) => {
      if (this.draw?.enabled) return;
      const layers = CLICKABLE_LAYERS.filter((id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none');
      // Every drawn feature carries its index in its layer (`_i`); the source is named after the layer.
      // All features under the point, top first, each once (a fill and its outline are one feature).
      const under: FeatureId[] = [];
      const tileProperties: Record<string, Record<string, unknown>> = {};
      for (const f of this.map.queryRenderedFeatures(e.point, { layers })) {
        const i = f.properties?._i;
        if (typeof i === 'number' && !under.some((u) => u.layer === f.source && u.index === i)) under.push({ layer: f.source, index: i });
        if (typeof i === 'number' && this.state.tiles?.[f.source]) tileProperties[featureKey({ layer: f.source, index: i })] = { ...f.properties };
      }
      this.opts.onSelect?.(under[0] ?? null, under, tileProperties);
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
    this.map.on('mouseout', () => { if (hover) clearTimeout(hover); hover = null; this.opts.onPointer?.(null); });
    // The pointer's position for the coordinate readout, once per frame at most.
    let pointerFrame = 0;
    this.map.on('mousemove', (e) => {
      if (!this.opts.onPointer || pointerFrame) return;
      const { lng, lat } = e.lngLat;
      pointerFrame = requestAnimationFrame(() => { pointerFrame = 0; this.opts.onPointer?.([lng, lat]); });
    });
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

  /** Has the map read the dataset's own files (its vector tiles) through `read`: a file's bytes by its path in the dataset, or null. */
  serveDatasetFiles(read: (path: string) => Promise<ArrayBuffer | null>): void {
    datasetReader = read;
  }

  /** Replaces a GeoJSON source's features; does nothing when given the same value again. */
  setSourceData(id: GeoJSONSourceId, data: DisplayCollection | null): void {
    const value = data ?? EMPTY;
    if (this.lastData.get(id) === value) return;
    this.lastData.set(id, value);
    this.whenLoaded(() => (this.map.getSource(id) as GeoJSONSource | undefined)?.setData(value));
  }

  /**
   * Applies a new state: the style is rebuilt from it (a pure function, map-style.ts) and MapLibre
   * applies only the difference. Data of the GeoJSON sources and layers others added (the drawing
   * tool's) are kept. Does nothing for the same state object again.
   */
  setState(state: MapState): void {
    if (state === this.state) return;
    this.state = state;
    this.attribution.set(state.basemap?.attribution ?? null);
    this.whenLoaded(() => this.map.setStyle(buildStyle(this.state), { diff: true, transformStyle: keepOwnAndForeign }));
  }

  /**
   * Lets the user draw one site: a polygon (click the corners, click the first corner again to
   * close), a rectangle (two opposite corners) or a circle (centre, then a point on the circle; a
   * geodesic circle of 64 segments); calls `onDone` with it, or with null when cancelled with
   * `stopDrawing`.
   */
  startDrawing(onDone: (polygon: Polygon | null) => void, shape: SiteShape = 'polygon'): void {
    this.whenLoaded(() => {
      this.stopMeasuring();
      this.stopEditing();
      const draw = this.drawTool();
      if (!draw.enabled) draw.start();
      draw.setMode(shape);
      this.finishDrawing = (p) => { this.finishDrawing = null; draw.clear(); draw.stop(); onDone(p); };
    });
  }

  private editing: { id: string; onChange: (p: Polygon) => void } | null = null;

  /**
   * Lets the user edit a site's polygon: drag a vertex, drag a midpoint to add one, right-click
   * (or long-press) a vertex to delete it. `onChange` gets the polygon after each change.
   */
  startEditing(polygon: Polygon, onChange: (p: Polygon) => void): void {
    this.whenLoaded(() => {
      this.finishDrawing?.(null);
      this.stopMeasuring();
      const draw = this.drawTool();
      if (!draw.enabled) draw.start();
      draw.clear();
      const [added] = draw.addFeatures([{ type: 'Feature', geometry: polygon, properties: { mode: 'polygon' } }]);
      if (!added?.valid) { draw.stop(); return; }
      draw.setMode('select');
      draw.selectFeature(added.id!);
      this.editing = { id: String(added.id), onChange };
    });
  }

  /** Puts another shape into the site being edited (after undo or redo). */
  setEditedPolygon(polygon: Polygon): void {
    if (!this.editing || !this.draw) return;
    this.draw.updateFeatureGeometry(this.editing.id, polygon);
  }

  /** Ends editing. */
  stopEditing(): void {
    if (!this.editing) return;
    this.editing = null;
    this.draw?.clear();
    this.draw?.stop();
  }

  /** The drawing tool (polygons for sites, lines and polygons for measuring), made once. */
  private drawTool(): TerraDraw {
    if (this.draw) return this.draw;
    const editable = { feature: { draggable: false, coordinates: { draggable: true, midpoints: true, deletable: true } } };
    const created = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map: this.map }),
      modes: [
        new TerraDrawPolygonMode(), new TerraDrawLineStringMode(), new TerraDrawRectangleMode(),
        new TerraDrawCircleMode({ projection: 'globe', segments: 64 }),
        new TerraDrawSelectMode({ flags: { polygon: editable }, allowManualDeselection: false }),
      ],
    });
    created.on('finish', (id, context) => {
      const f = created.getSnapshotFeature(id);
      if (this.editing && context.mode === 'select') { if (f && f.geometry.type === 'Polygon') this.editing.onChange(f.geometry as Polygon); return; }
      if (this.measuring) this.measuring.onChange(f ? (f.geometry as LineString | Polygon) : null, true);
      else if (f && f.geometry.type === 'Polygon') this.finishDrawing?.(f.geometry as Polygon);
    });
    // While measuring: the shape so far (with the vertex under the pointer), for a live readout.
    created.on('change', (ids) => {
      if (!this.measuring) return;
      const f = ids.length > 0 ? created.getSnapshotFeature(ids[ids.length - 1]!) : undefined;
      if (f && (f.geometry.type === 'LineString' || f.geometry.type === 'Polygon')) this.measuring.onChange(f.geometry as LineString | Polygon, false);
    });
    this.draw = created;
    return created;
  }

  private measuring: { onChange: (g: LineString | Polygon | null, done: boolean) => void } | null = null;

  /**
   * Measures a distance (a line: click the vertices, click the last one again to end) or an area
   * (a polygon: close it on the first vertex); `onChange` gets the shape as it grows and when it is
   * done. Another start begins a new measurement; stopMeasuring clears it.
   */
  startMeasuring(kind: 'distance' | 'area', onChange: (g: LineString | Polygon | null, done: boolean) => void): void {
    this.whenLoaded(() => {
      this.finishDrawing?.(null);
      this.stopEditing();
      const draw = this.drawTool();
      if (!draw.enabled) draw.start();
      draw.clear();
      draw.setMode(kind === 'distance' ? 'linestring' : 'polygon');
      this.measuring = { onChange };
    });
  }

  /** Ends measuring and removes the measured shape. */
  stopMeasuring(): void {
    if (!this.measuring) return;
    this.measuring = null;
    this.draw?.clear();
    this.draw?.stop();
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

  /** Size of the map on screen in CSS pixels. */
  viewSize(): { width: number; height: number } {
    const c = this.map.getContainer();
    return { width: c.clientWidth, height: c.clientHeight };
  }

  /**
   * The map as it is now (layers, filters, sections, sites) drawn again into an image of
   * `width` × `height` CSS pixels at `pixelRatio` image pixels each, showing at least the area in
   * view on screen, north up. Drawn by a second, hidden map, so the one on screen does not move.
   * Resolves with the canvas and the zoom and centre latitude (for a scale bar).
   */
  async renderImage(width: number, height: number, pixelRatio: number): Promise<{ canvas: HTMLCanvasElement; zoom: number; centerLat: number }> {
    const b = this.map.getBounds();
    const holder = document.createElement('div');
    Object.assign(holder.style, { position: 'fixed', left: '-20000px', top: '0', width: `${width}px`, height: `${height}px` });
    document.body.appendChild(holder);
    const style = this.map.getStyle();
    // The drawing tool's layers (a sketch in progress) are not part of the picture.
    const drawn = { ...style, layers: style.layers.filter((l) => !l.id.startsWith('td-')) };
    const copy = new maplibregl.Map({
      container: holder, style: drawn, bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], bearing: 0,
      pixelRatio, interactive: false, attributionControl: false, fadeDuration: 0, maxCanvasSize: [8192, 8192],
      localIdeographFontFamily: FONT.join(', '), canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    copy.on('styleimagemissing', (e: { id: string }) => { if (e.id === HATCH_IMAGE && !copy.hasImage(HATCH_IMAGE)) copy.addImage(HATCH_IMAGE, hatchPattern()); });
    try {
      await new Promise<void>((resolve) => copy.once('idle', () => resolve()));
      const canvas = document.createElement('canvas');
      canvas.width = copy.getCanvas().width; canvas.height = copy.getCanvas().height;
      canvas.getContext('2d')!.drawImage(copy.getCanvas(), 0, 0);
      return { canvas, zoom: copy.getZoom(), centerLat: copy.getCenter().lat };
    } finally {
      copy.remove();
      holder.remove();
    }
  }

  /** Shows the sections (features of the dataset layer) coloured by the given classes (by section id). */
  setSections(layer: Pick<Layer, 'features'> | undefined, classes: ReadonlyMap<string, WaterClass | null>): void {
    this.setSourceData('sections', displaySections(displayLayer(layer), classes));
  }

  /** Shows the planner's sites (each with its index `_i`, so a click names it) and the overlaps of the selected one. */
  setSites(sites: DisplayCollection, overlaps: DisplayCollection): void {
    if (this.lastData.get('sites') !== sites) {
      this.setSourceData('sites', sites);
      this.setSourceData('siteLabels', labelPoints(sites));
    }
    this.setSourceData('siteOverlaps', overlaps);
  }

  /**
   * Moves the camera to show a box [west, south, east, north], inside the padding (pixels from each
   * edge; 60 all round by default) — e.g. beside a card that covers part of the map.
   */
  fitBounds(bbox: readonly [number, number, number, number], maxZoom = 13, padding: Padding | number = 60): void {
    this.whenLoaded(() => this.map.fitBounds(bbox as unknown as LngLatBoundsLike, { padding, maxZoom, duration: this.opts.testMode ? 0 : 800 }));
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
