/**
 * Joining a monitoring table's rows to the monitoring sections, by id first and name second; rows
 * that find no section are named in one warning.
 */
import type { DataIssue } from '../../data/dataset.ts';
import { message } from '../../i18n/messages.ts';
import type { Sample } from '../../water/section-evaluation.ts';
import { tableIssue } from './table.ts';
import type { MonitoringRow, MonitoringTable } from './table.ts';

/** Rows listed by name in the "match no section" warning. */
const MAX_LISTED_ROWS = 10;

const trimmed = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Joins the rows of a monitoring table to sections: a row goes to the section whose id equals its
 * id (trimmed text; leading zeros count), else to the section whose name equals its name. Rows that
 * match no section are listed in one warning. Returns each matched section's samples (by index into
 * `sections`, in index order), sorted by date; the table is not changed.
 *
 * @example
 *   joinSamples(table, [{ id: 'W01', name: '曹娥江大桥' }]).samples.get(0) // → [{ date: '2018-02-08', … }, …]
 */
export function joinSamples(
  table: MonitoringTable,
  sections: readonly { readonly id: string | null; readonly name: string | null }[],
): { samples: Map<number, Sample[]>; issues: DataIssue[] } {
  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  sections.forEach((s, i) => {
    const id = trimmed(s.id);
    const name = trimmed(s.name);
    if (id && !byId.has(id)) byId.set(id, i);
    if (name && !byName.has(name)) byName.set(name, i);
  });
  const found = new Map<number, Sample[]>();
  const unmatched: MonitoringRow[] = [];
  for (const r of table.rows) {
    const id = trimmed(r.id);
    const name = trimmed(r.name);
    const i = (id ? byId.get(id) : undefined) ?? (name ? byName.get(name) : undefined);
    if (i === undefined) {
      unmatched.push(r);
      continue;
    }
    const list = found.get(i) ?? [];
    list.push(r.sample);
    found.set(i, list);
  }
  const samples = new Map<number, Sample[]>();
  for (const i of [...found.keys()].sort((a, b) => a - b)) {
    samples.set(i, found.get(i)!.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
  }
  const issues: DataIssue[] = [];
  if (unmatched.length && found.size === 0) {
    // Nothing joined: the file is most likely another dataset's. Say so, naming the sections it is about.
    const named = [...new Set(unmatched.map((r) => (trimmed(r.name) ? `${trimmed(r.name)}${trimmed(r.id) ? ` (${trimmed(r.id)})` : ''}` : trimmed(r.id))).filter(Boolean))];
    issues.push(tableIssue('error', table.file, message('table.noRowMatched', { rows: unmatched.length, sections: named.length, list: named.slice(0, 5).join(', '), more: Math.max(0, named.length - 5) })));
  } else if (unmatched.length) {
    const n = unmatched.length;
    // The rows listed as indexed params (row0, id0, name0, …), so either language can list them.
    const rows = unmatched.slice(0, MAX_LISTED_ROWS).flatMap((r, i): [string, string | number][] => [[`row${i}`, r.row], [`id${i}`, r.id ?? ''], [`name${i}`, r.name ?? '']]);
    issues.push(tableIssue('warning', table.file, message('table.unmatchedRows', { count: n, more: Math.max(0, n - MAX_LISTED_ROWS), ...Object.fromEntries(rows) })));
  }
  return { samples, issues };
}
