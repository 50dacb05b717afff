/**
 * The drawing tools on the map (terra-draw): drawing a site, editing a site's polygon, measuring a
 * distance or an area. One tool at a time; starting one ends the others. The map controller owns
 * the map and calls these once its style has loaded.
 */
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDraw, TerraDrawCircleMode, TerraDrawLineStringMode, TerraDrawPolygonMode, TerraDrawRectangleMode, TerraDrawSelectMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

/** The shapes a site can be drawn as. */
export type SiteShape = 'polygon' | 'rectangle' | 'circle';

/** Called as a measured shape grows (`done` false) and when it is finished (`done` true); null when it was removed. */
export type MeasureHandler = (g: LineString | Polygon | null, done: boolean) => void;

/** A site being edited: its shape as it stands, and which terra-draw feature holds which of its rings. */
interface EditSession {
  geometry: Polygon | MultiPolygon;
  /** terra-draw feature id → [part, ring] of the geometry. */
  readonly rings: Map<string, readonly [number, number]>;
  readonly onChange: (g: Polygon | MultiPolygon) => void;
}

/** Decimals terra-draw keeps (its coordinate precision): coordinates with more are refused when added. */
const DRAW_PRECISION = 9;
const roundPosition = (p: Position): Position => [Number(p[0]!.toFixed(DRAW_PRECISION)), Number(p[1]!.toFixed(DRAW_PRECISION))];

/** The parts of a site, each a list of rings (outer ring first). */
const partsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Why a site cannot be edited on the map, or null when it can. */
export type EditRefusal = 'tooManyVertices' | 'invalidRing' | null;

/** The most vertices edited at once: beyond it dragging handles would be unusable (and slow). */
const MAX_EDIT_VERTICES = 5000;

/** The drawing, editing and measuring tools of one map; terra-draw is made on first use. */
export class DrawTools {
  private draw: TerraDraw | null = null;
  private finishDrawing: ((p: Polygon | null) => void) | null = null;
  private editing: EditSession | null = null;
  private measuring: { onChange: MeasureHandler } | null = null;

  /** Tools for `map`, which must outlive them. */
  constructor(private readonly map: MapLibreMap) {}

  /** True while a tool is on (clicks then belong to it, not to feature selection). */
  get enabled(): boolean {
    return !!this.draw?.enabled;
  }

  /**
   * Lets the user draw one site: a polygon (click the corners, click the first corner again to
   * close), a rectangle (two opposite corners) or a circle (centre, then a point on the circle; a
   * geodesic circle of 64 segments); calls `onDone` with it, or with null when cancelled with
   * `stopDrawing`.
   */
  startDrawing(onDone: (polygon: Polygon | null) => void, shape: SiteShape): void {
    this.stopMeasuring();
    this.stopEditing();
    const draw = this.drawTool();
    if (!draw.enabled) draw.start();
    draw.setMode(shape);
    this.finishDrawing = (p) => { this.finishDrawing = null; draw.clear(); draw.stop(); onDone(p); };
  }

  /** Cancels drawing (its `onDone` gets null). */
  stopDrawing(): void {
    this.finishDrawing?.(null);
  }

  /**
   * Lets the user edit a site — a Polygon with holes or a MultiPolygon, drawn, typed or imported:
   * drag a vertex, drag a midpoint to add one, right-click (or long-press) a vertex to delete it.
   * Each ring is handed to terra-draw as a polygon of its own, its coordinates rounded to the
   * 9 decimals terra-draw keeps (0.1 mm; imported coordinates such as 120.91000000000001 were
   * refused before); a ring's own coordinates are kept until it is changed. `onChange` gets the
   * whole site after each change. Returns why the site cannot be edited, or null.
   */
  startEditing(geometry: Polygon | MultiPolygon, onChange: (g: Polygon | MultiPolygon) => void): EditRefusal {
    this.finishDrawing?.(null);
    this.stopMeasuring();
    this.stopEditing();
    const parts = partsOf(geometry);
    if (parts.reduce((n, rings) => n + rings.reduce((m, r) => m + r.length, 0), 0) > MAX_EDIT_VERTICES) return 'tooManyVertices';
    const draw = this.drawTool();
    if (!draw.enabled) draw.start();
    draw.clear();
    const features = parts.flatMap((rings, p) => rings.map((ring, r) => ({ key: [p, r] as const, feature: { type: 'Feature' as const, geometry: { type: 'Polygon' as const, coordinates: [ring.map(roundPosition)] }, properties: { mode: 'polygon' } } })));
    const added = draw.addFeatures(features.map((f) => f.feature));
    if (added.some((a) => !a.valid)) { draw.clear(); draw.stop(); return 'invalidRing'; }
    const rings = new Map<string, readonly [number, number]>();
    added.forEach((a, k) => rings.set(String(a.id), features[k]!.key));
    draw.setMode('select');
    // The outer ring of the first part starts selected (its handles shown); a click selects another ring.
    draw.selectFeature(added[0]!.id!);
    this.editing = { geometry, rings, onChange };
    return null;
  }

  /** Puts another shape into the site being edited (after undo or redo). */
  setEditedGeometry(geometry: Polygon | MultiPolygon): void {
    const e = this.editing;
    if (!e) return;
    const onChange = e.onChange;
    this.startEditing(geometry, onChange);
  }

  /** Ends editing. */
  stopEditing(): void {
    if (!this.editing) return;
    this.editing = null;
    this.draw?.clear();
    this.draw?.stop();
  }

  /**
   * Measures a distance (a line: click the vertices, click the last one again to end) or an area
   * (a polygon: close it on the first vertex); `onChange` gets the shape as it grows and when it is
   * done. Another start begins a new measurement; stopMeasuring clears it.
   */
  startMeasuring(kind: 'distance' | 'area', onChange: MeasureHandler): void {
    this.finishDrawing?.(null);
    this.stopEditing();
    const draw = this.drawTool();
    if (!draw.enabled) draw.start();
    draw.clear();
    draw.setMode(kind === 'distance' ? 'linestring' : 'polygon');
    this.measuring = { onChange };
  }

  /** Ends measuring and removes the measured shape. */
  stopMeasuring(): void {
    if (!this.measuring) return;
    this.measuring = null;
    this.draw?.clear();
    this.draw?.stop();
  }

  /** Stops whatever tool is on (before the map is removed). */
  destroy(): void {
    this.draw?.stop();
  }

  /** One ring of the edited site was changed on the map: the site with that ring replaced goes to onChange. */
  private ringChanged(id: string, ring: Position[]): void {
    const e = this.editing;
    const at = e?.rings.get(id);
    if (!e || !at) return;
    const parts = partsOf(e.geometry).map((rings, p) => rings.map((r, k) => (p === at[0] && k === at[1] ? ring : r)));
    e.geometry = e.geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts };
    e.onChange(e.geometry);
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
      if (this.editing && context.mode === 'select') { if (f && f.geometry.type === 'Polygon') this.ringChanged(String(id), (f.geometry as Polygon).coordinates[0]!); return; }
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
}
