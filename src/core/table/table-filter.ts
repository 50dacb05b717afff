/**
 * Filtering and sorting attribute-table rows. A column filter is typed as a user of a GIS table
 * would: for number columns `>100`, `<= 5`, `=3`, `!=0`, `10..20` (inclusive) or a plain number
 * (equal); for text columns words that must all appear (case-insensitive), `=text` for an exact
 * value, `!text` for rows without it, and `=` alone for empty cells. The quick filter looks for its
 * words in any column.
 */
import type { AttributeTable, Cell, Column } from './attribute-table.ts';

/** A test on one cell; null when the filter text cannot be read (shown to the user). */
export type CellTest = (c: Cell) => boolean;

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
const COMPARE = new RegExp(`^(>=|<=|!=|<>|>|<|=)?\\s*(${NUMBER})$`, 'i');
const RANGE = new RegExp(`^(${NUMBER})\\s*\\.\\.\\s*(${NUMBER})$`, 'i');

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * The test a filter text stands for in a column of the given kind; `() => true` for blank text,
 * null when a number column's filter is not a comparison or range.
 */
export function parseCellFilter(text: string, kind: Column['kind']): CellTest | null {
  const s = text.trim();
  if (!s) return () => true;
  if (s === '=') return (c) => c === null || c === '';
  if (kind === 'number') {
    const r = RANGE.exec(s);
    if (r) { const lo = Math.min(Number(r[1]), Number(r[2])); const hi = Math.max(Number(r[1]), Number(r[2])); return (c) => typeof c === 'number' && c >= lo && c <= hi; }
    const m = COMPARE.exec(s);
    if (!m) return null;
    const v = Number(m[2]);
    switch (m[1]) {
      case '>': return (c) => typeof c === 'number' && c > v;
      case '>=': return (c) => typeof c === 'number' && c >= v;
      case '<': return (c) => typeof c === 'number' && c < v;
      case '<=': return (c) => typeof c === 'number' && c <= v;
      case '!=': case '<>': return (c) => typeof c !== 'number' || c !== v;
      default: return (c) => typeof c === 'number' && c === v;
    }
  }
  if (s.startsWith('=')) { const want = fold(s.slice(1).trim()); return (c) => c !== null && fold(String(c)) === want; }
  if (s.startsWith('!')) { const not = fold(s.slice(1).trim()); return (c) => c === null || !fold(String(c)).includes(not); }
  const words = fold(s).split(/\s+/);
  return (c) => { if (c === null) return false; const v = fold(String(c)); return words.every((w) => v.includes(w)); };
}

export interface TableQuery {
  /** Filter text by column key (blank: no filter). */
  readonly filters: Readonly<Record<string, string>>;
  /** Words to find in any column of the row. */
  readonly quick: string;
  readonly sort: { readonly key: string; readonly asc: boolean } | null;
}

/**
 * The rows (positions in the table) that pass every filter, sorted: numbers as numbers, text in
 * Chinese collation order, empty cells last whatever the direction, ties in layer order. Also the
 * column keys whose filter could not be read (those filters are ignored, not taken as "none").
 */
export function queryRows(table: AttributeTable, q: TableQuery): { rows: number[]; invalid: string[] } {
  const tests: { col: number; test: CellTest }[] = [];
  const invalid: string[] = [];
  table.columns.forEach((c, col) => {
    const text = q.filters[c.key];
    if (!text?.trim()) return;
    const test = parseCellFilter(text, c.kind);
    if (test) tests.push({ col, test }); else invalid.push(c.key);
  });
  const words = fold(q.quick.trim()).split(/\s+/).filter(Boolean);
  const rows: number[] = [];
  for (let r = 0; r < table.cells.length; r++) {
    const cells = table.cells[r]!;
    if (!tests.every((t) => t.test(cells[t.col] ?? null))) continue;
    if (words.length > 0) {
      const all = fold(cells.map((c) => (c === null ? '' : String(c))).join('\u0000'));
      if (!words.every((w) => all.includes(w))) continue;
    }
    rows.push(r);
  }
  const col = q.sort ? table.columns.findIndex((c) => c.key === q.sort!.key) : -1;
  if (col >= 0) {
    const dir = q.sort!.asc ? 1 : -1;
    const collator = new Intl.Collator('zh', { numeric: true });
    rows.sort((a, b) => {
      const x = table.cells[a]![col] ?? null; const y = table.cells[b]![col] ?? null;
      if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return c * dir || a - b;
    });
  }
  return { rows, invalid };
}
