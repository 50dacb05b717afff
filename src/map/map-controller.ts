/**
 * The one module that owns the MapLibre map. React talks to it through these methods only; it
 * queues calls made before the style has loaded, skips `setData` when nothing changed, and
 * reports the view on `moveend` (camera state never goes through React).
 *
 * Its parts of one job each: map-protocols.ts (MapLibre's worker and tile schemes), draw-tools.ts
 * (drawing, editing, measuring), pointer-events.ts (click, hover, pointer position),
 * context-loss.ts (a lost WebGL context), style-diff.ts (restyling by diff), render-image.ts
 * (the map as a picture for printing), controller-options.ts (what the controller is given).
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import type { Lang, Layer, WaterClass } from '../core/index.ts';
import { watchContextLoss } from './context-loss.ts';
import type { MapControllerOptions, Padding, View } from './controller-options.ts';
import { DrawTools } from './draw-tools.ts';
import type { EditRefusal, SiteShape } from './draw-tools.ts';
import { hatchPattern } from './hatch-pattern.ts';
import { loadTileProtocol, setDatasetReader } from './map-protocols.ts';
import { buildStyle, FONT, HATCH_IMAGE } from './map-style.ts';
import type { GeoJSONSourceId, MapState } from './map-style.ts';
import { BasemapAttribution } from './basemap-attribution.ts';
import { NorthArrow } from './north-arrow.ts';
import { displayLayer, displaySections, labelPoints } from './display-features.ts';
import type { DisplayCollection } from './display-features.ts';
import { watchPointer } from './pointer-events.ts';
import { renderMapImage, renderStateImage, snapshotMap } from './render-image.ts';
import { keepOwnAndForeign } from './style-diff.ts';

export type { EditRefusal, SiteShape } from './draw-tools.ts';
export type { MapControllerOptions, Padding, View } from './controller-options.ts';

const EMPTY: DisplayCollection = { type: 'FeatureCollection', features: [] };

/** The owner of one MapLibre map: made by MapView, driven through its methods. */
export class MapController {
  /** The MapLibre map (read-only use by tests and the soak script). */
  readonly map: maplibregl.Map;
  private loaded = false;
  private readonly pending: (() => void)[] = [];
  private readonly lastData = new Map<string, unknown>();
  private state: MapState;
  /** The drawing, editing and measuring tools. */
  private readonly tools: DrawTools;
  private readonly clearLostTimer: () => void;

  /** Who made the online basemap, when one is on. */
  private readonly attribution = new BasemapAttribution();
  private readonly north = new NorthArrow();
  /** The scale bar, made again when the furniture's scale changes (its width is an option); and that scale. */
  private scaleBar: maplibregl.ScaleControl;
  private furniture = 1;

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
    this.map.addControl(this.north, 'top-right');
    this.scaleBar = new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 140 });
    this.map.addControl(this.scaleBar, 'bottom-left');
    this.setFurniture(opts.state.largeLabels ? opts.state.furnitureScale ?? 1 : 1);
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
    this.tools = new DrawTools(this.map);
    watchPointer(this.map, {
      isDrawing: () => this.tools.enabled,
      fromTiles: (layer) => !!this.state.tiles?.[layer],
      onSelect: opts.onSelect,
      onPointer: opts.onPointer,
    });
    this.map.on('moveend', () => this.opts.onViewChange?.(this.getView()));
    this.clearLostTimer = watchContextLoss(this.map, () => this.opts.onContextLost?.(), opts.contextTimeoutMs ?? 5000);
    // MapLibre reports a worker that could not start (e.g. its script served as another type) as an
    // error event and otherwise draws nothing: the owner shows why. Other errors are logged as
    // MapLibre would without a listener.
    this.map.on('error', (e) => {
      if (/worker failed to load/i.test(e.error?.message ?? '')) this.opts.onFailure?.('worker');
      else console.error(e.error);
    });
  }

  /** Sizes the scale bar (its longest length, 140 px at 1) and the north arrow by `k` (see MapState.furnitureScale). */
  private setFurniture(k: number): void {
    if (k === this.furniture) return;
    this.furniture = k;
    this.map.removeControl(this.scaleBar);
    this.scaleBar = new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 140 * k });
    this.map.addControl(this.scaleBar, 'bottom-left');
    this.north.setScale(k);
  }

  private whenLoaded(fn: () => void): void {
    if (this.loaded) fn(); else this.pending.push(fn);
  }

  /** Has the map read the dataset's own files (its vector tiles) through `read`: a file's bytes by its path in the dataset, or null. */
  serveDatasetFiles(read: (path: string) => Promise<ArrayBuffer | null>): void {
    setDatasetReader(read);
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
    this.setFurniture(state.largeLabels ? state.furnitureScale ?? 1 : 1);
    this.whenLoaded(() => this.map.setStyle(buildStyle(this.state), { diff: true, transformStyle: keepOwnAndForeign }));
  }

  /**
   * Lets the user draw one site: a polygon (click the corners, click the first corner again to
   * close), a rectangle (two opposite corners) or a circle (centre, then a point on the circle; a
   * geodesic circle of 64 segments); calls `onDone` with it, or with null when cancelled with
   * `stopDrawing`.
   */
  startDrawing(onDone: (polygon: Polygon | null) => void, shape: SiteShape = 'polygon'): void {
    this.whenLoaded(() => this.tools.startDrawing(onDone, shape));
  }

  /**
   * Lets the user edit a site (Polygon with holes or MultiPolygon): drag a vertex, drag a midpoint
   * to add one, right-click (or long-press) a vertex to delete it. `onChange` gets the site after
   * each change. Resolves with why it cannot be edited (draw-tools.ts), or null once editing.
   */
  startEditing(site: Polygon | MultiPolygon, onChange: (g: Polygon | MultiPolygon) => void): Promise<EditRefusal> {
    return new Promise((resolve) => this.whenLoaded(() => resolve(this.tools.startEditing(site, onChange))));
  }

  /** Puts another shape into the site being edited (after undo or redo). */
  setEditedGeometry(site: Polygon | MultiPolygon): void {
    this.tools.setEditedGeometry(site);
  }

  /** Ends editing. */
  stopEditing(): void {
    this.tools.stopEditing();
  }

  /**
   * Measures a distance (a line: click the vertices, click the last one again to end) or an area
   * (a polygon: close it on the first vertex); `onChange` gets the shape as it grows and when it is
   * done. Another start begins a new measurement; stopMeasuring clears it.
   */
  startMeasuring(kind: 'distance' | 'area', onChange: (g: LineString | Polygon | null, done: boolean) => void): void {
    this.whenLoaded(() => this.tools.startMeasuring(kind, onChange));
  }

  /** Ends measuring and removes the measured shape. */
  stopMeasuring(): void {
    this.tools.stopMeasuring();
  }

  /** Cancels drawing. */
  stopDrawing(): void {
    this.tools.stopDrawing();
  }

  /** True while the user is drawing. */
  get drawing(): boolean {
    return this.tools.enabled;
  }

  /**
   * A picture of the map as a PNG data URL, north up, after fitting a box: for printed reports.
   * Read during a render, while the drawing buffer is still valid.
   */
  snapshot(bbox: readonly [number, number, number, number]): Promise<{ image: string; zoom: number; centerLat: number }> {
    return snapshotMap(this.map, bbox, () => this.idle());
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
  renderImage(width: number, height: number, pixelRatio: number): Promise<{ canvas: HTMLCanvasElement; zoom: number; centerLat: number }> {
    return renderMapImage(this.map, width, height, pixelRatio);
  }

  /**
   * The map drawn from `state` instead of the one on screen (which does not move), fitted to
   * `bbox`: for the submission pack's maps. `sections`: the sections coloured and labelled (in
   * `lang`) by these classes (by section id) instead of the month shown. Resolves with the canvas, zoom and centre latitude.
   */
  renderStateImage(state: MapState, bbox: readonly [number, number, number, number], width: number, height: number, pixelRatio: number, sections?: { readonly layer: Pick<Layer, 'features'> | undefined; readonly classes: ReadonlyMap<string, WaterClass | null>; readonly lang: Lang }): Promise<{ canvas: HTMLCanvasElement; zoom: number; centerLat: number }> {
    const data = sections ? { sections: displaySections(displayLayer(sections.layer), sections.classes, sections.lang) } : {};
    return renderStateImage(this.map, state, data, bbox, 30, width, height, pixelRatio);
  }

  /** Shows the sections (features of the dataset layer) coloured by the given classes (by section id). */
  setSections(layer: Pick<Layer, 'features'> | undefined, classes: ReadonlyMap<string, WaterClass | null>, lang: Lang = 'zh'): void {
    this.setSourceData('sections', displaySections(displayLayer(layer), classes, lang));
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

  /** Removes the map and everything on it. */
  destroy(): void {
    this.clearLostTimer();
    this.tools.destroy();
    this.map.remove();
  }
}
