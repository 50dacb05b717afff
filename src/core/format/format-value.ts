/** Text formatting of indicator values and targets, shared by the CLI and the app. */
import type { Target } from '../indicators/catalog.ts';
import { formatNumber } from './format-number.ts';
import type { Lang } from './format-number.ts';
import { term } from '../i18n/vocabulary.ts';

/** A value with 2 decimals (numbers) or as it is (text); "n/a" when not available. */
export function formatValue(value: number | string | null, decimals = 2): string {
  if (value === null) return 'n/a';
  if (typeof value === 'string') return value;
  return value.toFixed(decimals);
}

/** The sign of each comparison, as written in Chinese and English plans. */
export const COMPARISON_SIGNS: Readonly<Record<Target['op'], string>> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '==': '=' };

/**
 * A target as `≥ 22`, `< 0.6`, `= 优`; "—" when none. With `lang`, numbers are formatted for the
 * language (no decimals for whole numbers, one otherwise) and a text target is a term of the data
 * (`= excellent` in English); with `unit`, a `%` unit is appended.
 */
export function formatTarget(t: Target | null, options: { lang?: Lang; unit?: string } = {}): string {
  if (!t) return '—';
  const v = typeof t.value === 'number' && options.lang ? formatNumber(options.lang, t.value, t.value % 1 ? 1 : 0)
    : typeof t.value === 'string' && options.lang ? term(options.lang, t.value) : String(t.value);
  return `${COMPARISON_SIGNS[t.op]} ${v}${options.unit === '%' ? '%' : ''}`;
}

/** Display width of a string in a terminal: CJK and full-width characters count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1;
  }
  return w;
}

/** Pads a string on the right to a display width. */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** A plain-text table with a header row and a rule under it. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: readonly string[]) => r.map((c, i) => padEnd(c, widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
