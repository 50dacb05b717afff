/**
 * The submission pack's workbook 指标完成情况表.xlsx, written with exceljs from the pack's tables
 * (src/core/pack/pack-tables.ts): one sheet per table — indicators, towns, sections, years (when
 * the dataset has years), data inventory — each with a title row, a frozen header, borders, wrapped
 * text, and A4 landscape page setup (fit to one page wide, header repeated on every page). Numbers
 * are stored as numbers (unrounded) with the board's precision as their cell format. Runs in Node
 * and in the browser.
 */
import ExcelJS from 'exceljs';
import type { PackTable, PackTables } from '../core/pack.ts';

const FONT = '宋体';
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Sheet names (at most 31 characters, no []:*?/\). */
const SHEETS = { zh: ['指标完成情况', '分乡镇', '监测断面', '年度对比', '数据清单'], en: ['Indicators', 'Towns', 'Sections', 'Years', 'Data inventory'] } as const;

/** Adds one table as a sheet: title row (with the sample-data note), header row frozen below it, the rows. */
function addSheet(wb: ExcelJS.Workbook, name: string, table: PackTable, tables: PackTables): void {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 }, printTitlesRow: '2:2' },
    headerFooter: { oddFooter: tables.lang === 'zh' ? '第 &P 页，共 &N 页' : 'Page &P of &N' },
  });
  ws.columns = table.columns.map((c) => ({ width: c.width }));
  const note = tables.sample ? (tables.lang === 'zh' ? '（示意数据）' : ' (sample data, not official statistics)') : '';
  const title = `${tables.district}${tables.year ? (tables.lang === 'zh' ? ` ${tables.year}年 ` : ` ${tables.year} — `) : ' '}${table.title}${note}`;
  const titleRow = ws.addRow([title]);
  ws.mergeCells(1, 1, 1, Math.max(1, table.columns.length));
  titleRow.font = { name: FONT, size: 14, bold: true, color: tables.sample ? { argb: 'FFB00000' } : undefined };
  titleRow.height = 24;
  const header = ws.addRow(table.columns.map((c) => c.title));
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 10, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = BORDER;
  });
  for (const values of table.rows) {
    const row = ws.addRow(values.map((v) => (v === null ? null : v)));
    table.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = { name: FONT, size: 10 };
      cell.border = BORDER;
      const v = values[i];
      if (typeof v === 'number') {
        cell.numFmt = c.numFmt ?? '0.00';
        cell.alignment = { vertical: 'top', horizontal: 'right' };
      } else {
        cell.alignment = { vertical: 'top', wrapText: true };
      }
    });
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: table.columns.length } };
}

/**
 * The workbook as .xlsx bytes. Sheets: indicators, towns (when the dataset has towns), sections,
 * years (when it has years), data inventory; their titles and headers in the tables' language.
 */
export async function writeWorkbook(tables: PackTables): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Shangyu Eco Map';
  wb.created = new Date(`${tables.date}T00:00:00Z`);
  const names = SHEETS[tables.lang];
  addSheet(wb, names[0], tables.indicators, tables);
  if (tables.towns) addSheet(wb, names[1], tables.towns, tables);
  addSheet(wb, names[2], tables.sections, tables);
  if (tables.years) addSheet(wb, names[3], tables.years, tables);
  addSheet(wb, names[4], tables.inventory, tables);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The sheet names of the workbook in a language, in order (towns and years may be absent from a given workbook). */
export function workbookSheetNames(lang: 'zh' | 'en'): readonly string[] {
  return SHEETS[lang];
}
