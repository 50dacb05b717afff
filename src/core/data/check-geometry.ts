/**
 * Geometry checks of one feature: type for its role, finite lon/lat in range, rings closed and
 * not degenerate, no self-intersections or self-touching rings, no overlapping parts. Fixable
 * problems are fixed (with a warning); the rest make the feature unusable (an error).
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { repairNonZero, unionOf } from '../geo/clip.ts';
import { overlapGroups } from '../geo/coverage.ts';
import { ringCrossings } from '../geo/self-intersections.ts';
import type { GeometryKind } from './roles.ts';

export interface Problem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly hint: string;
}

const RANGE_HINT = 'Longitude must be within −180…180 and latitude within −90…90; GeoJSON writes [longitude, latitude], so check for swapped or mistyped values.';
const REPROJECT_HINT = 'Coordinates must be longitude/latitude in degrees (WGS84 or CGCS2000, EPSG:4326/4490). '
  + 'Data in metres (e.g. CGCS2000 Gauss-Krüger, EPSG:4549) must be reprojected first, e.g. in QGIS: Export → Save Features As… → CRS EPSG:4490.';

/** True when a position is two finite numbers in lon/lat range. */
function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    return 'has a position that is not two numbers';
  }
  if (Math.abs(p[0]) > 1000 || Math.abs(p[1]) > 1000) {
    return `has coordinate (${p[0]}, ${p[1]}), which looks like projected coordinates in metres, not longitude/latitude`;
  }
  if (Math.abs(p[0]) <= 90 && Math.abs(p[1]) > 90 && Math.abs(p[1]) <= 180) {
    return `has coordinate (${p[0]}, ${p[1]}) with a latitude beyond ±90: the axes look swapped ([latitude, longitude] instead of [longitude, latitude]), outside longitude/latitude range`;
  }
  if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
    return `has coordinate (${p[0]}, ${p[1]}) outside longitude/latitude range`;
  }
  return null;
}

/** Longitude span (max − min, degrees) of cleaned polygon rings. */
function lonSpan(polys: readonly Position[][][]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const rings of polys) for (const r of rings) for (const p of r) { if (p[0]! < lo) lo = p[0]!; if (p[0]! > hi) hi = p[0]!; }
  return hi - lo;
}

/** Checks and cleans one ring; returns the ring (closed, without repeated points) or an error text. */
function cleanRing(ring: unknown, label: string, warnings: Problem[]): Position[] | string {
  if (!Array.isArray(ring)) return `${label} is not a list of positions`;
  const out: Position[] = [];
  for (const p of ring) {
    const bad = positionProblem(p);
    if (bad) return `${label} ${bad}`;
    const q = p as Position;
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push([q[0]!, q[1]!]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && out.length > 1 && (first[0] !== last[0] || first[1] !== last[1])) {
    warnings.push({ severity: 'warning', message: `${label} is not closed; it was closed by repeating its first point`, hint: 'Close the ring in the source (last position = first position).' });
    out.push([first[0]!, first[1]!]);
  }
  if (out.length < 4) return `${label} has fewer than 3 distinct points`;
  return out;
}

function cleanPolygon(rings: unknown, label: string, warnings: Problem[]): Position[][] | string {
  if (!Array.isArray(rings) || rings.length === 0) return `${label} is empty`;
  const out: Position[][] = [];
  for (let k = 0; k < rings.length; k++) {
    const r = cleanRing(rings[k], `${label}${k === 0 ? ' outer ring' : ` hole ${k}`}`, warnings);
    if (typeof r === 'string') {
      if (k === 0) return r;
      warnings.push({ severity: 'warning', message: `${r}; the hole was ignored`, hint: 'Remove or redraw the hole.' });
      continue;
    }
    out.push(r);
  }
  return out;
}

/** True when a (cleaned, closed) ring passes through the same vertex twice. */
function touchesItself(ring: readonly Position[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i + 1 < ring.length; i++) {
    const key = `${ring[i]![0]},${ring[i]![1]}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** Repairs self-intersections by the non-zero rule: every lobe of a bow-tie is kept. */
function repaired(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const mp = repairNonZero(g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
  return mp.length === 1 ? { type: 'Polygon', coordinates: mp[0]! } : { type: 'MultiPolygon', coordinates: mp };
}

/**
 * Checks a feature's geometry against the role's geometry kind. Returns the cleaned (and where
 * needed repaired) geometry, or null when the feature cannot be used, with the problems found.
 */
export function checkGeometry(geometry: unknown, kind: GeometryKind): { geometry: Geometry | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (message: string, hint: string) => ({ geometry: null, problems: [...problems, { severity: 'error' as const, message, hint }] });
  const g = geometry as Geometry | null;
  if (!g || typeof g !== 'object') return fail('has no geometry', 'Draw the feature or delete it from the file.');
  const expected = kind === 'point' ? ['Point'] : kind === 'polygon' ? ['Polygon', 'MultiPolygon'] : null;
  if (expected && !expected.includes(g.type)) {
    return fail(`has geometry type ${String(g.type)}, but this layer needs ${expected.join(' or ')}`, 'Put the feature in a layer of the right kind, or convert it (e.g. lines to polygons) before loading.');
  }
  if (g.type === 'Point') {
    const bad = positionProblem(g.coordinates);
    return bad ? fail(`point ${bad}`, bad.includes('projected') ? REPROJECT_HINT : bad.includes('range') ? RANGE_HINT : 'Give the point as [longitude, latitude].') : { geometry: g, problems };
  }
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    if (!Array.isArray(polys) || polys.length === 0) return fail('has an empty geometry', 'Draw the feature or delete it from the file.');
    const clean: Position[][][] = [];
    for (let i = 0; i < polys.length; i++) {
      const r = cleanPolygon(polys[i], g.type === 'Polygon' ? 'polygon' : `part ${i + 1}`, problems);
      if (typeof r === 'string') return fail(r, r.includes('projected') ? REPROJECT_HINT : r.includes('range') ? RANGE_HINT : 'Redraw the polygon, or delete the feature.');
      clean.push(r);
    }
    const span = lonSpan(clean);
    if (span > 180) return fail(`spans ${span.toFixed(1)}° of longitude, more than half the globe`, 'A district-sized feature spans a fraction of a degree: look for a stray vertex (a longitude with a wrong sign or a missing digit), or a feature crossing the 180° meridian, which must be split there.');
    const cleaned: Polygon | MultiPolygon = g.type === 'Polygon' ? { type: 'Polygon', coordinates: clean[0]! } : { type: 'MultiPolygon', coordinates: clean };
    const crossings = clean.reduce((n, rings) => n + ringCrossings(rings).length, 0);
    if (crossings > 0) {
      problems.push({
        severity: 'warning',
        message: `is self-intersecting (${crossings} crossing${crossings > 1 ? 's' : ''}${crossings >= 100 ? ' or more' : ''}); it was repaired for area calculations`,
        hint: 'Fix it in the source for exact results, e.g. QGIS "Fix geometries" or PostGIS ST_MakeValid.',
      });
      return { geometry: repaired(cleaned), problems };
    }
    const touching = clean.reduce((n, rings) => n + rings.filter(touchesItself).length, 0);
    if (touching > 0) {
      problems.push({
        severity: 'warning',
        message: `has ${touching === 1 ? 'a ring that touches' : `${touching} rings that touch`} itself at a vertex (allowed by some software, not by the OGC rules overlays need); it was split there`,
        hint: 'Fix it in the source for exact results, e.g. QGIS "Fix geometries" or PostGIS ST_MakeValid.',
      });
      return { geometry: repaired(cleaned), problems };
    }
    if (clean.length > 1) {
      const overlapping = overlapGroups(clean.map((rings): Polygon => ({ type: 'Polygon', coordinates: rings }))).pairs;
      if (overlapping.length > 0) {
        const [i, j] = overlapping[0]!;
        problems.push({
          severity: 'warning',
          message: `has parts that overlap (part ${i + 1} and part ${j + 1}${overlapping.length > 1 ? `, ${overlapping.length} pairs in all` : ''}); they were merged so their overlap counts once`,
          hint: 'Dissolve the parts in the source, e.g. QGIS "Dissolve" or PostGIS ST_UnaryUnion.',
        });
        const merged = unionOf([cleaned]);
        return { geometry: merged.length === 1 ? { type: 'Polygon', coordinates: merged[0]! } : { type: 'MultiPolygon', coordinates: merged }, problems };
      }
    }
    return { geometry: cleaned, problems };
  }
  if (g.type === 'GeometryCollection' && (!Array.isArray(g.geometries) || g.geometries.length === 0 || g.geometries.some((m) => !m || typeof m !== 'object' || Array.isArray(m) || m.type === 'GeometryCollection'))) {
    return fail('is a GeometryCollection that is empty, nests another collection or holds something that is not a geometry', 'Export simple geometries (one type per layer); nested collections are not supported.');
  }
  return { geometry: g, problems };
}
