/**
 * The sample dataset's monitoring spreadsheet (monitoring-2018.csv): the monthly samples of some
 * sections written as an environmental lab writes them — one row per section and sampling date,
 * Chinese parameter names with units, a fixed number of decimals per parameter, and a value below
 * the method's detection limit written as the limit followed by `L` (`0.01L`).
 */
import type { Feature, Point } from 'geojson';
import { seededRandom, textSeed } from './random.ts';

/** One column of the sheet: sample key, header, decimals written and the method's detection limit (same unit). */
interface SheetColumn {
  readonly key: string;
  readonly header: string;
  readonly decimals: number;
  /** Values below it are written `${limit}L`; absent where the method has none that matters here. */
  readonly limit?: number;
}

/**
 * Parameter columns in the order of GB 3838-2002 table 1, water temperature first, chlorophyll a and
 * Secchi depth last. Detection limits of the usual methods: CODMn GB 11892-89 (0.5), COD HJ 828-2017
 * (4), BOD5 HJ 505-2009 (0.5), NH3-N HJ 535-2009 (0.025), TP GB 11893-89 (0.01), TN HJ 636-2012
 * (0.05), F GB 7484-87 (0.05), Se/As/Hg HJ 694-2014 (0.0004/0.0003/0.00004), Cr(VI) GB 7467-87
 * (0.004), CN HJ 484-2009 isonicotinic acid–pyrazolone (0.004), volatile phenol HJ 503-2009
 * extraction (0.0003), petroleum HJ 970-2018 (0.01), LAS GB 7494-87 (0.05), sulfide GB/T 16489-1996
 * (0.005), chlorophyll a HJ 897-2017 (2 mg/m³); Cu, Zn, Cd, Pb by ICP-MS (HJ 700-2014), whose limits
 * lie far below the values here.
 */
const COLUMNS: readonly SheetColumn[] = [
  { key: 'temp', header: '水温(℃)', decimals: 1 },
  { key: 'pH', header: 'pH(无量纲)', decimals: 2 },
  { key: 'DO', header: '溶解氧(mg/L)', decimals: 2 },
  { key: 'CODMn', header: '高锰酸盐指数(mg/L)', decimals: 2, limit: 0.5 },
  { key: 'COD', header: '化学需氧量(mg/L)', decimals: 1, limit: 4 },
  { key: 'BOD5', header: '五日生化需氧量(mg/L)', decimals: 2, limit: 0.5 },
  { key: 'NH3N', header: '氨氮(mg/L)', decimals: 3, limit: 0.025 },
  { key: 'TP', header: '总磷(mg/L)', decimals: 3, limit: 0.01 },
  { key: 'TN', header: '总氮(mg/L)', decimals: 2, limit: 0.05 },
  { key: 'Cu', header: '铜(mg/L)', decimals: 3 },
  { key: 'Zn', header: '锌(mg/L)', decimals: 3 },
  { key: 'F', header: '氟化物(mg/L)', decimals: 2, limit: 0.05 },
  { key: 'Se', header: '硒(mg/L)', decimals: 4, limit: 0.0004 },
  { key: 'As', header: '砷(mg/L)', decimals: 4, limit: 0.0003 },
  { key: 'Hg', header: '汞(mg/L)', decimals: 5, limit: 0.00004 },
  { key: 'Cd', header: '镉(mg/L)', decimals: 4 },
  { key: 'Cr6', header: '六价铬(mg/L)', decimals: 3, limit: 0.004 },
  { key: 'Pb', header: '铅(mg/L)', decimals: 3 },
  { key: 'CN', header: '氰化物(mg/L)', decimals: 3, limit: 0.004 },
  { key: 'phenol', header: '挥发酚(mg/L)', decimals: 4, limit: 0.0003 },
  { key: 'oil', header: '石油类(mg/L)', decimals: 2, limit: 0.01 },
  { key: 'LAS', header: '阴离子表面活性剂(mg/L)', decimals: 2, limit: 0.05 },
  { key: 'S2', header: '硫化物(mg/L)', decimals: 3, limit: 0.005 },
  { key: 'fecalColiform', header: '粪大肠菌群(个/L)', decimals: 0 },
  { key: 'chla', header: '叶绿素a(mg/m³)', decimals: 1, limit: 2 },
  { key: 'SD', header: '透明度(m)', decimals: 2 },
];

/**
 * A value as the lab writes it: `${limit}L` below the detection limit, else with the column's
 * decimals (trailing zeros kept, as in a report: 0.020).
 *
 * @example labValue(0.004, 0.01, 2) // '0.01L'
 */
export function labValue(value: number, limit: number | undefined, decimals: number): string {
  return limit !== undefined && value < limit ? `${limit}L` : value.toFixed(decimals);
}

/**
 * Petroleum and volatile phenol at a section, month by month (from a generator seeded by the section
 * id): at clean sections both are mostly below detection, with a few months just above it.
 */
function traces(id: string): { oil: number; phenol: number }[] {
  const rand = seededRandom(textSeed(`traces ${id}`));
  return Array.from({ length: 12 }, () => {
    const oil = rand() < 0.7 ? 0.005 : Math.round((0.01 + 0.02 * rand()) * 100) / 100;
    const phenol = rand() < 0.75 ? 0.0001 : Math.round((0.0003 + 0.0008 * rand()) * 10000) / 10000;
    return { oil, phenol };
  });
}

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The monitoring spreadsheet of the given sections (with `id`, `name` and `samples`): CSV text, UTF-8
 * with a BOM (so that Excel opens it as UTF-8) and CRLF line ends, one row per sample, in date order
 * (a year's sheet grows month by month). Columns are 断面编号, 断面名称, 采样日期 and the parameters
 * any of the samples has; a parameter a section does not measure is left empty. Petroleum and
 * volatile phenol, where a section measures them, are replaced by mostly-below-detection values
 * (see `traces`). Returns the text and the number of data rows.
 */
export function monitoringCsv(sections: readonly Feature<Point>[]): { text: string; rows: number } {
  const rows: { id: string; name: string; sample: Record<string, unknown> }[] = [];
  for (const f of sections) {
    const id = String(f.properties!.id);
    const name = String(f.properties!.name);
    const drawn = traces(id);
    (f.properties!.samples as Record<string, unknown>[]).forEach((s, i) => {
      const unknown = Object.keys(s).filter((k) => k !== 'date' && !COLUMNS.some((c) => c.key === k));
      if (unknown.length) throw new Error(`monitoringCsv: no column for ${unknown.join(', ')}`);
      const sample = { ...s };
      if (typeof sample.oil === 'number') sample.oil = drawn[i]!.oil;
      if (typeof sample.phenol === 'number') sample.phenol = drawn[i]!.phenol;
      rows.push({ id, name, sample });
    });
  }
  rows.sort((a, b) => (a.sample.date as string).localeCompare(b.sample.date as string) || a.id.localeCompare(b.id));
  const columns = COLUMNS.filter((c) => rows.some((r) => typeof r.sample[c.key] === 'number'));
  const lines = [
    ['断面编号', '断面名称', '采样日期', ...columns.map((c) => c.header)],
    ...rows.map((r) => [r.id, r.name, String(r.sample.date), ...columns.map((c) => {
      const v = r.sample[c.key];
      return typeof v === 'number' ? labValue(v, c.limit, c.decimals) : '';
    })]),
  ];
  return { text: `\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`, rows: rows.length };
}
