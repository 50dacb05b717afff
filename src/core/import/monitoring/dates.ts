/**
 * Sampling dates as labs write them — Date cells, Excel serial numbers, 20180315, 2018/3/15,
 * 2018年3月15日, or separate year and month columns — read to `YYYY-MM-DD` (or `YYYY-MM`).
 */

const pad = (n: number) => String(n).padStart(2, '0');
const validYear = (y: number) => Number.isInteger(y) && y >= 1950 && y <= 2100;
const validMonth = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12;

function ymd(y: number, m: number, d: number): string | null {
  if (!validYear(y) || !validMonth(m) || !Number.isInteger(d) || d < 1) return null;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate() ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function ym(y: number, m: number): string | null {
  return validYear(y) && validMonth(m) ? `${y}-${pad(m)}` : null;
}

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date from a UTC Date (read-excel-file gives date cells at UTC midnight). */
function fromDate(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * `YYYY-MM-DD` (or `YYYY-MM` for a date written without a day) of a date cell, or null when it is
 * not a real date between 1950 and 2100. Accepts Date objects, Excel serial numbers, 20180315, and
 * text 2018-03-15, 2018/3/15, 2018.3.15, 2018年3月15日 (a time after the date is ignored).
 *
 * @example
 *   parseDate('2018年3月15日') // → '2018-03-15'
 *   parseDate(43174)          // → '2018-03-15' (Excel serial)
 */
export function parseDate(v: unknown): string | null {
  if (v instanceof Date) return fromDate(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    if (v >= 19_000_000 && v < 22_000_000 && Number.isInteger(v)) return ymd(Math.floor(v / 10_000), Math.floor(v / 100) % 100, v % 100);
    if (v >= 190_000 && v < 220_000 && Number.isInteger(v)) return ym(Math.floor(v / 100), v % 100);
    return v >= 1 ? fromDate(new Date(EXCEL_EPOCH + Math.floor(v) * DAY_MS)) : null;
  }
  if (typeof v !== 'string') return null;
  const s = v.normalize('NFKC').trim();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s);
  if (m) return ym(Number(m[1]), Number(m[2]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** An integer from a year or month cell: 2018, "2018", "2018年", "3月". */
function yearOrMonth(v: unknown): number {
  if (typeof v === 'number') return v;
  const m = /^(\d{1,4})\s*[年月]?$/.exec(String(v).normalize('NFKC').trim());
  return m ? Number(m[1]) : NaN;
}

/**
 * `YYYY-MM` from a year cell and a month cell (2018 or "2018年", 3 or "3月"), or null when either
 * is not a valid year (1950–2100) or month.
 *
 * @example
 *   parseYearMonth('2018年', '3月') // → '2018-03'
 */
export function parseYearMonth(year: unknown, month: unknown): string | null {
  return ym(yearOrMonth(year), yearOrMonth(month));
}
