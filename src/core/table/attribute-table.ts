/**
 * A layer's attributes as a table: one column per property any feature has (nested values such as
 * sample lists left out), plus the ellipsoidal area in m² for polygon layers, one row per feature
 * keeping its index in the layer (its identity on the map). Pure data: the report worker builds it
 * for the app, and tests and the CLI can use it alone.
 */
import type { Layer } from '../data/dataset.ts';
import { geometryArea } from '../geo/ellipsoidal-area.ts';
import { csvText } from './csv.ts';
import { FIELD_ALIASES } from '../data/field-aliases.ts';

/** A cell: text, a number, or empty. */
export type Cell = string | number | null;

export interface Column {
  /** The property name; `AREA_COLUMN` for the computed area. */
  readonly key: string;
  /** `number` when every non-empty value is a number (sorted and filtered as numbers). */
  readonly kind: 'number' | 'text';
}

export interface AttributeTable {
  readonly columns: readonly Column[];
  /** Row k is feature `indices[k]` of the layer; `cells[k][c]` is its value in column c. */
  readonly indices: readonly number[];
  readonly cells: readonly (readonly Cell[])[];
}

/** Key of the computed column: ellipsoidal area of a polygon feature in m² (empty for others). */
export const AREA_COLUMN = '_areaM2';

function cellOf(v: unknown): Cell | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  return undefined; // nested: not a column
}

/**
 * The attribute table of a layer. Columns come in the order they first appear; a property that is
 * nested in every feature (an array or object) gets no column. A canonical property the loader
 * added from a source attribute (`landClass` from `地类`) is left out when it equals that
 * attribute in every feature: the user sees their own column names once. Polygon layers get the
 * area column last (m², CGCS2000/WGS84 ellipsoid, the indicators' own area).
 */
export function attributeTable(layer: Pick<Layer, 'features'>): AttributeTable {
  const keys: string[] = [];
  const seen = new Set<string>();
  const allNumbers = new Map<string, boolean>();
  for (const f of layer.features) {
    for (const [k, v] of Object.entries(f.properties ?? {})) {
      const c = cellOf(v);
      if (c === undefined) continue;
      if (!seen.has(k)) { seen.add(k); keys.push(k); allNumbers.set(k, true); }
      if (c !== null && typeof c !== 'number') allNumbers.set(k, false);
    }
  }
  const sameEverywhere = (a: string, b: string) => layer.features.every((f) => (cellOf(f.properties?.[a]) ?? null) === (cellOf(f.properties?.[b]) ?? null));
  const copies = new Set(keys.filter((k) => Object.hasOwn(FIELD_ALIASES, k) && keys.some((o) => o !== k && !Object.hasOwn(FIELD_ALIASES, o) && sameEverywhere(k, o))));
  keys.splice(0, keys.length, ...keys.filter((k) => !copies.has(k)));
  const polygons = layer.features.some((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'));
  const columns: Column[] = keys.map((key) => ({ key, kind: allNumbers.get(key) ? 'number' : 'text' }));
  if (polygons) columns.push({ key: AREA_COLUMN, kind: 'number' });
  const cells = layer.features.map((f) => {
    const row: Cell[] = keys.map((k) => cellOf(f.properties?.[k]) ?? null);
    if (polygons) {
      const g = f.geometry;
      row.push(g && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? geometryArea(g) : null);
    }
    return row;
  });
  return { columns, indices: layer.features.map((_, i) => i), cells };
}

/**
 * Some rows of the table as CSV (UTF-8 with BOM): a header of column titles (`title(key)`), then
 * the rows in the order given; areas to 0.01 m².
 */
export function tableCsv(table: AttributeTable, rows: readonly number[], title: (key: string) => string): string {
  const out: Cell[][] = [table.columns.map((c) => title(c.key))];
  const area = table.columns.findIndex((c) => c.key === AREA_COLUMN);
  for (const r of rows) out.push(table.cells[r]!.map((c, i) => (i === area && typeof c === 'number' ? c.toFixed(2) : c)));
  return csvText(out);
}
