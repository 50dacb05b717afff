/**
 * Polygon boolean operations (union, intersection, difference) on lon/lat geometries, with the
 * same algorithms and results as PostGIS: JTS (the Java original of GEOS, in its JavaScript port
 * JSTS), a cascaded union (jts-cascade.ts) and snap-if-needed overlays. Overlaps in the inputs count once; the
 * output is valid, with outer rings counter-clockwise and holes clockwise (RFC 7946).
 *
 * JTS keeps every vertex of its inputs and every intersection node, as GEOS does. That matters
 * for areas: edges are geodesics when measured (ellipsoidal-area.ts), so dropping a vertex that
 * is collinear in lon/lat (as polyclip-ts does) changes the area of a 10 km edge by ~10³ m² —
 * 4e-7 of the stress district's protected land. Where JTS gives up on a degenerate input
 * (TopologyException), polyclip-ts computes the same operation instead.
 *
 * Edges are straight in lon/lat, as in every GIS overlay on geographic coordinates.
 */
import * as polyclip from 'polyclip-ts';
import type { Geometry, MultiPolygon, Position } from 'geojson';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import GeoJSONWriter from 'jsts/org/locationtech/jts/io/GeoJSONWriter.js';
import SnapIfNeededOverlayOp from 'jsts/org/locationtech/jts/operation/overlay/snap/SnapIfNeededOverlayOp.js';
import GeometrySnapper from 'jsts/org/locationtech/jts/operation/overlay/snap/GeometrySnapper.js';
import Flatbush from 'flatbush';
import { geometryBBox } from './bbox.ts';
import { geometryArea } from './ellipsoidal-area.ts';
import { boxGroups } from './box-groups.ts';
import { cascadedUnion } from './jts-cascade.ts';
import { geosDifference, geosIntersection, geosLoaded, geosUnion, geosUnion2, GeosFailure } from './geos-overlay.ts';
import { installSnapSpeedup } from './jts-snap-speed.ts';
import { pushAll } from '../push-all.ts';
import { oriented, orientedPolygon } from './ring-orientation.ts';

/**
 * JSTS's snapping (the fallback of an overlay that hit a robustness problem) collects the target's
 * distinct coordinates in its TreeSet, a sorted array with a linear search and insert: quadratic,
 * 36 s for a 100,000-vertex boundary. The same sorted distinct coordinates, by a stable sort that
 * keeps the first of equal ones as the TreeSet does, in n log n: results are unchanged.
 */
interface SnapCoordinate { compareTo(o: SnapCoordinate): number }
(GeometrySnapper.prototype as unknown as { extractTargetCoordinates: (g: { getCoordinates(): SnapCoordinate[] }) => SnapCoordinate[] }).extractTargetCoordinates = (g) => {
  const sorted = [...g.getCoordinates()].sort((a, b) => a.compareTo(b));
  const out: SnapCoordinate[] = [];
  for (const c of sorted) if (out.length === 0 || out[out.length - 1]!.compareTo(c) !== 0) out.push(c);
  return out;
};

installSnapSpeedup();

/** MultiPolygon coordinates as produced by the operations. */
export type MultiCoords = Position[][][];

type Jts = ReturnType<GeoJSONReader['read']>;
const factory = new GeometryFactory();
const reader = new GeoJSONReader(factory);
const writer = new GeoJSONWriter();

/** The single polygons (rings) of the geometries' polygonal parts; points and lines are ignored. */
function polygonsOf(geometries: readonly (Geometry | null | undefined)[]): Position[][][] {
  const out: Position[][][] = [];
  const visit = (g: Geometry | null | undefined): void => {
    if (!g) return;
    if (g.type === 'Polygon') out.push(g.coordinates);
    else if (g.type === 'MultiPolygon') pushAll(out, g.coordinates);
    else if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
  };
  geometries.forEach(visit);
  return out;
}

/** The polygonal parts of a JTS result as MultiPolygon coordinates. */
function coordsOf(g: Jts): MultiCoords {
  const out: MultiCoords = [];
  const visit = (x: Geometry): void => {
    if (x.type === 'Polygon') { if (x.coordinates.length > 0) out.push(oriented(x.coordinates)); }
    else if (x.type === 'MultiPolygon') for (const p of x.coordinates) out.push(oriented(p));
    else if (x.type === 'GeometryCollection') x.geometries.forEach(visit);
  };
  visit(writer.write(g) as Geometry);
  return out;
}

/** Union of single polygons in JTS (a cascaded union; one polygon is taken as it is); null when there are none. */
function jtsUnion(polys: readonly Position[][][]): Jts | null {
  return cascadedUnion(polys.map((p) => reader.read({ type: 'Polygon', coordinates: p })));
}

/** Runs a JTS operation; on a TopologyException runs the polyclip-ts equivalent instead. */
function robust(jts: () => MultiCoords, fallback: () => MultiCoords): MultiCoords {
  try {
    return jts();
  } catch (e) {
    if ((e as { name?: string }).name !== 'TopologyException') throw e;
    return fallback();
  }
}

/**
 * Runs the GEOS operation when GEOS is loaded (geos-overlay.ts), else — or where GEOS fails on the
 * input — the JSTS one. Both are JTS's algorithms; their results agree with PostGIS's (tests).
 */
function geosOr(geos: () => MultiCoords, jsts: () => MultiCoords): MultiCoords {
  if (geosLoaded()) {
    try {
      return geos();
    } catch (e) {
      if (!(e instanceof GeosFailure)) throw e;
    }
  }
  return jsts();
}

/**
 * Union of single polygons by GEOS, within groups of polygons whose boxes meet: a lone polygon is
 * taken as it is (the same array), as the JSTS cascade does.
 */
function geosGroupedUnion(polys: Position[][][]): MultiCoords {
  const groups = boxGroups(polys.map((p) => geometryBBox({ type: 'Polygon', coordinates: p })));
  const out: MultiCoords = [];
  for (const g of groups) {
    if (g.length === 1) out.push(orientedPolygon(polys[g[0]!]!));
    else pushAll(out, geosUnion(g.map((i) => polys[i]!)));
  }
  return out;
}

/** All polygons as one polyclip input, which polyclip reads as their union. */
function asPolyclip(polys: Position[][][]): polyclip.Geom {
  return polys as polyclip.Geom;
}

/**
 * Union of all polygonal parts (empty list when there are none). `engine: 'jsts'` always uses JSTS
 * (for repairs made while loading, so a loaded dataset is the same wherever and whenever it is
 * loaded, whether or not GEOS has loaded yet).
 */
export function unionOf(geometries: readonly (Geometry | null | undefined)[], engine: 'any' | 'jsts' = 'any'): MultiCoords {
  const polys = polygonsOf(geometries);
  if (polys.length === 0) return [];
  const jsts = () => robust(() => coordsOf(jtsUnion(polys)!), () => polyclip.union(asPolyclip(polys)) as MultiCoords);
  return engine === 'jsts' ? jsts() : geosOr(() => geosGroupedUnion(polys), jsts);
}

/** (union of `subjects`) ∩ (union of `clips`); empty when either side is empty. */
export function intersectionOf(subjects: readonly (Geometry | null | undefined)[], clips: readonly (Geometry | null | undefined)[]): MultiCoords {
  const a = polygonsOf(subjects);
  const b = polygonsOf(clips);
  if (a.length === 0 || b.length === 0) return [];
  return geosOr(() => geosIntersection(geosGroupedUnion(a), geosGroupedUnion(b), true), () => robust(
    () => coordsOf(SnapIfNeededOverlayOp.intersection(jtsUnion(a)!, jtsUnion(b)!)),
    () => polyclip.intersection(asPolyclip(a), asPolyclip(b)) as MultiCoords,
  ));
}

/**
 * a ∪ b for two valid MultiPolygons (results of the operations here): one overlay of the polygons
 * whose bounding boxes meet a box of the other side, instead of unioning all their parts again.
 * Polygons of one side cannot overlap each other (each side is valid), so a polygon whose box meets
 * no polygon of the other side comes back as it is (the same array): an overlay would give it the
 * same vertices, and later steps (clipToRegion) need not clip or measure it again. Each side must be
 * valid, as every result of the operations here is: a side with overlapping polygons would have
 * its overlap counted twice.
 */
export function unionValid(a: MultiPolygon, b: MultiPolygon): MultiCoords {
  if (a.coordinates.length === 0) return b.coordinates;
  if (b.coordinates.length === 0) return a.coordinates;
  const all = [...a.coordinates, ...b.coordinates];
  const boxes = all.map((p) => geometryBBox({ type: 'Polygon', coordinates: p }));
  const index = new Flatbush(all.length);
  for (const x of boxes) index.add(x[0], x[1], x[2], x[3]);
  index.finish();
  const na = a.coordinates.length;
  const alone = boxes.map((x, i) => index.search(x[0], x[1], x[2], x[3]).every((j) => (j < na) === (i < na)));
  const ma = asMultiPolygon(a.coordinates.filter((_, i) => !alone[i]));
  const mb = asMultiPolygon(b.coordinates.filter((_, i) => !alone[na + i]));
  const kept = all.filter((_, i) => alone[i]);
  if (ma.coordinates.length === 0 || mb.coordinates.length === 0) return [...kept, ...ma.coordinates, ...mb.coordinates];
  return [...kept, ...geosOr(() => geosUnion2(ma.coordinates, mb.coordinates, true), () => robust(
    () => coordsOf(SnapIfNeededOverlayOp.union(reader.read(ma), reader.read(mb))),
    () => polyclip.union(asPolyclip(ma.coordinates), asPolyclip(mb.coordinates)) as MultiCoords,
  ))];
}

/**
 * a ∩ b for two valid MultiPolygons (results of the operations here, or a validated boundary):
 * their parts are known not to overlap, so no union is needed first.
 */
export function intersectValid(a: MultiPolygon, b: MultiPolygon): MultiCoords {
  if (a.coordinates.length === 0 || b.coordinates.length === 0) return [];
  return geosOr(() => geosIntersection(a.coordinates, b.coordinates, true), () => robust(
    () => coordsOf(SnapIfNeededOverlayOp.intersection(reader.read(a), reader.read(b))),
    () => polyclip.intersection(asPolyclip(a.coordinates), asPolyclip(b.coordinates)) as MultiCoords,
  ));
}

/** (union of `subjects`) minus (union of `holes`). */
export function differenceOf(subjects: readonly (Geometry | null | undefined)[], holes: readonly (Geometry | null | undefined)[]): MultiCoords {
  const a = polygonsOf(subjects);
  const b = polygonsOf(holes);
  if (a.length === 0) return [];
  if (b.length === 0) return unionOf(subjects);
  return geosOr(() => geosDifference(geosGroupedUnion(a), geosGroupedUnion(b), true), () => robust(
    () => coordsOf(SnapIfNeededOverlayOp.difference(jtsUnion(a)!, jtsUnion(b)!)),
    () => polyclip.difference(asPolyclip(a), asPolyclip(b)) as MultiCoords,
  ));
}

/**
 * Repairs self-crossing rings by the non-zero winding rule (every lobe of a bow-tie is kept), as
 * polyclip-ts reads them; JTS needs valid input, so this runs on the raw polygon.
 */
export function repairNonZero(polys: readonly Position[][][]): MultiCoords {
  return polys.length === 0 ? [] : (polyclip.union(asPolyclip([...polys])) as MultiCoords);
}

/** MultiPolygon coordinates as a GeoJSON geometry. */
export function asMultiPolygon(coords: MultiCoords): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: coords };
}

/** Ellipsoidal area in m² of MultiPolygon coordinates produced by the operations above. */
export function multiArea(coords: MultiCoords): number {
  return geometryArea(asMultiPolygon(coords));
}
