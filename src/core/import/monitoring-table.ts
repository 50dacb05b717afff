/**
 * Monthly water-quality monitoring results kept by environment staff in a spreadsheet (.csv or
 * .xlsx), read into samples keyed like GB 3838 (`NH3N`, `TP`, …) and joined to monitoring sections.
 *
 * CSV is parsed by papaparse, .xlsx by read-excel-file's `universal` entry (fflate + a pure-JS XML
 * parser), so this module runs unchanged in Node, in a browser and in a Web Worker. Cell values are
 * kept as the lab wrote them (`0.05L`, `<0.01`, `ND` stay strings); only units are converted.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import type { DataIssue } from '../data/dataset.ts';
import { message } from '../i18n/messages.ts';
import type { Message } from '../i18n/messages.ts';
import { GB3838_PARAMETERS } from '../water/gb3838-limits.ts';
import { cleanDecimal } from '../water/section-evaluation.ts';
import type { Sample } from '../water/section-evaluation.ts';

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

/** Most data rows (below the header) a sheet may have; larger sheets are refused. */
export const MAX_MONITORING_ROWS = 200_000;

/** Row problems of one kind reported one by one; beyond this they are summed up in one issue. */
const MAX_ROW_ISSUES = 20;
/** Rows listed by name in the "match no section" warning. */
const MAX_LISTED_ROWS = 10;

// ---------------------------------------------------------------------------------------------
// Column names

const ID_NAMES = ['断面编号', 'id', '编号', '断面代码'];
const NAME_NAMES = ['断面名称', 'name', '断面'];
const DATE_NAMES = ['采样日期', '监测日期', '监测时间', '采样时间', '日期', 'date', 'sampling date'];
const YEAR_NAMES = ['年', '年份', 'year'];
const MONTH_NAMES = ['月', '月份', 'month'];

/**
 * Parameters by sample key (the keys of gb3838-limits.ts), the unit their values are kept in, and
 * the header names they are recognised by (compared after `nameKey`). The names of
 * GB3838_PARAMETERS are added to these, and parameters only listed there are recognised too.
 */
const PARAMETERS: readonly { readonly key: string; readonly unit: string; readonly names: readonly string[] }[] = [
  { key: 'pH', unit: '', names: ['pH', 'pH值', '酸碱度'] },
  { key: 'DO', unit: 'mg/L', names: ['溶解氧', 'DO', 'dissolved oxygen'] },
  { key: 'CODMn', unit: 'mg/L', names: ['高锰酸盐指数', 'CODMn', 'COD-Mn', 'permanganate index'] },
  { key: 'COD', unit: 'mg/L', names: ['化学需氧量', 'COD', 'CODCr', 'chemical oxygen demand'] },
  { key: 'BOD5', unit: 'mg/L', names: ['五日生化需氧量', '生化需氧量', 'BOD5', 'BOD₅', 'BOD', 'biochemical oxygen demand'] },
  { key: 'NH3N', unit: 'mg/L', names: ['氨氮', 'NH3-N', 'NH₃-N', 'NH4-N', 'NH4+-N', 'ammonia nitrogen', 'ammonia'] },
  { key: 'TP', unit: 'mg/L', names: ['总磷', 'TP', 'total phosphorus'] },
  { key: 'TN', unit: 'mg/L', names: ['总氮', 'TN', 'total nitrogen'] },
  { key: 'Cu', unit: 'mg/L', names: ['铜', 'Cu', 'copper'] },
  { key: 'Zn', unit: 'mg/L', names: ['锌', 'Zn', 'zinc'] },
  { key: 'F', unit: 'mg/L', names: ['氟化物', 'F', 'F-', 'fluoride'] },
  { key: 'Se', unit: 'mg/L', names: ['硒', 'Se', 'selenium'] },
  { key: 'As', unit: 'mg/L', names: ['砷', 'As', 'arsenic'] },
  { key: 'Hg', unit: 'mg/L', names: ['汞', 'Hg', 'mercury'] },
  { key: 'Cd', unit: 'mg/L', names: ['镉', 'Cd', 'cadmium'] },
  { key: 'Cr6', unit: 'mg/L', names: ['六价铬', '铬(六价)', 'Cr6', 'Cr6+', 'Cr(VI)', 'chromium(VI)', 'hexavalent chromium'] },
  { key: 'Pb', unit: 'mg/L', names: ['铅', 'Pb', 'lead'] },
  { key: 'CN', unit: 'mg/L', names: ['氰化物', 'CN', 'CN-', 'cyanide'] },
  { key: 'phenol', unit: 'mg/L', names: ['挥发酚', '挥发性酚', 'volatile phenol', 'volatile phenols', 'phenol'] },
  { key: 'oil', unit: 'mg/L', names: ['石油类', 'petroleum', 'oil'] },
  { key: 'LAS', unit: 'mg/L', names: ['阴离子表面活性剂', 'LAS', 'anionic surfactant', 'anionic surfactants'] },
  { key: 'S2', unit: 'mg/L', names: ['硫化物', 'S2-', 'sulfide', 'sulphide'] },
  { key: 'fecalColiform', unit: '个/L', names: ['粪大肠菌群', '粪大肠杆菌', 'fecal coliform', 'faecal coliform', 'fecal coliforms', 'faecal coliforms'] },
  { key: 'temp', unit: '℃', names: ['水温', 'temp', 'temperature', 'water temperature'] },
  { key: 'chla', unit: 'mg/m³', names: ['叶绿素a', '叶绿素 a', '叶绿素', 'Chl-a', 'chlorophyll a', 'chlorophyll-a'] },
  { key: 'SD', unit: 'm', names: ['透明度', 'SD', 'transparency', 'Secchi depth'] },
];

type Role =
  | { readonly kind: 'id' | 'name' | 'date' | 'year' | 'month' }
  | { readonly kind: 'parameter'; readonly key: string; readonly unit: string };
type ParameterRole = Extract<Role, { kind: 'parameter' }>;

/** The form header names are compared in: NFKC (full-width → ASCII, ₃ → 3), lower case, no spaces, `-`, `_`, `·`. */
function nameKey(s: string): string {
  return unifyBrackets(s).toLowerCase().replace(/[\s\-_·.]+/g, '');
}

/** NFKC, and 【】〔〕 as round brackets (NFKC already maps （）［］｛｝). */
function unifyBrackets(s: string): string {
  return s.normalize('NFKC').replace(/[【〔]/g, '(').replace(/[】〕]/g, ')');
}

/** Header name → role. A Map, so that a header such as `constructor` is just an unknown name. */
const ROLES: ReadonlyMap<string, Role> = (() => {
  const m = new Map<string, Role>();
  const add = (names: readonly string[], role: Role) => {
    for (const n of names) if (!m.has(nameKey(n))) m.set(nameKey(n), role);
  };
  add(ID_NAMES, { kind: 'id' });
  add(NAME_NAMES, { kind: 'name' });
  add(DATE_NAMES, { kind: 'date' });
  add(YEAR_NAMES, { kind: 'year' });
  add(MONTH_NAMES, { kind: 'month' });
  const known = new Set(PARAMETERS.map((p) => p.key));
  const all = [...PARAMETERS, ...GB3838_PARAMETERS.filter((p) => !known.has(p.key)).map((p) => ({ key: p.key, unit: p.unit, names: [] }))];
  for (const p of all) {
    const limits = GB3838_PARAMETERS.find((q) => q.key === p.key);
    add([...p.names, p.key, ...(limits ? [limits.nameZh, limits.nameEn] : [])], { kind: 'parameter', key: p.key, unit: p.unit });
  }
  return m;
})();

// ---------------------------------------------------------------------------------------------
// Units

type Dimension = 'mass' | 'count' | 'length' | 'temperature' | 'none';
interface Unit { readonly dim: Dimension; readonly scale: number }

/** Units by `unitKey`; `scale` in ng/L, 个/L, mm, °C. μg/L and mg/m³ are the same. */
const UNITS: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ...(['ng/l'] as const).map((u) => [u, { dim: 'mass', scale: 1 }] as const),
  ...['μg/l', 'ug/l', 'μg·l-1', 'μgl-1', 'mg/m3', '微克/升'].map((u) => [u, { dim: 'mass', scale: 1e3 }] as const),
  ...['mg/l', 'mg·l-1', 'mgl-1', 'g/m3', '毫克/升'].map((u) => [u, { dim: 'mass', scale: 1e6 }] as const),
  ...['g/l'].map((u) => [u, { dim: 'mass', scale: 1e9 }] as const),
  ...['个/l', 'cfu/l', 'mpn/l'].map((u) => [u, { dim: 'count', scale: 1 }] as const),
  ...['个/100ml', 'cfu/100ml', 'mpn/100ml'].map((u) => [u, { dim: 'count', scale: 10 }] as const),
  ...['个/ml', 'cfu/ml', 'mpn/ml'].map((u) => [u, { dim: 'count', scale: 1000 }] as const),
  ...['mm', '毫米'].map((u) => [u, { dim: 'length', scale: 1 }] as const),
  ...['cm', '厘米'].map((u) => [u, { dim: 'length', scale: 10 }] as const),
  ...['m', '米'].map((u) => [u, { dim: 'length', scale: 1000 }] as const),
  ...['°c', '度', '摄氏度'].map((u) => [u, { dim: 'temperature', scale: 1 }] as const),
  ...['', '无量纲', '无', 'dimensionless', '-'].map((u) => [u, { dim: 'none', scale: 1 }] as const),
]);

/** The form units are compared in: NFKC (µ → μ, ℃ → °C, ³ → 3), lower case, no spaces, any minus as `-`. */
function unitKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/[−–—]/g, '-');
}

/** How to bring a column's values to the parameter's unit: multiply by `from`, divide by `to`. */
interface Conversion { readonly from: number; readonly to: number }

/** Header split into a name and a stated unit: `氨氮(mg/L)`, `氨氮【mg/L】`, `NH3-N mg/L`. Whole name first, since `铬(六价)` has brackets of its own. */
function headerCandidates(header: string): { name: string; unit: string | null }[] {
  const h = unifyBrackets(header).trim();
  const out: { name: string; unit: string | null }[] = [{ name: h, unit: null }];
  const bracket = /^(.*\S)\s*[([{]([^()[\]{}]*)[)\]}]$/.exec(h);
  if (bracket) out.push({ name: bracket[1]!, unit: bracket[2]!.trim() });
  const spaced = /^(.*\S)\s+(\S+)$/.exec(h);
  if (spaced && UNITS.has(unitKey(spaced[2]!))) out.push({ name: spaced[1]!, unit: spaced[2]! });
  return out;
}

interface Column<R extends Role = Role> { readonly index: number; readonly header: string; readonly role: R; readonly conversion: Conversion | null }
const isParameter = (c: Column): c is Column<ParameterRole> => c.role.kind === 'parameter';

/** The role of a header, with the unit it states (null when none), or null for an unknown header. */
function classifyHeader(header: string): { role: Role; unit: string | null } | null {
  for (const c of headerCandidates(header)) {
    const role = ROLES.get(nameKey(c.name));
    if (role) return { role, unit: c.unit };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Cells

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Trimmed text of a cell (numbers as written by JavaScript: 1001 → "1001"); null when empty. */
function cellText(v: unknown): string | null {
  if (isEmpty(v)) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** A cell as written, for a message: at most 20 characters. */
function shown(v: unknown): string {
  const t = v instanceof Date ? (Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString()) : String(v).trim();
  return t.length > 20 ? `${t.slice(0, 20)}…` : t;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** A cell's value as the lab wrote it: numbers (also numeric text) as numbers, other text trimmed; null when empty. */
function cellValue(v: unknown): unknown {
  if (isEmpty(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') {
    const t = v.trim();
    const n = t.normalize('NFKC');
    if (NUMBER.test(n)) return Number(n);
    if (THOUSANDS.test(n)) return Number(n.replace(/,/g, ''));
    return t;
  }
  if (v instanceof Date) return cellText(v);
  return v;
}

/**
 * Below-detection notations whose number is a value in the column's unit (prefix, number, suffix):
 * `0.05L`, `<0.01`, `≤0.01`, `ND(0.01)`, `ND<0.01`, `未检出(0.01)`, `未检出<0.01`.
 */
const DETECTION_NOTATIONS: readonly RegExp[] = [
  /^()(\d+\.?\d*|\.\d+)(\s*L)$/i,
  /^([<≤]\s*)(\d+\.?\d*|\.\d+)()$/,
  /^((?:ND|N\.D\.|未检出)\s*\(\s*)(\d+\.?\d*|\.\d+)(\s*\))$/i,
  /^((?:ND|N\.D\.|未检出)\s*<\s*)(\d+\.?\d*|\.\d+)()$/i,
];

/**
 * A value in another unit: numbers, and the number inside a below-detection notation (`4L` μg/L →
 * `0.004L` mg/L; the notation is kept for the module that reads it); other text (`ND`) unchanged.
 */
function convert(v: unknown, c: Conversion): unknown {
  if (typeof v === 'number') return cleanDecimal((v * c.from) / c.to);
  if (typeof v !== 'string') return v;
  const s = v.normalize('NFKC');
  for (const re of DETECTION_NOTATIONS) {
    const m = re.exec(s);
    if (m) return `${m[1]}${cleanDecimal((Number(m[2]) * c.from) / c.to)}${m[3]}`;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Dates

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
 */
function parseDate(v: unknown): string | null {
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

// ---------------------------------------------------------------------------------------------
// Reading

function issue(severity: 'error' | 'warning', file: string, m: Message, featureId?: string | null): DataIssue {
  return { severity, file, ...m, ...(featureId ? { featureId } : {}) };
}

const ACCEPTED = {
  id: ID_NAMES.join(', '),
  name: NAME_NAMES.join(', '),
  date: DATE_NAMES.join(', '),
};

type Grid = readonly (readonly unknown[])[];
type Read = { table: MonitoringTable | null; issues: DataIssue[] };

/** Decodes CSV bytes: UTF-16 by its BOM, UTF-8 when valid (BOM dropped), else GBK. */
function decode(bytes: Uint8Array): { text: string; encoding: NonNullable<MonitoringTable['encoding']> } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}

function parseCsv(file: string, bytes: Uint8Array, issues: DataIssue[]): { grid: Grid; encoding: NonNullable<MonitoringTable['encoding']>; truncated: boolean } | null {
  const { text, encoding } = decode(bytes);
  if (text.includes('\u0000')) {
    issues.push(issue('error', file, message('table.binary', {})));
    return null;
  }
  const limit = MAX_MONITORING_ROWS + 1000;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, preview: limit });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) {
    issues.push(issue('warning', file, message('table.unmatchedQuote', { row: (quote.row ?? 0) + 1 })));
  }
  return { grid: parsed.data, encoding, truncated: parsed.data.length >= limit };
}

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
export async function readMonitoringTable(file: string, bytes: Uint8Array): Promise<Read> {
  const issues: DataIssue[] = [];
  try {
    const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
    if (bytes.length === 0) {
      return { table: null, issues: [issue('error', file, message('table.empty', {}))] };
    }
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
      return { table: null, issues: [issue('error', file, message('table.xls', {}))] };
    }
    if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
      let grid: Grid;
      try {
        // A copy of exactly these bytes (a Node Buffer may be a view into a larger pool).
        grid = await readSheet(new Uint8Array(bytes).buffer);
      } catch (e) {
        // read-excel-file's errors carry a code (INVALID_ZIP, FILE_NOT_SUPPORTED) or a name; neither quotes the file.
        const reason = e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : e instanceof Error ? e.name : '';
        return { table: null, issues: [issue('error', file, message('table.badXlsx', { reason }))] };
      }
      return build(file, grid, undefined, false, issues);
    }
    if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls') {
      return { table: null, issues: [issue('error', file, message('table.notWorkbook', { ext }))] };
    }
    if (ext !== 'csv' && ext !== 'txt' && ext !== 'tsv') {
      return { table: null, issues: [issue('error', file, message('table.unsupportedType', { ext }))] };
    }
    const csv = parseCsv(file, bytes, issues);
    if (!csv) return { table: null, issues };
    return build(file, csv.grid, csv.encoding, csv.truncated, issues);
  } catch (e) {
    const name = e instanceof Error ? e.name : 'error';
    return { table: null, issues: [...issues, issue('error', file, message('table.unreadable', { name }))] };
  }
}

/** Up to 20 names (each cut to 30 characters) for a message, and how many more there are. */
const listed = (names: readonly string[]) => ({
  names: names.slice(0, 20).map((n) => (n.length > 30 ? `${n.slice(0, 30)}…` : n)).join(', '),
  more: Math.max(0, names.length - 20),
});

/** Columns of the header row, and warnings about units, duplicates and unknown names. */
function readHeader(file: string, header: readonly unknown[], issues: DataIssue[]): Column[] {
  const columns: Column[] = [];
  const unknown: string[] = [];
  const taken = new Map<string, string>();
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === null) return;
    const found = classifyHeader(text);
    if (!found) {
      unknown.push(text);
      return;
    }
    const { role, unit } = found;
    const slot = role.kind === 'parameter' ? role.key : role.kind;
    const first = taken.get(slot);
    if (first !== undefined) {
      issues.push(issue('warning', file, message('table.duplicateColumn', { first, second: text, slot })));
      return;
    }
    taken.set(slot, text);
    let conversion: Conversion | null = null;
    if (role.kind === 'parameter' && unit !== null && unitKey(unit) !== unitKey(role.unit)) {
      const stated = UNITS.get(unitKey(unit));
      const expected = UNITS.get(unitKey(role.unit));
      if (stated && expected && stated.dim === expected.dim) {
        if (stated.scale !== expected.scale) conversion = { from: stated.scale, to: expected.scale };
      } else {
        issues.push(issue('warning', file, message('table.unitMismatch', { header: text, unit, expected: role.unit, key: role.key, base: text.replace(/\s*[([{（【].*$/, '') })));
      }
    }
    columns.push({ index, header: text, role, conversion });
  });
  if (unknown.length) {
    issues.push(issue('warning', file, message('table.unknownColumns', { count: unknown.length, ...listed(unknown) })));
  }
  return columns;
}

/** The table from a grid of cells (rows of the sheet, the first being spreadsheet row 1). */
function build(file: string, grid: Grid, encoding: MonitoringTable['encoding'], truncated: boolean, issues: DataIssue[]): Read {
  const enc = encoding ? { encoding } : {};
  let last = grid.length;
  while (last > 0 && grid[last - 1]!.every(isEmpty)) last--;
  const nonEmpty: number[] = [];
  for (let r = 0; r < last && nonEmpty.length < 10; r++) if (!grid[r]!.every(isEmpty)) nonEmpty.push(r);
  if (nonEmpty.length === 0) {
    issues.push(issue('error', file, message('table.noRows', {})));
    return { table: null, issues };
  }
  const hasSection = (r: number) => grid[r]!.some((c) => {
    const t = cellText(c);
    const kind = t === null ? undefined : classifyHeader(t)?.role.kind;
    return kind === 'id' || kind === 'name';
  });
  const h = nonEmpty.find(hasSection) ?? nonEmpty[0]!;
  if (truncated || last - h - 1 > MAX_MONITORING_ROWS) {
    issues.push(issue('error', file, message('table.tooManyRows', { max: MAX_MONITORING_ROWS })));
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
    issues.push(issue('error', file, message('table.noSectionColumn', { row: h + 1, ids: ACCEPTED.id, names: ACCEPTED.name })));
  }
  if (!dateCol && !(yearCol && monthCol)) {
    usable = false;
    issues.push(issue('error', file, message('table.noDateColumn', { row: h + 1, alone: (yearCol ?? monthCol)?.header ?? '', dates: ACCEPTED.date })));
  }
  if (!usable) return { table: null, issues };
  const parameters = columns.filter(isParameter);
  if (parameters.length === 0) {
    issues.push(issue('warning', file, message('table.noParameters', {})));
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
      date = written === null ? null : ym(yearOrMonth(y), yearOrMonth(m));
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
    issues.push(issue('error', file, message('table.rowNoDate', { row: b.row, id: b.id ?? '', name: b.name ?? '', written: b.written ?? '' }), b.id ?? b.name));
  }
  if (bad.length > MAX_ROW_ISSUES) {
    issues.push(issue('error', file, message('table.moreRowsNoDate', { count: bad.length - MAX_ROW_ISSUES, first: bad[MAX_ROW_ISSUES]!.row, last: bad[bad.length - 1]!.row })));
  }
  const columnsByKey = new Map<string, string>();
  columnsByKey.set('date', dateCol ? dateCol.header : `${yearCol!.header} + ${monthCol!.header}`);
  for (const c of parameters) columnsByKey.set(c.role.key, c.header);
  return { table: { file, rows, columns: Object.fromEntries(columnsByKey), ...enc }, issues };
}

// ---------------------------------------------------------------------------------------------
// Joining

const trimmed = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Joins the rows of a monitoring table to sections: a row goes to the section whose id equals its
 * id (trimmed text; leading zeros count), else to the section whose name equals its name. Rows that
 * match no section are listed in one warning. Returns each matched section's samples (by index into
 * `sections`, in index order), sorted by date; the table is not changed.
 *
 * @example
 *   joinSamples(table, [{ id: 'W01', name: '曹娥江大桥' }]).samples.get(0) // → [{ date: '2018-02-08', … }, …]
 */
export function joinSamples(
  table: MonitoringTable,
  sections: readonly { readonly id: string | null; readonly name: string | null }[],
): { samples: Map<number, Sample[]>; issues: DataIssue[] } {
  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  sections.forEach((s, i) => {
    const id = trimmed(s.id);
    const name = trimmed(s.name);
    if (id && !byId.has(id)) byId.set(id, i);
    if (name && !byName.has(name)) byName.set(name, i);
  });
  const found = new Map<number, Sample[]>();
  const unmatched: MonitoringRow[] = [];
  for (const r of table.rows) {
    const id = trimmed(r.id);
    const name = trimmed(r.name);
    const i = (id ? byId.get(id) : undefined) ?? (name ? byName.get(name) : undefined);
    if (i === undefined) {
      unmatched.push(r);
      continue;
    }
    const list = found.get(i) ?? [];
    list.push(r.sample);
    found.set(i, list);
  }
  const samples = new Map<number, Sample[]>();
  for (const i of [...found.keys()].sort((a, b) => a - b)) {
    samples.set(i, found.get(i)!.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
  }
  const issues: DataIssue[] = [];
  if (unmatched.length) {
    const n = unmatched.length;
    // The rows listed as indexed params (row0, id0, name0, …), so either language can list them.
    const rows = unmatched.slice(0, MAX_LISTED_ROWS).flatMap((r, i): [string, string | number][] => [[`row${i}`, r.row], [`id${i}`, r.id ?? ''], [`name${i}`, r.name ?? '']]);
    issues.push(issue('warning', table.file, message('table.unmatchedRows', { count: n, more: Math.max(0, n - MAX_LISTED_ROWS), ...Object.fromEntries(rows) })));
  }
  return { samples, issues };
}
