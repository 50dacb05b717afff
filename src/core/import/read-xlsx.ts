/**
 * The first sheet of an .xlsx workbook, read with limits: the archive's own (zip-limits.ts: entry
 * and total sizes, entries, ratio — from the central directory, before inflating), then the sheet's
 * rows and columns counted from its XML bytes (row numbers and cell references included: a single
 * cell in row 1,000,000 or column XFD makes the sheet that large) before read-excel-file builds
 * its grid. A sheet over a limit is refused with the limit's message in milliseconds, where
 * read-excel-file would run for a minute and end in a RangeError or a fatal out-of-memory error.
 */
import { unzipSync } from 'fflate';
import { message } from '../i18n/messages.ts';
import type { Message } from '../i18n/messages.ts';
import type { Grid } from './monitoring/table.ts';
import { MAX_MONITORING_ROWS } from './monitoring/table.ts';
import { checkZip } from './zip-limits.ts';

/** Most rows of a sheet: the monitoring table's data rows and the ten rows above its header the readers look at. */
export const MAX_SHEET_ROWS = MAX_MONITORING_ROWS + 10;

/** Most columns of a sheet. */
export const MAX_SHEET_COLUMNS = 1000;

/** A workbook refused by a limit: `refused` is the limit's message. */
export class SheetRefusedError extends Error {
  constructor(readonly refused: Message) {
    super(refused.message);
  }
}

const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : '');

/** The path of the workbook's first sheet (xl/workbook.xml and its relations), xl/worksheets/sheet1.xml when they do not say. */
function firstSheetPath(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' });
  const id = /<(?:\w+:)?sheet\s[^>]*?\s\w+:id="([^"]+)"/.exec(text(files['xl/workbook.xml']))?.[1];
  for (const rel of text(files['xl/_rels/workbook.xml.rels']).match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []) {
    if (id === undefined || !rel.includes(`Id="${id}"`)) continue;
    const target = /Target="([^"]+)"/.exec(rel)?.[1];
    if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return 'xl/worksheets/sheet1.xml';
}

/** The value of attribute `r` in the tag starting at `i` (up to its `>`), or null. */
function refAt(xml: Uint8Array, i: number): string | null {
  for (let j = i; j < xml.length && xml[j] !== 0x3e; j++) {
    if (xml[j] === 0x72 && xml[j + 1] === 0x3d && (xml[j + 2] === 0x22 || xml[j + 2] === 0x27) && (xml[j - 1] === 0x20 || xml[j - 1] === 0x09 || xml[j - 1] === 0x0a || xml[j - 1] === 0x0d)) {
      let k = j + 3;
      let s = '';
      while (k < xml.length && xml[k] !== xml[j + 2] && s.length < 16) s += String.fromCharCode(xml[k++]!);
      return s;
    }
  }
  return null;
}

const isNameEnd = (b: number | undefined) => b === undefined || b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * The extent of a sheet's XML: its rows (the largest row number, or the count) and columns (the
 * largest column of a cell reference, or the count in a row), stopping as soon as one exceeds its
 * limit. Tags may carry a namespace prefix (`<x:row>`).
 *
 * @example sheetExtent(new TextEncoder().encode('<row r="3"><c r="B3"/></row>'), 10, 10) // → { rows: 3, columns: 2 }
 */
export function sheetExtent(xml: Uint8Array, maxRows: number, maxColumns: number): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  let row = 0;
  let column = 0;
  for (let i = xml.indexOf(0x3c); i >= 0 && i < xml.length; i = xml.indexOf(0x3c, i + 1)) {
    let n = i + 1;
    // Skip a namespace prefix.
    for (let k = n; k < n + 12 && k < xml.length; k++) { if (xml[k] === 0x3a) { n = k + 1; break; } if (isNameEnd(xml[k])) break; }
    if (xml[n] === 0x72 && xml[n + 1] === 0x6f && xml[n + 2] === 0x77 && isNameEnd(xml[n + 3])) {
      const r = refAt(xml, n + 3);
      row = r !== null && /^\d+$/.test(r) ? Number(r) : row + 1;
      column = 0;
      rows = Math.max(rows, row);
    } else if (xml[n] === 0x63 && isNameEnd(xml[n + 1])) {
      const r = refAt(xml, n + 1);
      const m = r === null ? null : /^([A-Z]+)(\d*)$/.exec(r);
      if (m) {
        column = [...m[1]!].reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0);
        if (m[2]) rows = Math.max(rows, Number(m[2]));
      } else column++;
      columns = Math.max(columns, column);
    } else continue;
    if (rows > maxRows || columns > maxColumns) break;
  }
  return { rows, columns };
}

/**
 * What the limits refuse in an .xlsx (a message), or null: the archive's limits, then the first
 * sheet's rows and columns. An archive that is not a readable ZIP is left to read-excel-file,
 * which says so with its code.
 */
export function checkWorkbook(bytes: Uint8Array, maxRows = MAX_SHEET_ROWS, maxColumns = MAX_SHEET_COLUMNS): Message | null {
  const refused = checkZip(bytes);
  if (refused) return refused.code === 'zip.unreadable' ? null : refused;
  let sheet: Uint8Array | undefined;
  try {
    const path = firstSheetPath(bytes);
    sheet = unzipSync(bytes, { filter: (f) => f.name === path })[path];
  } catch {
    return null;
  }
  if (!sheet) return null;
  const { rows, columns } = sheetExtent(sheet, maxRows, maxColumns);
  if (rows > maxRows) return message('table.tooManyRows', { max: maxRows - 10 });
  if (columns > maxColumns) return message('xlsx.tooManyColumns', { max: maxColumns });
  return null;
}

/**
 * The first sheet's cells of an .xlsx (read-excel-file, loaded on demand), after checkWorkbook:
 * a workbook over a limit throws a SheetRefusedError with the limit's message; read-excel-file's
 * own errors pass through.
 */
export async function readFirstSheet(bytes: Uint8Array): Promise<Grid> {
  const refused = checkWorkbook(bytes);
  if (refused) throw new SheetRefusedError(refused);
  const { readSheet } = await import('read-excel-file/universal');
  // A copy of exactly these bytes (a Node Buffer may be a view into a larger pool).
  return readSheet(new Uint8Array(bytes).buffer);
}
