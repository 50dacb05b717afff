/**
 * Pieces of text shared by several messages of the catalog: positions and rings, hints that
 * recur, the section a spreadsheet row names, indexed params, sample problems.
 */
import type { Lang } from '../../format/format-number.ts';
import type { MessageDef, Open, Params } from './define.ts';

/** A param as text; '' when absent. */
export const s = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

/** `polygon` / `part 2`, and the ring: `polygon outer ring`, `part 2 hole 1`. */
export const partEn = (p: Params) => (p.part ? `part ${p.part}` : 'polygon');
/** `多边形` / `第 2 部分`. */
export const partZh = (p: Params) => (p.part ? `第 ${p.part} 部分` : '多边形');
/** `polygon outer ring`, `part 2 hole 1`. */
export const ringEn = (p: Params) => `${partEn(p)}${p.hole ? ` hole ${p.hole}` : ' outer ring'}`;
/** `多边形外环`, `第 2 部分第 1 个内环`. */
export const ringZh = (p: Params) => `${partZh(p)}${p.hole ? `第 ${p.hole} 个内环` : '外环'}`;

const REPROJECT_HINT_EN = 'Coordinates must be longitude/latitude in degrees (WGS84 or CGCS2000, EPSG:4326/4490). '
  + 'Data in metres (e.g. CGCS2000 Gauss-Krüger, EPSG:4549) must be reprojected first, e.g. in QGIS: Export → Save Features As… → CRS EPSG:4490.';
const REPROJECT_HINT_ZH = '坐标须为以度为单位的经纬度（WGS84 或 CGCS2000，EPSG:4326/4490）。'
  + '以米为单位的数据（如 CGCS2000 高斯-克吕格投影，EPSG:4549）须先转换坐标系，例如在 QGIS 中：导出 → 要素另存为… → 坐标系 EPSG:4490。';
const RANGE_HINT_EN = 'Longitude must be within −180…180 and latitude within −90…90; GeoJSON writes [longitude, latitude], so check for swapped or mistyped values.';
const RANGE_HINT_ZH = '经度须在 −180…180、纬度须在 −90…90 之间；GeoJSON 按 [经度, 纬度] 书写，请检查是否写反或录错。';

/** The hint for a bad position: reproject (projected), check the range (swapped, out of range), or `other`. */
export function positionHint(position: string | number | undefined, lang: Lang, other: string): string {
  if (position === 'position.projected') return lang === 'en' ? REPROJECT_HINT_EN : REPROJECT_HINT_ZH;
  if (position === 'position.swapped' || position === 'position.outOfRange') return lang === 'en' ? RANGE_HINT_EN : RANGE_HINT_ZH;
  return other;
}

/** The hint for an import in a coordinate system the app cannot read. */
export const IMPORT_REPROJECT_EN = 'Reproject it to EPSG:4490 or EPSG:4326, or to a CGCS2000 Gauss-Krüger zone (EPSG:4491–4554), e.g. in QGIS: Export → Save Features As… → CRS.';
/** The hint for an import in a coordinate system the app cannot read, in Chinese. */
export const IMPORT_REPROJECT_ZH = '请将其转换到 EPSG:4490 或 EPSG:4326，或 CGCS2000 高斯-克吕格投影带（EPSG:4491–4554），例如在 QGIS 中：导出 → 要素另存为… → 坐标系。';

/** The hint for an invalid geometry that was repaired for measuring. */
export const FIX_GEOMETRY_EN = 'Fix it in the source for exact results, e.g. QGIS "Fix geometries" or PostGIS ST_MakeValid.';
/** The hint for an invalid geometry that was repaired for measuring, in Chinese. */
export const FIX_GEOMETRY_ZH = '如需精确结果，请在源数据中修复，例如用 QGIS 的“修复几何图形”或 PostGIS 的 ST_MakeValid。';

/** GEOS's validity reasons (as PostGIS's ST_IsValidReason gives them) in Chinese. */
export const GEOS_REASON_ZH: Readonly<Record<string, string>> = {
  'Hole lies outside shell': '洞（内环）位于外环之外',
  'Holes are nested': '洞（内环）相互嵌套',
  'Interior is disconnected': '内部被洞分隔成不连通的几块',
  'Self-intersection': '自相交（边相互交叉或部分重叠）',
  'Ring Self-intersection': '环自相交（环在某个顶点处与自身接触）',
  'Nested shells': '多部件的外环相互嵌套',
  'Duplicate Rings': '有重复的环',
  'Too few distinct points in geometry component': '某部件的不同点太少',
  'Invalid Coordinate': '坐标无效',
  'Ring is not closed': '环未闭合',
};

/** How to write a sampling date in a monitoring spreadsheet. */
export const DATE_HINT_EN = 'Write dates as 2018-03-15, 2018/3/15, 2018.3.15 or 2018年3月15日 (or as Excel dates), with a month 1–12 and a day that exists in that month; with 年份 and 月份 columns, a year and a month 1–12.';
/** How to write a sampling date in a monitoring spreadsheet, in Chinese. */
export const DATE_HINT_ZH = '日期请写作 2018-03-15、2018/3/15、2018.3.15 或 2018年3月15日（也可用 Excel 日期），月份为 1–12，日须是该月实有的日子；用年份、月份两列时，写年份和 1–12 的月份。';

/** Which section a spreadsheet row names: `id W03, name 丰惠桥` ('' params are absent). */
export const sectionEn = (id: string | number | undefined, name: string | number | undefined) =>
  [...(s(id) ? [`id ${s(id)}`] : []), ...(s(name) ? [`name ${s(name)}`] : [])].join(', ') || 'no id or name';
/** The same in Chinese: `编号 W03，名称 丰惠桥`. */
export const sectionZh = (id: string | number | undefined, name: string | number | undefined) =>
  [...(s(id) ? [`编号 ${s(id)}`] : []), ...(s(name) ? [`名称 ${s(name)}`] : [])].join('，') || '无编号和名称';

/** Items given as indexed params (`row0`, `id0`, `row1`, …), in order. */
export function items(p: Params, first: string): number[] {
  const out: number[] = [];
  for (let i = 0; p[`${first}${i}`] !== undefined; i++) out.push(i);
  return out;
}

/**
 * A sample problem: `sample 2 has no valid "date"` (`sample 2: …` when `colon`), or, with a `row`
 * param (a spreadsheet row), `row 6: has no valid "date"`.
 */
export function sampleDef<P extends Params>(colon: boolean, example: Open<P>, en: (p: P) => string, zh: (p: P) => string, hintEn: (p: P) => string, hintZh: (p: P) => string): MessageDef<Open<P & { sample: number }>> {
  return {
    example: { sample: 1, ...example } as Open<P & { sample: number }>,
    en: (p) => (p.row !== undefined ? `row ${p.row}: ${en(p)}` : `sample ${p.sample}${colon ? ':' : ''} ${en(p)}`),
    zh: (p) => (p.row !== undefined ? `第 ${p.row} 行：${zh(p)}` : `第 ${p.sample} 个样品：${zh(p)}`),
    hintEn, hintZh,
  };
}

/** JavaScript type names (as the checks write them) in Chinese. */
export const TYPE_ZH: Readonly<Record<string, string>> = { list: '列表', boolean: '布尔值', object: '对象', bigint: '大整数', symbol: '符号', function: '函数', undefined: '未定义值' };
