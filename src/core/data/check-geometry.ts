/**
 * Geometry checks of one feature: type for its role, finite lon/lat in range, rings closed and
 * not degenerate, then the OGC validity rules by GEOS (ST_IsValidDetail's: a hole outside its
 * shell, nested shells or holes, self-intersections, self-touching rings, a disconnected interior,
 * duplicate rings). An invalid polygon is reported with GEOS's reason and where, and made valid
 * as PostGIS's ST_MakeValid(geom, 'method=structure') does, before anything measures it — the
 * edge path, the overlays and the PostGIS engine then all measure the same valid geometry.
 * Where GEOS is not loaded (no WebAssembly), the older checks run instead: self-intersections and
 * self-touching rings repaired by the non-zero rule, overlapping parts unioned (a hole outside its
 * shell is not found there). Fixable problems are fixed (with a warning); the rest make the
 * feature unusable (an error).
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { repairNonZero, unionOf } from '../geo/clip.ts';
import { GeosFailure, geosInvalidity, geosLoaded, geosMakeValid } from '../geo/geos-overlay.ts';
import { overlapGroups } from '../geo/coverage.ts';
import { ringCrossings } from '../geo/self-intersections.ts';
import type { GeometryKind } from './roles.ts';
import { message } from '../i18n/messages.ts';
import type { Message, MessageRef } from '../i18n/messages.ts';

/** A problem of a feature: a message of the catalog (src/core/i18n/messages.ts) and how bad it is. */
export interface Problem extends Message {
  readonly severity: 'error' | 'warning';
}

/** A bad position as params of the position messages (`position`: which one), or null when it is fine. */
type PositionProblem = { readonly position: string; readonly x?: number; readonly y?: number };

/** What is wrong with a position (two finite numbers in lon/lat range), or null. */
function positionProblem(p: unknown): PositionProblem | null {
  if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    return { position: 'position.notNumbers' };
  }
  if (Math.abs(p[0]) > 1000 || Math.abs(p[1]) > 1000) return { position: 'position.projected', x: p[0], y: p[1] };
  if (Math.abs(p[0]) <= 90 && Math.abs(p[1]) > 90 && Math.abs(p[1]) <= 180) return { position: 'position.swapped', x: p[0], y: p[1] };
  if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) return { position: 'position.outOfRange', x: p[0], y: p[1] };
  return null;
}

/** Longitude span (max − min, degrees) of cleaned polygon rings. */
function lonSpan(polys: readonly Position[][][]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const rings of polys) for (const r of rings) for (const p of r) { if (p[0]! < lo) lo = p[0]!; if (p[0]! > hi) hi = p[0]!; }
  return hi - lo;
}

/** Which ring: `part` 0 for a Polygon (else the 1-based part of a MultiPolygon), `hole` 0 for the outer ring. */
interface RingAt { readonly part: number; readonly hole: number }

/** Checks and cleans one ring; returns the ring (closed, without repeated points) or what is wrong with it. */
function cleanRing(ring: unknown, at: RingAt, warnings: Problem[]): Position[] | MessageRef {
  if (!Array.isArray(ring)) return { code: 'ring.notList', params: { ...at } };
  const out: Position[] = [];
  for (const p of ring) {
    const bad = positionProblem(p);
    if (bad) return { code: 'ring.position', params: { ...at, ...bad } };
    const q = p as Position;
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push([q[0]!, q[1]!]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && out.length > 1 && (first[0] !== last[0] || first[1] !== last[1])) {
    warnings.push({ severity: 'warning', ...message('ring.notClosed', { ...at }) });
    out.push([first[0]!, first[1]!]);
  }
  if (out.length < 4) return { code: 'ring.tooFewPoints', params: { ...at } };
  return out;
}

function cleanPolygon(rings: unknown, part: number, warnings: Problem[]): Position[][] | MessageRef {
  if (!Array.isArray(rings) || rings.length === 0) return { code: 'polygon.empty', params: { part } };
  const out: Position[][] = [];
  for (let k = 0; k < rings.length; k++) {
    const r = cleanRing(rings[k], { part, hole: k }, warnings);
    if (!Array.isArray(r)) {
      if (k === 0) return r;
      warnings.push({ severity: 'warning', ...message('hole.ignored', { ...r.params, detail: r.code }) });
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
 * The OGC validity check and repair by GEOS: 'valid', the geometry made valid (a warning added
 * with GEOS's reason and where), null when nothing polygonal is left, or undefined when GEOS
 * failed on it (the older checks then run).
 */
function madeValidByGeos(clean: Position[][][], problems: Problem[]): Polygon | MultiPolygon | 'valid' | null | undefined {
  try {
    const invalid = geosInvalidity(clean);
    if (!invalid) return 'valid';
    const at = invalid.at ? { x: invalid.at[0]!.toFixed(6), y: invalid.at[1]!.toFixed(6) } : { x: '?', y: '?' };
    problems.push({ severity: 'warning', ...message('geometry.invalid', { reason: invalid.reason, ...at }) });
    const fixed = geosMakeValid(clean);
    if (fixed.length === 0) return null;
    return fixed.length === 1 ? { type: 'Polygon', coordinates: fixed[0]! } : { type: 'MultiPolygon', coordinates: fixed };
  } catch (e) {
    if (e instanceof GeosFailure) return undefined;
    throw e;
  }
}

/**
 * Checks a feature's geometry against the role's geometry kind. Returns the cleaned (and where
 * needed repaired) geometry, or null when the feature cannot be used, with the problems found.
 */
export function checkGeometry(geometry: unknown, kind: GeometryKind): { geometry: Geometry | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (m: Message) => ({ geometry: null, problems: [...problems, { severity: 'error' as const, ...m }] });
  const g = geometry as Geometry | null;
  if (!g || typeof g !== 'object') return fail(message('geometry.missing', {}));
  const expected = kind === 'point' ? ['Point'] : kind === 'polygon' ? ['Polygon', 'MultiPolygon'] : null;
  if (expected && !expected.includes(g.type)) {
    return fail(message('geometry.wrongType', { type: String(g.type), kind }));
  }
  if (g.type === 'Point') {
    const bad = positionProblem(g.coordinates);
    return bad ? fail(message('point.invalid', bad)) : { geometry: g, problems };
  }
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    if (!Array.isArray(polys) || polys.length === 0) return fail(message('geometry.empty', {}));
    const clean: Position[][][] = [];
    for (let i = 0; i < polys.length; i++) {
      const r = cleanPolygon(polys[i], g.type === 'Polygon' ? 0 : i + 1, problems);
      if (!Array.isArray(r)) return fail(message('polygon.invalid', { ...r.params, detail: r.code }));
      clean.push(r);
    }
    const span = lonSpan(clean);
    if (span > 180) return fail(message('geometry.spansGlobe', { span: span.toFixed(1) }));
    const cleaned: Polygon | MultiPolygon = g.type === 'Polygon' ? { type: 'Polygon', coordinates: clean[0]! } : { type: 'MultiPolygon', coordinates: clean };
    const byGeos = geosLoaded() ? madeValidByGeos(clean, problems) : undefined;
    if (byGeos === null) return fail(message('geometry.invalidEmpty', {}));
    if (byGeos) return { geometry: byGeos === 'valid' ? cleaned : byGeos, problems };
    const crossings = clean.reduce((n, rings) => n + ringCrossings(rings).length, 0);
    if (crossings > 0) {
      problems.push({ severity: 'warning', ...message('geometry.selfIntersecting', { crossings }) });
      return { geometry: repaired(cleaned), problems };
    }
    const touching = clean.reduce((n, rings) => n + rings.filter(touchesItself).length, 0);
    if (touching > 0) {
      problems.push({ severity: 'warning', ...message('geometry.touchesItself', { rings: touching }) });
      return { geometry: repaired(cleaned), problems };
    }
    if (clean.length > 1) {
      const overlapping = overlapGroups(clean.map((rings): Polygon => ({ type: 'Polygon', coordinates: rings }))).pairs;
      if (overlapping.length > 0) {
        const [i, j] = overlapping[0]!;
        problems.push({ severity: 'warning', ...message('geometry.overlappingParts', { a: i + 1, b: j + 1, pairs: overlapping.length }) });
        // By JSTS whatever engine is loaded: the loaded dataset does not depend on when GEOS loaded.
        const merged = unionOf([cleaned], 'jsts');
        return { geometry: merged.length === 1 ? { type: 'Polygon', coordinates: merged[0]! } : { type: 'MultiPolygon', coordinates: merged }, problems };
      }
    }
    return { geometry: cleaned, problems };
  }
  if (g.type === 'GeometryCollection' && (!Array.isArray(g.geometries) || g.geometries.length === 0 || g.geometries.some((m) => !m || typeof m !== 'object' || Array.isArray(m) || m.type === 'GeometryCollection'))) {
    return fail(message('geometry.badCollection', {}));
  }
  return { geometry: g, problems };
}
