/**
 * Reading a monitoring spreadsheet's bytes: tells a .xlsx from a .csv (and refuses an old .xls or
 * another file type with a message saying so), has the cells read (read-excel-file or csv.ts), and
 * builds the table from them (build-table.ts).
 */
import type { DataIssue } from '../../data/dataset.ts';
import { message } from '../../i18n/messages.ts';
import { readFirstSheet, SheetRefusedError } from '../read-xlsx.ts';
import { tableFromGrid } from './build-table.ts';
import { parseCsv } from './csv.ts';
import { tableIssue } from './table.ts';
import type { Grid, TableRead } from './table.ts';

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/**
 * Reads a monitoring spreadsheet: a .csv (UTF-8 with or without BOM, or GBK; UTF-16 by its BOM) or
 * the first sheet of an .xlsx. The header row is the first row (among the first ten) that has a
 * section id or name column, so a title row above it is skipped. Async because .xlsx is unzipped
 * asynchronously. Never throws: problems come back as issues, and `table` is null when the file
 * cannot be used at all (unreadable, no id/name column, no date column, too many rows).
 *
 * @example
 *   const { table, issues } = await readMonitoringTable('2018.csv', bytes);
 *   // table.rows[0] → { row: 2, id: 'W01', name: '曹娥江大桥', sample: { date: '2018-03-15', NH3N: 0.412, … } }
 */
export async function readMonitoringTable(file: string, bytes: Uint8Array): Promise<TableRead> {
  const issues: DataIssue[] = [];
  try {
    const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
    if (bytes.length === 0) {
      return { table: null, issues: [tableIssue('error', file, message('table.empty', {}))] };
    }
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
      return { table: null, issues: [tableIssue('error', file, message('table.xls', {}))] };
    }
    if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
      let grid: Grid;
      try {
        // The workbook's and the sheet's limits first (read-xlsx.ts), then read-excel-file.
        grid = await readFirstSheet(bytes);
      } catch (e) {
        if (e instanceof SheetRefusedError) return { table: null, issues: [tableIssue('error', file, e.refused)] };
        // read-excel-file's errors carry a code (INVALID_ZIP, FILE_NOT_SUPPORTED) or a name; neither quotes the file.
        const reason = e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : e instanceof Error ? e.name : '';
        return { table: null, issues: [tableIssue('error', file, message('table.badXlsx', { reason }))] };
      }
      return tableFromGrid(file, grid, undefined, false, issues);
    }
    if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls') {
      return { table: null, issues: [tableIssue('error', file, message('table.notWorkbook', { ext }))] };
    }
    if (ext !== 'csv' && ext !== 'txt' && ext !== 'tsv') {
      return { table: null, issues: [tableIssue('error', file, message('table.unsupportedType', { ext }))] };
    }
    const csv = parseCsv(file, bytes, issues);
    if (!csv) return { table: null, issues };
    return tableFromGrid(file, csv.grid, csv.encoding, csv.truncated, issues);
  } catch (e) {
    const name = e instanceof Error ? e.name : 'error';
    return { table: null, issues: [...issues, tableIssue('error', file, message('table.unreadable', { name }))] };
  }
}
