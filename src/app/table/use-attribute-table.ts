/**
 * The open attribute table: its rows fetched from the report worker, the user's filters and sort,
 * the rows that pass them, and the filter the map takes so it draws only those features.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { queryRows } from '../../core/index.ts';
import type { AttributeTable, TableQuery } from '../../core/index.ts';
import type { IndexFilter } from '../../map/index.ts';

export interface TableView {
  /** null while it is being fetched. */
  readonly table: AttributeTable | null;
  readonly query: TableQuery;
  setFilter(key: string, text: string): void;
  setQuick(text: string): void;
  /** Sorts by a column; again on the same column reverses the order. */
  sortBy(key: string): void;
  clear(): void;
  /** Positions in `table` of the rows shown, in order. */
  readonly rows: readonly number[];
  /** Column keys whose filter cannot be read. */
  readonly invalid: readonly string[];
  /** What the map should draw of the layer: null when nothing is filtered out. */
  readonly mapFilter: IndexFilter | null;
}

const NO_QUERY: TableQuery = { filters: {}, quick: '', sort: null };

/**
 * The filter that leaves `rows` of the table drawn: the kept indices, or the dropped ones when
 * fewer; null when every row is kept.
 */
export function mapFilterOf(table: AttributeTable, rows: readonly number[]): IndexFilter | null {
  const total = table.indices.length;
  if (rows.length === total) return null;
  if (rows.length <= total / 2) return { indices: rows.map((r) => table.indices[r]!), keep: true };
  const kept = new Uint8Array(total);
  for (const r of rows) kept[r] = 1;
  const dropped: number[] = [];
  for (let r = 0; r < total; r++) if (!kept[r]) dropped.push(table.indices[r]!);
  return { indices: dropped, keep: false };
}

/**
 * The table of `layer` (null: none open). `fetchTable` asks the worker; `version` changes when the
 * dataset does (the table is fetched again, filters kept).
 */
export function useAttributeTable(layer: string | null, version: unknown, fetchTable: (layer: string) => Promise<AttributeTable | null>): TableView {
  // The table fetched, and the query typed, each with what it was for: a stale one is not used.
  const [fetched, setFetched] = useState<{ layer: string; version: unknown; table: AttributeTable | null } | null>(null);
  const [typed, setTyped] = useState<{ layer: string | null; query: TableQuery }>({ layer, query: NO_QUERY });
  useEffect(() => {
    if (!layer) return;
    let live = true;
    void fetchTable(layer).then((t) => { if (live) setFetched({ layer, version, table: t }); });
    return () => { live = false; };
  }, [layer, version, fetchTable]);
  const table = fetched && fetched.layer === layer && fetched.version === version ? fetched.table : null;
  const query = typed.layer === layer ? typed.query : NO_QUERY;
  const setQuery = (f: (q: TableQuery) => TableQuery) => setTyped((t) => ({ layer, query: f(t.layer === layer ? t.query : NO_QUERY) }));
  // Typing stays quick on 60,000 rows: the rows follow the query when the browser has time.
  const deferred = useDeferredValue(query);
  const result = useMemo(() => (table ? queryRows(table, deferred) : { rows: [], invalid: [] }), [table, deferred]);
  const mapFilter = useMemo(() => (table ? mapFilterOf(table, result.rows) : null), [table, result.rows]);
  return {
    table, query, rows: result.rows, invalid: result.invalid, mapFilter,
    setFilter: (key, text) => setQuery((q) => ({ ...q, filters: { ...q.filters, [key]: text } })),
    setQuick: (quick) => setQuery((q) => ({ ...q, quick })),
    sortBy: (key) => setQuery((q) => ({ ...q, sort: { key, asc: q.sort?.key === key ? !q.sort.asc : true } })),
    clear: () => setQuery((q) => ({ ...NO_QUERY, sort: q.sort })),
  };
}
