/**
 * The transverse Mercator projection on the GRS80 ellipsoid (scale 1 on the central meridian, no
 * false easting or northing) in metres, as proj4's `+proj=tmerc` computes it (Poder/Engsager's
 * extended series, as PROJ's): its coefficients are taken from proj4's own set-up, and each point
 * goes through the same arithmetic in the same order, so the numbers are proj4's to the last bit
 * (tested) — without proj4's per-point objects and checks, a quarter of its time on many points.
 */
import proj4 from 'proj4';
import type { Position } from 'geojson';

/** proj4's constants (lib/constants/values.js): degrees ↔ radians, and its longitude wrap limit. */
const D2R = 0.017453292519943295;
const R2D = 57.29577951308232;
const SPI = 3.14159265359;
const TWO_PI = Math.PI * 2;

/** The coefficients of proj4's etmerc projection object that the formulas use. */
interface Etmerc {
  readonly a: number;
  readonly long0: number;
  readonly x0: number;
  readonly y0: number;
  readonly Qn: number;
  readonly Zb: number;
  readonly cbg: readonly number[];
  readonly cgb: readonly number[];
  readonly gtu: readonly number[];
  readonly utg: readonly number[];
}

/** A transverse Mercator projection: lon/lat degrees ↔ metres. */
export interface TransverseMercator {
  /**
   * [x, y] in metres of a lon/lat position (degrees); [Infinity, Infinity] where proj4 gives it
   * (beyond its range), and for a coordinate that is not a finite number (where proj4 throws).
   */
  forward(p: Position): Position;
  /** [lon, lat] in degrees of a projected position (metres); [Infinity, Infinity] as forward. */
  inverse(p: Position): Position;
}

/** The projection with the given central meridian (degrees), on GRS80 — proj4's `+proj=tmerc +lon_0=… +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m`. */
export function transverseMercator(centreLon: number): TransverseMercator {
  const P = proj4.Proj(`+proj=tmerc +lon_0=${centreLon} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs`) as unknown as Etmerc;
  const { a, long0, x0, y0, Qn, Zb } = P;
  const cbg = Float64Array.from(P.cbg), cgb = Float64Array.from(P.cgb), gtu = Float64Array.from(P.gtu), utg = Float64Array.from(P.utg);
  const complex = new Float64Array(2);
  return {
    forward(p) {
      let Ce = adjustLon(p[0]! * D2R - long0);
      let Cn = gatg(cbg, p[1]! * D2R);
      const sinCn = Math.sin(Cn), cosCn = Math.cos(Cn), sinCe = Math.sin(Ce), cosCe = Math.cos(Ce);
      Cn = Math.atan2(sinCn, cosCe * cosCn);
      Ce = Math.atan2(sinCe * cosCn, hypot(sinCn, cosCn * cosCe));
      Ce = asinhy(Math.tan(Ce));
      clensComplex(gtu, 2 * Cn, 2 * Ce, complex);
      Cn = Cn + complex[0]!;
      Ce = Ce + complex[1]!;
      if (!(Math.abs(Ce) <= 2.623395162778)) return [Infinity, Infinity];
      return [a * (Qn * Ce) + x0, a * (Qn * Cn + Zb) + y0];
    },
    inverse(p) {
      let Ce = (p[0]! - x0) * (1 / a);
      let Cn = (p[1]! - y0) * (1 / a);
      Cn = (Cn - Zb) / Qn;
      Ce = Ce / Qn;
      if (!(Math.abs(Ce) <= 2.623395162778)) return [Infinity, Infinity];
      clensComplex(utg, 2 * Cn, 2 * Ce, complex);
      Cn = Cn + complex[0]!;
      Ce = Ce + complex[1]!;
      Ce = Math.atan(sinh(Ce));
      const sinCn = Math.sin(Cn), cosCn = Math.cos(Cn), sinCe = Math.sin(Ce), cosCe = Math.cos(Ce);
      Cn = Math.atan2(sinCn * cosCe, hypot(sinCe, cosCe * cosCn));
      Ce = Math.atan2(sinCe, cosCe * cosCn);
      return [adjustLon(Ce + long0) * R2D, gatg(cgb, Cn) * R2D];
    },
  };
}

/** proj4's adjust_lon: into −π … π, once. */
function adjustLon(x: number): number {
  return Math.abs(x) <= SPI ? x : x - (x < 0 ? -1 : 1) * TWO_PI;
}

/** proj4's gatg: Clenshaw summation of a latitude series. */
function gatg(pp: Float64Array, B: number): number {
  const cos2B = 2 * Math.cos(2 * B);
  let i = pp.length - 1;
  let h1 = pp[i]!, h2 = 0, h = 0;
  while (--i >= 0) {
    h = -h2 + cos2B * h1 + pp[i]!;
    h2 = h1;
    h1 = h;
  }
  return B + h * Math.sin(2 * B);
}

/** proj4's clens_cmplx: Clenshaw summation of a complex series, into out [re, im]. */
function clensComplex(pp: Float64Array, argR: number, argI: number, out: Float64Array): void {
  const sinR = Math.sin(argR), cosR = Math.cos(argR);
  // proj4 takes exp(argI) once in its sinh and once in its cosh: the same number, taken once here.
  const e = Math.exp(argI);
  const sinhI = (e - 1 / e) / 2, coshI = (e + 1 / e) / 2;
  let r = 2 * cosR * coshI;
  let i = -2 * sinR * sinhI;
  let j = pp.length - 1;
  let hr = pp[j]!, hi1 = 0, hr1 = 0, hi = 0, hr2: number, hi2: number;
  while (--j >= 0) {
    hr2 = hr1;
    hi2 = hi1;
    hr1 = hr;
    hi1 = hi;
    hr = -hr2 + r * hr1 - i * hi1 + pp[j]!;
    hi = -hi2 + i * hr1 + r * hi1;
  }
  r = sinR * coshI;
  i = cosR * sinhI;
  out[0] = r * hr - i * hi;
  out[1] = r * hi + i * hr;
}

/** proj4's sinh, hypot, log1py and asinhy (its own, not Math's: the same roundings). */
function sinh(x: number): number {
  const r = Math.exp(x);
  return (r - 1 / r) / 2;
}
function hypot(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  const a = Math.max(x, y);
  const b = Math.min(x, y) / (a ? a : 1);
  return a * Math.sqrt(1 + Math.pow(b, 2));
}
function log1py(x: number): number {
  const y = 1 + x;
  const z = y - 1;
  return z === 0 ? x : (x * Math.log(y)) / z;
}
function asinhy(x: number): number {
  let y = Math.abs(x);
  y = log1py(y * (1 + y / (hypot(1, y) + 1)));
  return x < 0 ? -y : y;
}
