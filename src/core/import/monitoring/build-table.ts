/**
 * A grid of cells (a sheet's rows) to a monitoring table: finds the header row, reads its columns,
 * and turns each data row with a valid date into a sample; rows without one are reported.
 */
import type { DataIssue } from '../../data/dataset.ts';
import { message } from '../../i18n/messages.ts';
import type { Sample } from '../../water/section-evaluation.ts';
import { cellText, cellValue, isEmpty, shown } from './cells.ts';
import { parseDate, parseYearMonth } from './dates.ts';
import { ACCEPTED_NAMES, classifyHeader } from './header-roles.ts';
import type { Role } from './header-roles.ts';
import { isParameter, readHeader } from './read-header.ts';
import { MAX_MONITORING_ROWS, tableIssue } from './table.ts';
import type { Grid, MonitoringRow, MonitoringTable, TableRead } from './table.ts';
import { convert } from './units.ts';

/** Row problems of one kind reported one by one; beyond this they are summed up in one issue. */
const MAX_ROW_ISSUES = 20;

/**
 * The table from a grid of cells (rows of the sheet, the first being spreadsheet row 1). The
 * header row is the first row (among the first ten non-empty ones) that has a section id or name
 * column. `issues` (those found so far) are added to and returned; `table` is null when the sheet
 * has no rows, too many (`truncated` says the reader already stopped), or no section or date column.
 */
export function tableFromGrid(file: string, grid: Grid, encoding: MonitoringTable['encoding'], truncated: boolean, issues: DataIssue[]): TableRead {
  const enc = encoding ? { encoding } : {};
  let last = grid.length;
  while (last > 0 && grid[last - 1]!.every(isEmpty)) last--;
  const nonEmpty: number[] = [];
  for (let r = 0; r < last && nonEmpty.length < 10; r++) if (!grid[r]!.every(isEmpty)) nonEmpty.push(r);
  if (nonEmpty.length === 0) {
    issues.push(tableIssue('error', file, message('table.noRows', {})));
    return { table: null, issues };
  }
  const hasSection = (r: number) => grid[r]!.some((c) => {
    const t = cellText(c);
    const kind = t === null ? undefined : classifyHeader(t)?.role.kind;
    return kind === 'id' || kind === 'name';
  });
  const h = nonEmpty.find(hasSection) ?? nonEmpty[0]!;
  if (truncated || last - h - 1 > MAX_MONITORING_ROWS) {
    issues.push(tableIssue('error', file, message('table.tooManyRows', { max: MAX_MONITORING_ROWS })));
    return { table: null, issues };
  }
  const columns = readHeader(file, grid[h]!, issues);
  const col = (kind: Role['kind']) => columns.find((c) => c.role.kind === kind);
  const idCol = col('id');
  const nameCol = col('name');
  const dateCol = col('date');
  const yearCol = col('year');
  const monthCol = col('month');
  let usable = true;
  if (!idCol && !nameCol) {
    usable = false;
    issues.push(tableIssue('error', file, message('table.noSectionColumn', { row: h + 1, ids: ACCEPTED_NAMES.id, names: ACCEPTED_NAMES.name })));
  }
  if (!dateCol && !(yearCol && monthCol)) {
    usable = false;
    issues.push(tableIssue('error', file, message('table.noDateColumn', { row: h + 1, alone: (yearCol ?? monthCol)?.header ?? '', dates: ACCEPTED_NAMES.date })));
  }
  if (!usable) return { table: null, issues };
  const parameters = columns.filter(isParameter);
  if (parameters.length === 0) {
    issues.push(tableIssue('warning', file, message('table.noParameters', {})));
  }

  const rows: MonitoringRow[] = [];
  const bad: { row: number; id: string | null; name: string | null; written: string | null }[] = [];
  for (let r = h + 1; r < last; r++) {
    const cells = grid[r]!;
    if (cells.every(isEmpty)) continue;
    const id = idCol ? cellText(cells[idCol.index]) : null;
    const name = nameCol ? cellText(cells[nameCol.index]) : null;
    let date: string | null;
    let written: string | null;
    if (dateCol) {
      const v = cells[dateCol.index];
      written = isEmpty(v) ? null : shown(v);
      date = written === null ? null : parseDate(v);
    } else {
      const y = cells[yearCol!.index];
      const m = cells[monthCol!.index];
      written = isEmpty(y) || isEmpty(m) ? null : `${shown(y)}-${shown(m)}`;
      date = written === null ? null : parseYearMonth(y, m);
    }
    if (date === null) {
      bad.push({ row: r + 1, id, name, written });
      continue;
    }
    const sample: Record<string, unknown> = { date };
    for (const c of parameters) {
      const v = cellValue(cells[c.index]);
      if (v === null) continue;
      sample[c.role.key] = c.conversion ? convert(v, c.conversion) : v;
    }
    rows.push({ row: r + 1, id, name, sample: sample as Sample });
  }
  for (const b of bad.slice(0, MAX_ROW_ISSUES)) {
    issues.push(tableIssue('error', file, message('table.rowNoDate', { row: b.row, id: b.id ?? '', name: b.name ?? '', written: b.written ?? '' }), b.id ?? b.name));
  }
  if (bad.length > MAX_ROW_ISSUES) {
    issues.push(tableIssue('error', file, message('table.moreRowsNoDate', { count: bad.length - MAX_ROW_ISSUES, first: bad[MAX_ROW_ISSUES]!.row, last: bad[bad.length - 1]!.row })));
  }
  const columnsByKey = new Map<string, string>();
  columnsByKey.set('date', dateCol ? dateCol.header : `${yearCol!.header} + ${monthCol!.header}`);
  for (const c of parameters) columnsByKey.set(c.role.key, c.header);
  return { table: { file, rows, columns: Object.fromEntries(columnsByKey), ...enc }, issues };
}
