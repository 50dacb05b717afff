/**
 * Reading one spreadsheet cell: empty or not, its text, its value as the lab wrote it, and a short
 * form of it for a message. Cells come as strings (CSV) or as numbers, Dates and strings (.xlsx).
 */

/** True for a cell with nothing in it: null, undefined, or blank text. */
export function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Trimmed text of a cell (numbers as written by JavaScript: 1001 → "1001"); null when empty. */
export function cellText(v: unknown): string | null {
  if (isEmpty(v)) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** A cell as written, for a message: at most 20 characters. */
export function shown(v: unknown): string {
  const t = v instanceof Date ? (Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString()) : String(v).trim();
  return t.length > 20 ? `${t.slice(0, 20)}…` : t;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** A cell's value as the lab wrote it: numbers (also numeric text) as numbers, other text trimmed; null when empty. */
export function cellValue(v: unknown): unknown {
  if (isEmpty(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') {
    const t = v.trim();
    const n = t.normalize('NFKC');
    if (NUMBER.test(n)) return Number(n);
    if (THOUSANDS.test(n)) return Number(n.replace(/,/g, ''));
    return t;
  }
  if (v instanceof Date) return cellText(v);
  return v;
}
