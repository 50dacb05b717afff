/**
 * Units a column header may state (`氨氮(μg/L)`), and converting a column's values to the unit a
 * parameter is kept in. Lab notation survives conversion: `4L` μg/L becomes `0.004L` mg/L.
 */
import { cleanDecimal } from '../../water/section-evaluation.ts';

type Dimension = 'mass' | 'count' | 'length' | 'temperature' | 'none';
interface Unit { readonly dim: Dimension; readonly scale: number }

/** Units by `unitKey`; `scale` in ng/L, 个/L, mm, °C. μg/L and mg/m³ are the same. */
const UNITS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ...(['ng/l'] as const).map((u) => [u, { dim: 'mass', scale: 1 }] as const),
  ...['μg/l', 'ug/l', 'μg·l-1', 'μgl-1', 'mg/m3', '微克/升'].map((u) => [u, { dim: 'mass', scale: 1e3 }] as const),
  ...['mg/l', 'mg·l-1', 'mgl-1', 'g/m3', '毫克/升'].map((u) => [u, { dim: 'mass', scale: 1e6 }] as const),
  ...['g/l'].map((u) => [u, { dim: 'mass', scale: 1e9 }] as const),
  ...['个/l', 'cfu/l', 'mpn/l'].map((u) => [u, { dim: 'count', scale: 1 }] as const),
  ...['个/100ml', 'cfu/100ml', 'mpn/100ml'].map((u) => [u, { dim: 'count', scale: 10 }] as const),
  ...['个/ml', 'cfu/ml', 'mpn/ml'].map((u) => [u, { dim: 'count', scale: 1000 }] as const),
  ...['mm', '毫米'].map((u) => [u, { dim: 'length', scale: 1 }] as const),
  ...['cm', '厘米'].map((u) => [u, { dim: 'length', scale: 10 }] as const),
  ...['m', '米'].map((u) => [u, { dim: 'length', scale: 1000 }] as const),
  ...['°c', '度', '摄氏度'].map((u) => [u, { dim: 'temperature', scale: 1 }] as const),
  ...['', '无量纲', '无', 'dimensionless', '-'].map((u) => [u, { dim: 'none', scale: 1 }] as const),
]);

/** The form units are compared in: NFKC (µ → μ, ℃ → °C, ³ → 3), lower case, no spaces, any minus as `-`. */
function unitKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/[−–—]/g, '-');
}

/** True when `s` is a unit this module knows (`mg/L`, `μg/L`, `个/L`, `℃`, …). */
export function isKnownUnit(s: string): boolean {
  return UNITS.has(unitKey(s));
}

/** How to bring a column's values to the parameter's unit: multiply by `from`, divide by `to`. */
export interface Conversion { readonly from: number; readonly to: number }

/**
 * How values written in the `stated` unit are brought to the `expected` one: null when nothing is
 * to be done (the same unit, or the same scale under another name), `'mismatch'` when the two are
 * not of one kind or either is unknown (mg/L against 个/L).
 *
 * @example
 *   unitConversion('μg/L', 'mg/L') // → { from: 1000, to: 1000000 }
 */
export function unitConversion(stated: string, expected: string): Conversion | null | 'mismatch' {
  if (unitKey(stated) === unitKey(expected)) return null;
  const s = UNITS.get(unitKey(stated));
  const e = UNITS.get(unitKey(expected));
  if (!s || !e || s.dim !== e.dim) return 'mismatch';
  return s.scale !== e.scale ? { from: s.scale, to: e.scale } : null;
}

/**
 * Below-detection notations whose number is a value in the column's unit (prefix, number, suffix):
 * `0.05L`, `<0.01`, `≤0.01`, `ND(0.01)`, `ND<0.01`, `未检出(0.01)`, `未检出<0.01`.
 */
const DETECTION_NOTATIONS: readonly RegExp[] = [
  /^()(\d+\.?\d*|\.\d+)(\s*L)$/i,
  /^([<≤]\s*)(\d+\.?\d*|\.\d+)()$/,
  /^((?:ND|N\.D\.|未检出)\s*\(\s*)(\d+\.?\d*|\.\d+)(\s*\))$/i,
  /^((?:ND|N\.D\.|未检出)\s*<\s*)(\d+\.?\d*|\.\d+)()$/i,
];

/**
 * A value in another unit: numbers, and the number inside a below-detection notation (`4L` μg/L →
 * `0.004L` mg/L; the notation is kept for the module that reads it); other text (`ND`) unchanged.
 */
export function convert(v: unknown, c: Conversion): unknown {
  if (typeof v === 'number') return cleanDecimal((v * c.from) / c.to);
  if (typeof v !== 'string') return v;
  const s = v.normalize('NFKC');
  for (const re of DETECTION_NOTATIONS) {
    const m = re.exec(s);
    if (m) return `${m[1]}${cleanDecimal((Number(m[2]) * c.from) / c.to)}${m[3]}`;
  }
  return v;
}
