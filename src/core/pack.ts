/**
 * The core's face for the 技术评估 submission pack: the tables the workbook and the technical report
 * are written from (one report, its per-town and year-against-year results, the data inventory),
 * and the inventory of a dataset's files with their SHA-256. Used by `npm run pack`, the report
 * worker (the inventory) and the app's pack maker; the writers live in src/pack/.
 */
export { cellText, packTables, packWord, statusWord } from './pack/pack-tables.ts';
export type { CellValue, PackColumn, PackInput, PackProblem, PackTable, PackTables, PackYears } from './pack/pack-tables.ts';
export { datasetInventory, IMPORTED_PREFIX, sha256Hex } from './pack/inventory.ts';
export type { InventoryChanges, InventoryRow, ModifiedTime } from './pack/inventory.ts';
