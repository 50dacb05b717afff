/**
 * Monthly water-quality monitoring results kept by environment staff in a spreadsheet (.csv or
 * .xlsx), read into samples keyed like GB 3838 (`NH3N`, `TP`, …) and joined to monitoring sections.
 *
 * CSV is parsed by papaparse, .xlsx by read-excel-file's `universal` entry (fflate + a pure-JS XML
 * parser), so this code runs unchanged in Node, in a browser and in a Web Worker. Cell values are
 * kept as the lab wrote them (`0.05L`, `<0.01`, `ND` stay strings); only units are converted.
 *
 * This file is the entry; the work is done in monitoring/, one job a file:
 * - table.ts — the table's shape, the row limit, its issues
 * - read-table.ts — bytes to a table: .xlsx or .csv, refusing other files
 * - csv.ts — CSV bytes decoded (UTF-8, GBK, UTF-16) and parsed to cells
 * - build-table.ts — cells to rows of samples: the header row, dates, values
 * - read-header.ts — the header row to columns, with their warnings
 * - header-roles.ts — what a header means (id, name, date, a parameter)
 * - units.ts — stated units and converting values to the parameter's unit
 * - cells.ts — one cell's text and value
 * - dates.ts — sampling dates as labs write them
 * - join.ts — rows joined to sections by id, else name
 */
export { MAX_MONITORING_ROWS } from './monitoring/table.ts';
export type { MonitoringRow, MonitoringTable } from './monitoring/table.ts';
export { readMonitoringTable } from './monitoring/read-table.ts';
export { joinSamples } from './monitoring/join.ts';
