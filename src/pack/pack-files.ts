/**
 * The files of the submission pack from its tables and maps: the workbook, the technical report
 * and each map as a PNG under maps/, by their names in the pack (Chinese names for a Chinese pack,
 * as the province asks for them). Runs in Node (`npm run pack`) and in the browser (the app's
 * 生成申报材料 button, which zips them).
 */
import type { PackTables } from '../core/pack.ts';
import { writeReportDocx } from './report-docx.ts';
import type { PackMap } from './report-docx.ts';
import { writeWorkbook } from './workbook.ts';

/** The names of the pack's files in each language. */
export const PACK_FILE_NAMES = {
  zh: { workbook: '指标完成情况表.xlsx', report: '技术报告.docx', maps: 'maps' },
  en: { workbook: 'indicator-workbook.xlsx', report: 'technical-report.docx', maps: 'maps' },
} as const;

/**
 * The pack's files by path: the workbook, the report (with the maps as figures, or `mapsNote`
 * saying why there are none) and `maps/<id>.png` for each map.
 */
export async function packFiles(tables: PackTables, maps: readonly PackMap[], mapsNote?: string): Promise<Record<string, Uint8Array>> {
  const names = PACK_FILE_NAMES[tables.lang];
  const [workbook, report] = await Promise.all([writeWorkbook(tables), writeReportDocx(tables, maps, mapsNote ? { mapsNote } : {})]);
  const files: Record<string, Uint8Array> = { [names.workbook]: workbook, [names.report]: report };
  for (const m of maps) files[`${names.maps}/${m.id}.png`] = m.png;
  return files;
}
