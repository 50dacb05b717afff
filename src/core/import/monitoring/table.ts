/**
 * The shape of a monitoring spreadsheet once read: its rows and columns, the row limit, and how
 * its problems are written as issues. Shared by the reader (read-table.ts) and the join (join.ts).
 */
import type { DataIssue } from '../../data/dataset.ts';
import type { Message } from '../../i18n/messages.ts';
import type { Sample } from '../../water/section-evaluation.ts';

/** One data row of the spreadsheet. */
export interface MonitoringRow {
  /** 1-based spreadsheet row, counting the header and any empty rows (as Excel numbers them). */
  readonly row: number;
  /** Section id as written (trimmed text), null when the row or the file has none. */
  readonly id: string | null;
  /** Section name as written (trimmed text), null when the row or the file has none. */
  readonly name: string | null;
  /** `date` (`YYYY-MM-DD`, or `YYYY-MM` from year + month columns) and the parameter values. */
  readonly sample: Sample;
}

/** A monitoring spreadsheet read into samples. */
export interface MonitoringTable {
  readonly file: string;
  /** Data rows in file order; rows without a valid date are left out (and reported). */
  readonly rows: readonly MonitoringRow[];
  /** Sample key (`date`, `NH3N`, …) → the header as written in the file. */
  readonly columns: Readonly<Record<string, string>>;
  /** How a CSV file's text was decoded; absent for .xlsx. GBK is normal for agency files, not a problem. */
  readonly encoding?: 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be';
}

/** What reading a spreadsheet gives: the table (null when the file cannot be used) and the problems found. */
export interface TableRead { table: MonitoringTable | null; issues: DataIssue[] }

/** The cells of a sheet: rows, the first being spreadsheet row 1. */
export type Grid = readonly (readonly unknown[])[];

/** Most data rows (below the header) a sheet may have; larger sheets are refused. */
export const MAX_MONITORING_ROWS = 200_000;

/** An issue about the spreadsheet `file`, naming the section (`featureId`) when there is one. */
export function tableIssue(severity: 'error' | 'warning', file: string, m: Message, featureId?: string | null): DataIssue {
  return { severity, file, ...m, ...(featureId ? { featureId } : {}) };
}
