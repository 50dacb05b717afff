/**
 * Water-quality classes of GB 3838-2002 as numbers 1…6 (6 = 劣V, worse than class V),
 * so "worse" is simply "greater".
 */
export type WaterClass = 1 | 2 | 3 | 4 | 5 | 6;

/** Display labels, Roman numerals as used in Chinese reports. */
export const CLASS_LABELS: Readonly<Record<WaterClass, string>> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V', 6: '劣V' };

const ALIASES: ReadonlyMap<string, WaterClass> = new Map<string, WaterClass>([
  ['I', 1], ['II', 2], ['III', 3], ['IV', 4], ['V', 5], ['劣V', 6],
  ['Ⅰ', 1], ['Ⅱ', 2], ['Ⅲ', 3], ['Ⅳ', 4], ['Ⅴ', 5], ['劣Ⅴ', 6],
  ['1', 1], ['2', 2], ['3', 3], ['4', 4], ['5', 5], ['6', 6],
])

/**
 * Parses a class written `I`…`V`/`劣V`, `Ⅰ`…`Ⅴ`/`劣Ⅴ`, or 1…6 (number or string; surrounding
 * spaces and a trailing 类 are ignored, Latin letters in any case). Returns null when it is none of these.
 */
export function parseWaterClass(value: unknown): WaterClass | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 6 ? (value as WaterClass) : null;
  if (typeof value !== 'string') return null;
  const s = value.replace(/\s+/g, '').replace(/类$/, '');
  return ALIASES.get(s) ?? ALIASES.get(s.toUpperCase()) ?? null;
}

/** The label of a class (`III`, `劣V`); null gives an empty string. */
export function formatWaterClass(c: WaterClass | null): string {
  return c === null ? '' : CLASS_LABELS[c];
}

/** The worse of two classes (null counts as "no information"). */
export function worseClass(a: WaterClass | null, b: WaterClass | null): WaterClass | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
