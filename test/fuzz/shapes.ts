/**
 * Shapes the campaigns draw from: star-shaped rings, wiggly rings, lattice snapping, and the checks
 * that keep only valid input (the loader makes every polygon valid before it is measured; the
 * functions under test assume it) — by JSTS's IsValidOp, independent of the code under test.
 */
import type { MultiPolygon, Position } from 'geojson';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import type { Rand } from './random.ts';

export type Ring = Position[];
/** A polygon's rings, outer first, each closed. */
export type Poly = Position[][];

/** The centre of the district-scale shapes: Shangyu, 120.8° E, 30.0° N. */
export const X0 = 120.8, Y0 = 30;

/** The ring closed (its first position repeated, as a copy). */
export function closed(pts: readonly Position[]): Ring {
  return [...pts, [pts[0]![0]!, pts[0]![1]!]];
}

/** The ring walked the other way. */
export function reversed(r: readonly Position[]): Ring {
  return [...r].reverse();
}

/**
 * A star-shaped ring around (cx, cy), counter-clockwise: n vertices at evenly spaced angles (each
 * moved by up to a third of the spacing), at radii between r (1 − spread) and r.
 */
export function star(rand: Rand, cx: number, cy: number, r: number, n: number, spread = 0.5): Ring {
  const t0 = rand() * 2 * Math.PI;
  return closed(Array.from({ length: n }, (_, i) => {
    const t = t0 + ((i + (rand() - 0.5) * 0.66) * 2 * Math.PI) / n, rr = r * (1 - spread * rand());
    return [cx + rr * Math.cos(t), cy + rr * Math.sin(t)];
  }));
}

/** A ring around (cx, cy): n vertices at radius r, each moved out or in by up to `wiggle`; `sign` 1 counter-clockwise, −1 clockwise. */
export function wigglyRing(rand: Rand, cx: number, cy: number, r: number, n: number, wiggle: number, sign: 1 | -1): Ring {
  return closed(Array.from({ length: n }, (_, i) => {
    const a = (sign * 2 * Math.PI * i) / n, rr = r + (rand() - 0.5) * 2 * wiggle;
    return [cx + rr * Math.cos(a), cy + rr * Math.sin(a)];
  }));
}

/** A rectangle as a closed counter-clockwise ring. */
export function rectRing(w: number, s: number, e: number, n: number): Ring {
  return [[w, s], [e, s], [e, n], [w, n], [w, s]];
}

/** The ring with every coordinate on the lattice x0 + i·u, y0 + j·u (i, j integers, multiples of `step`). */
export function snapped(r: readonly Position[], x0: number, y0: number, u: number, step = 1): Ring {
  const s = (v: number, o: number) => o + Math.round((v - o) / (u * step)) * step * u;
  return r.map((p) => [s(p[0]!, x0), s(p[1]!, y0)]);
}

/** Drops repeated consecutive positions (snapping makes them); null when fewer than 3 distinct remain. */
export function deduplicated(r: readonly Position[]): Ring | null {
  const out: Ring = [];
  for (const p of r) if (out.length === 0 || p[0] !== out[out.length - 1]![0] || p[1] !== out[out.length - 1]![1]) out.push(p);
  return out.length >= 4 ? out : null;
}

const reader = new GeoJSONReader(new GeometryFactory());

/** Whether a polygon is valid by JTS's rules (IsValidOp: simple rings, holes inside, …). */
export function validPolygon(p: Poly): boolean {
  return validMulti({ type: 'MultiPolygon', coordinates: [p] });
}

/** Whether a MultiPolygon is valid by JTS's rules. */
export function validMulti(mp: MultiPolygon): boolean {
  try {
    if (mp.coordinates.some((p) => p.length === 0 || p.some((r) => r.length < 4))) return false;
    return new IsValidOp(reader.read(mp)).isValid();
  } catch {
    return false;
  }
}

/** Planar area of a MultiPolygon (JTS's, each ring measured from its first vertex: exact enough at longitude 120). */
export function planarArea(mp: MultiPolygon): number {
  return mp.coordinates.length === 0 ? 0 : reader.read(mp).getArea();
}
