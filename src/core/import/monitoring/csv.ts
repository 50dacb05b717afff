/**
 * A monitoring CSV's bytes to a grid of cells: the text decoded (UTF-16 by its BOM, UTF-8, else
 * GBK, as agency files often are), then parsed by papaparse with every row kept, empty ones too,
 * so that row numbers stay those of the spreadsheet.
 */
import Papa from 'papaparse';
import type { DataIssue } from '../../data/dataset.ts';
import { decodeMixed, mixedEncodingIssue } from '../../data/decode-text.ts';
import { message } from '../../i18n/messages.ts';
import { MAX_MONITORING_ROWS, tableIssue } from './table.ts';
import type { Grid, MonitoringTable } from './table.ts';

/** How a CSV file's text was decoded. */
export type CsvEncoding = NonNullable<MonitoringTable['encoding']>;

/** Decodes CSV bytes: UTF-16 by its BOM, UTF-8 when valid (BOM dropped), else by its lines (decodeMixed: UTF-8 or GBK, the lines in the other named). */
function decode(bytes: Uint8Array): { text: string; encoding: CsvEncoding; otherLines: number[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', otherLines: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', otherLines: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', otherLines: [] };
  } catch {
    const d = decodeMixed(bytes);
    // A BOM is dropped as above.
    return { ...d, text: d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text };
  }
}

/**
 * The cells of a CSV file, how its text was decoded, and whether it was cut short (more rows than
 * a table may have). Null, with an error in `issues`, for a binary file; an unmatched quote is a
 * warning in `issues`.
 */
export function parseCsv(file: string, bytes: Uint8Array, issues: DataIssue[]): { grid: Grid; encoding: CsvEncoding; truncated: boolean } | null {
  const { text, encoding, otherLines } = decode(bytes);
  if (encoding === 'utf-8' || encoding === 'gbk') { const mixed = mixedEncodingIssue(file, encoding, otherLines); if (mixed) issues.push(mixed); }
  if (text.includes('\u0000')) {
    issues.push(tableIssue('error', file, message('table.binary', {})));
    return null;
  }
  const limit = MAX_MONITORING_ROWS + 1000;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, preview: limit });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) {
    issues.push(tableIssue('warning', file, message('table.unmatchedQuote', { row: (quote.row ?? 0) + 1 })));
  }
  return { grid: parsed.data, encoding, truncated: parsed.data.length >= limit };
}
