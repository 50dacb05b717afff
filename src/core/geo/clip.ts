/**
 * Polygon boolean operations (union, intersection, difference) on lon/lat geometries, done by
 * Clipper2 on integer coordinates. Clipper treats all subject rings together under the NonZero
 * fill rule, so "union of many polygons ∩ boundary" is one call and overlaps count once.
 *
 * Coordinates are shifted to a whole-degree origin and scaled by 1e9 (≈ 0.1 mm on the ground),
 * so rounding changes areas by far less than a square metre even on a district boundary.
 */
import { Clipper64, ClipType, FillRule, PolyTree64 } from 'clipper2-ts';
import type { Path64, Paths64, PolyPath64 } from 'clipper2-ts';
import type { Geometry, MultiPolygon, Position } from 'geojson';
import { ringArea } from './ellipsoidal-area.ts';

/** Integer grid used for one set of operations: degrees → (deg - origin) × scale. */
export interface Frame {
  readonly originLon: number;
  readonly originLat: number;
  readonly scale: number;
}

const SCALE = 1e9;

/** A frame whose origin is the whole degree below the given point (any point of the data). */
export function frameAt(lon: number, lat: number): Frame {
  return { originLon: Math.floor(lon), originLat: Math.floor(lat), scale: SCALE };
}

/** A frame for a set of geometries, anchored at the first coordinate found (default 0,0). */
export function frameFor(geometries: readonly (Geometry | null | undefined)[]): Frame {
  for (const g of geometries) {
    const p = firstPosition(g);
    if (p) return frameAt(p[0]!, p[1]!);
  }
  return frameAt(0, 0);
}

function firstPosition(g: Geometry | null | undefined): Position | undefined {
  if (!g) return undefined;
  switch (g.type) {
    case 'Point': return g.coordinates;
    case 'MultiPoint': case 'LineString': return g.coordinates[0];
    case 'MultiLineString': case 'Polygon': return g.coordinates[0]?.[0];
    case 'MultiPolygon': return g.coordinates[0]?.[0]?.[0];
    case 'GeometryCollection':
      for (const c of g.geometries) { const p = firstPosition(c); if (p) return p; }
      return undefined;
  }
}

function toPath(ring: readonly Position[], f: Frame): Path64 {
  const n = ring.length;
  const path: Path64 = [];
  for (let i = 0; i < n; i++) {
    const p = ring[i]!;
    path.push({ x: Math.round((p[0]! - f.originLon) * f.scale), y: Math.round((p[1]! - f.originLat) * f.scale) });
  }
  // Clipper paths are implicitly closed: drop a repeated closing vertex.
  if (n > 1) {
    const a = path[0]!; const b = path[n - 1]!;
    if (a.x === b.x && a.y === b.y) path.pop();
  }
  return path;
}

/** Twice the planar signed area of a path (positive = counter-clockwise, y up). */
function signedArea2(path: Path64): number {
  let s = 0;
  for (let i = 0, j = path.length - 1; i < path.length; j = i++) {
    s += (path[j]!.x + path[i]!.x) * (path[j]!.y - path[i]!.y);
  }
  return -s;
}

function pushPolygon(rings: readonly (readonly Position[])[], f: Frame, out: Paths64): void {
  rings.forEach((ring, k) => {
    const path = toPath(ring, f);
    if (path.length < 3) return;
    // Outer rings counter-clockwise, holes clockwise, whatever the file said: under NonZero
    // a hole then cancels its own polygon only, never another polygon that overlaps it.
    const ccw = signedArea2(path) > 0;
    if ((k === 0) !== ccw) path.reverse();
    out.push(path);
  });
}

/**
 * Integer paths of all polygonal parts of the geometries, outer rings counter-clockwise and holes
 * clockwise. Points and lines are ignored.
 */
export function toPaths(geometries: readonly (Geometry | null | undefined)[], f: Frame): Paths64 {
  const out: Paths64 = [];
  const visit = (g: Geometry | null | undefined): void => {
    if (!g) return;
    if (g.type === 'Polygon') pushPolygon(g.coordinates, f, out);
    else if (g.type === 'MultiPolygon') for (const p of g.coordinates) pushPolygon(p, f, out);
    else if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
  };
  geometries.forEach(visit);
  return out;
}

/** Result of a boolean operation: nested outer rings and holes on the integer grid. */
export interface ClipResult {
  readonly tree: PolyTree64;
  readonly frame: Frame;
}

/**
 * Runs one Clipper operation under NonZero: the subjects are first merged among themselves, the
 * clips likewise, then combined with `op`. Self-intersecting input is resolved by the fill rule.
 */
export function clip(op: 'union' | 'intersection' | 'difference', subjects: Paths64, clips: Paths64, frame: Frame): ClipResult {
  const c = new Clipper64();
  c.addSubject(subjects);
  if (clips.length > 0) c.addClip(clips);
  const tree = new PolyTree64();
  const type = op === 'union' ? ClipType.Union : op === 'intersection' ? ClipType.Intersection : ClipType.Difference;
  c.execute(type, FillRule.NonZero, tree);
  return { tree, frame };
}

function fromPath(path: Path64, f: Frame): Position[] {
  const ring: Position[] = path.map((p) => [p.x / f.scale + f.originLon, p.y / f.scale + f.originLat]);
  if (ring.length > 0) ring.push([ring[0]![0]!, ring[0]![1]!]);
  return ring;
}

/** Visits every outer ring of the tree with its holes (islands inside holes are outer rings again). */
function eachPolygon(node: PolyPath64, visit: (outer: Path64, holes: Path64[]) => void): void {
  for (let i = 0; i < node.count; i++) {
    const outer = node.child(i);
    const holes: Path64[] = [];
    for (let j = 0; j < outer.count; j++) {
      const hole = outer.child(j);
      if (hole.polygon) holes.push(hole.polygon);
      eachPolygon(hole, visit);
    }
    if (outer.polygon) visit(outer.polygon, holes);
  }
}

/** Ellipsoidal area in m² of a clip result: outer rings minus their holes. */
export function resultArea(r: ClipResult): number {
  let total = 0;
  eachPolygon(r.tree, (outer, holes) => {
    total += ringArea(fromPath(outer, r.frame));
    for (const h of holes) total -= ringArea(fromPath(h, r.frame));
  });
  return total;
}

/** The clip result as a GeoJSON MultiPolygon in lon/lat (RFC 7946 winding), empty when nothing is left. */
export function resultGeometry(r: ClipResult): MultiPolygon {
  const coordinates: Position[][][] = [];
  eachPolygon(r.tree, (outer, holes) => {
    coordinates.push([fromPath(outer, r.frame), ...holes.map((h) => fromPath(h, r.frame))]);
  });
  return { type: 'MultiPolygon', coordinates };
}

/** Integer paths of a clip result, ready to be fed to another operation on the same frame. */
export function resultPaths(r: ClipResult): Paths64 {
  const out: Paths64 = [];
  eachPolygon(r.tree, (outer, holes) => { out.push(outer, ...holes); });
  return out;
}

/**
 * Ellipsoidal area in m² of (union of `subjects`) ∩ (union of `clips`): overlaps counted once,
 * parts outside the clips cut off. Empty subjects give 0.
 */
export function overlayArea(subjects: readonly (Geometry | null | undefined)[], clips: readonly (Geometry | null | undefined)[]): number {
  const frame = frameFor([...clips, ...subjects]);
  return resultArea(clip('intersection', toPaths(subjects, frame), toPaths(clips, frame), frame));
}

/** Ellipsoidal area in m² of the union of the geometries (overlaps once, self-intersections resolved). */
export function unionArea(geometries: readonly (Geometry | null | undefined)[]): number {
  const frame = frameFor(geometries);
  return resultArea(clip('union', toPaths(geometries, frame), [], frame));
}
