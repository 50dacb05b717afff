/**
 * The drawing tools on the map (terra-draw): drawing a site, editing a site's polygon, measuring a
 * distance or an area. One tool at a time; starting one ends the others. The map controller owns
 * the map and calls these once its style has loaded.
 */
import type { LineString, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDraw, TerraDrawCircleMode, TerraDrawLineStringMode, TerraDrawPolygonMode, TerraDrawRectangleMode, TerraDrawSelectMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

/** The shapes a site can be drawn as. */
export type SiteShape = 'polygon' | 'rectangle' | 'circle';

/** Called as a measured shape grows (`done` false) and when it is finished (`done` true); null when it was removed. */
export type MeasureHandler = (g: LineString | Polygon | null, done: boolean) => void;

/** The drawing, editing and measuring tools of one map; terra-draw is made on first use. */
export class DrawTools {
  private draw: TerraDraw | null = null;
  private finishDrawing: ((p: Polygon | null) => void) | null = null;
  private editing: { id: string; onChange: (p: Polygon) => void } | null = null;
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
   * Lets the user edit a site's polygon: drag a vertex, drag a midpoint to add one, right-click
   * (or long-press) a vertex to delete it. `onChange` gets the polygon after each change.
   */
  startEditing(polygon: Polygon, onChange: (p: Polygon) => void): void {
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
}
