/**
 * The building blocks of the technical report (report-docx.ts): page geometry, fonts, headings,
 * body paragraphs, tables drawn from the pack's tables (numbers printed with `cellText` and the
 * column's format, so they read as in the workbook), figures scaled to the text width and the red
 * sample-data banner. Pure: builds `docx` objects, no file or DOM access.
 */
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { IStylesOptions } from 'docx';
import { cellText } from '../core/pack.ts';
import type { PackTable } from '../core/pack.ts';

/** A4 in twips (1/20 pt), portrait. */
export const A4 = { width: 11906, height: 16838 } as const;
/** Page margins in twips: 2.54 cm top and bottom, 3.17 cm left and right (landscape pages: 2 cm all round). */
export const MARGIN = { top: 1440, bottom: 1440, left: 1797, right: 1797, header: 851, footer: 851 } as const;
export const LANDSCAPE_MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } as const;
/** Width of the text in twips on a portrait page and on a landscape page. */
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
export const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

const LATIN = 'Times New Roman';
/** Body text: 宋体 for Chinese, Times New Roman for Latin letters and digits. */
export const BODY_FONT = { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: 'SimSun' } as const;
/** Headings and the cover: 黑体 for Chinese. */
export const HEADING_FONT = { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: 'SimHei' } as const;

const heading = (size: number, before: number) => ({
  run: { font: HEADING_FONT, size, bold: true, color: '000000' },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});

/** The document's styles: body 小四 (12 pt) 宋体, headings 黑体 at 16, 14 and 12 pt. */
export function reportStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: BODY_FONT, size: 24 }, paragraph: { spacing: { after: 120, line: 360 } } },
      heading1: heading(32, 360),
      heading2: heading(28, 240),
      heading3: heading(24, 200),
    },
  };
}

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** A heading of level 1–3 (its number is part of the text: 「2.1 数据清单」). */
export function headingPara(level: 1 | 2 | 3, text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: LEVELS[level - 1], children: [new TextRun(text)], pageBreakBefore });
}

/** A body paragraph; parts in `[bold, text]` pairs are printed bold. */
export function bodyPara(...parts: readonly (string | readonly [string, true])[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    children: parts.map((p) => (typeof p === 'string' ? new TextRun(p) : new TextRun({ text: p[0], bold: true }))),
  });
}

/** A note in italics and grey (a figure that is not there, a table with no rows). */
export function notePara(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, italics: true, color: '595959' })] });
}

/** A centred caption (「图 1  …」 below a figure, 「表 1  …」 above a table), 10.5 pt 黑体. */
export function captionPara(text: string, above = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER, keepNext: above, spacing: { before: above ? 120 : 60, after: above ? 60 : 200 },
    children: [new TextRun({ text, font: HEADING_FONT, size: 21 })],
  });
}

/** The red banner that says the data are illustrative: white bold text on red, the width of the text. */
export function bannerPara(text: string, size = 28): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240, line: 300 },
    shading: { type: ShadingType.CLEAR, fill: 'C00000', color: 'auto' },
    children: [new TextRun({ text, bold: true, color: 'FFFFFF', size, font: HEADING_FONT })],
  });
}

/** How a table is drawn: its width in twips, its font size in half-points, and columns in a smaller font. */
export interface TableLook {
  readonly widthTwips: number;
  readonly size: number;
  /** Column indices (of the pack table) printed in `smallSize`, e.g. the SHA-256 column. */
  readonly small?: readonly number[];
  readonly smallSize?: number;
}

const CELL_MARGINS = { top: 20, bottom: 20, left: 57, right: 57 } as const;
const CELL_SPACING = { before: 0, after: 0, line: 240 } as const;

/** One cell: its text as one paragraph, numbers right-aligned, the header bold on grey. */
function cell(text: string, width: number, size: number, kind: 'header' | 'text' | 'number'): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA }, margins: CELL_MARGINS,
    ...(kind === 'header' ? { shading: { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } } : {}),
    children: [new Paragraph({
      spacing: CELL_SPACING,
      alignment: kind === 'number' ? AlignmentType.RIGHT : kind === 'header' ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [new TextRun({ text, size, bold: kind === 'header' })],
    })],
  });
}

/**
 * A pack table as a Word table: the columns `pick` (all by default), widths in proportion to the
 * columns' character widths, the header row repeated on every page, every cell printed with
 * `cellText(value, column.numFmt)`.
 */
export function dataTable(table: PackTable, look: TableLook, pick?: readonly number[]): Table {
  const cols = pick ?? table.columns.map((_, i) => i);
  const total = cols.reduce((s, i) => s + (table.columns[i]?.width ?? 8), 0);
  const widths = cols.map((i) => Math.floor(((table.columns[i]?.width ?? 8) / total) * look.widthTwips));
  const sizeOf = (i: number) => (look.small?.includes(i) ? look.smallSize ?? look.size - 4 : look.size);
  const header = new TableRow({
    tableHeader: true, cantSplit: true,
    children: cols.map((i, k) => cell(table.columns[i]?.title ?? '', widths[k]!, look.size, 'header')),
  });
  const body = table.rows.map((row) => new TableRow({
    cantSplit: true,
    children: cols.map((i, k) => {
      const v = row[i] ?? null;
      return cell(cellText(v, table.columns[i]?.numFmt), widths[k]!, sizeOf(i), typeof v === 'number' ? 'number' : 'text');
    }),
  }));
  return new Table({
    rows: [header, ...body], columnWidths: widths, layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
  });
}

/** A small table of plain texts (first row the header), in the same look as `dataTable`. */
export function textTable(rows: readonly (readonly string[])[], widthTwips: number, size = 20): Table {
  const n = rows[0]?.length ?? 1;
  const w = Math.floor(widthTwips / n);
  return new Table({
    columnWidths: Array.from({ length: n }, () => w), layout: TableLayoutType.FIXED, width: { size: w * n, type: WidthType.DXA },
    rows: rows.map((r, j) => new TableRow({
      tableHeader: j === 0, cantSplit: true,
      children: r.map((t) => cell(t, w, size, j === 0 ? 'header' : /^[+\-−]?\d/.test(t) ? 'number' : 'text')),
    })),
  });
}

/** A PNG with its size in pixels, as the report places it. */
export interface FigureImage { readonly title: string; readonly png: Uint8Array; readonly widthPx: number; readonly heightPx: number }

/** Pixels (at 96 per inch, as `docx` measures drawings) in `twips`. */
const px = (twips: number) => Math.floor((twips / 1440) * 96);

/**
 * A figure and its caption below: the image scaled to `widthTwips` keeping its aspect ratio (and
 * smaller if it would be taller than `maxHeightTwips`).
 */
export function figureParas(image: FigureImage, caption: string, widthTwips = TEXT_WIDTH, maxHeightTwips = 12000): Paragraph[] {
  const aspect = image.heightPx > 0 && image.widthPx > 0 ? image.heightPx / image.widthPx : 0.75;
  let width = px(widthTwips);
  let height = Math.round(width * aspect);
  if (height > px(maxHeightTwips)) { height = px(maxHeightTwips); width = Math.round(height / aspect); }
  const picture = new ImageRun({ type: 'png', data: image.png, transformation: { width, height }, altText: { name: image.title, description: image.title, title: image.title } });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 0, line: 240 }, children: [picture] }),
    captionPara(caption),
  ];
}

const WORDS = {
  title: ['生态文明建设示范区 技术评估报告', 'Eco-civilisation demonstration zone — technical assessment report'],
  yearLine: ['{y} 年度', 'Year {y}'], dateLine: ['编制日期：{d}', 'Date: {d}'],
  banner: ['示意数据：本报告中的数据为示意数据，不是正式统计', 'Sample data: the figures in this report are illustrative, not official statistics'],
  sampleShort: ['示意数据', 'Sample data'], colon: ['：', ': '],
  h1: ['1 概述', '1 Overview'],
  summary: ['本报告评估 {n} 项指标：达标 {met} 项，未达标 {notMet} 项，数据不完整 {incomplete} 项，无数据或无目标 {other} 项。', 'Of the {n} indicators, {met} are met, {notMet} not met and {incomplete} incomplete; {other} have no value or no target.'],
  h2: ['2 数据与方法', '2 Data and methods'], h21: ['2.1 数据清单', '2.1 Data inventory'], h22: ['2.2 计算方法', '2.2 Methods'], h23: ['2.3 坐标系与面积', '2.3 Coordinate system and areas'],
  crs: ['坐标系 CGCS2000（与 WGS84 椭球参数相差极小）经纬度；面积为椭球面积（非球面、非投影平面面积）；叠加计算引擎：{e}。', 'Coordinates are CGCS2000 longitude and latitude (its ellipsoid differs from WGS84’s negligibly); areas are ellipsoidal areas (not spherical, not projected plane areas); overlays were computed by {e}.'],
  h3: ['3 结果', '3 Results'],
  result: ['现状值 {v}，目标 {t}，{s}。', 'Value {v} against a target of {t}: {s}.'],
  townsH: ['分乡镇（街道）结果', 'Results by town'], waterH: ['水质断面类别', 'Water-quality sections by class'], otherMaps: ['其他图件', 'Other maps'],
  classCol: ['类别', 'Class'], current: ['现状', 'Current'],
  viv: ['灭Ⅴ减Ⅳ增Ⅲ：{a}年至{b}年，劣Ⅴ类断面由 {v0} 个变为 {v1} 个（{dv}），Ⅳ类由 {i0} 个变为 {i1} 个（{di}），Ⅲ类及以上由 {g0} 个变为 {g1} 个（{dg}）。',
    '灭Ⅴ减Ⅳ增Ⅲ (eliminate V, reduce IV, increase III): from {a} to {b}, sections worse than class V went from {v0} to {v1} ({dv}), class IV from {i0} to {i1} ({di}), and class III or better from {g0} to {g1} ({dg}).'],
  vivNow: ['灭Ⅴ减Ⅳ增Ⅲ：现有劣Ⅴ类断面 {v1} 个，Ⅳ类 {i1} 个，Ⅲ类及以上 {g1} 个（无往年数据可比）。',
    '灭Ⅴ减Ⅳ增Ⅲ (eliminate V, reduce IV, increase III): {v1} sections are worse than class V, {i1} are class IV and {g1} class III or better (no earlier year to compare with).'],
  h4: ['4 问题与整改方向', '4 Problems and directions for improvement'],
  problem: ['现状值 {v}，目标 {t}。', 'value {v}, target {t}.'],
  pullDown: ['拉低该指标的乡镇（街道）：{list}。', 'Towns pulling it down: {list}.'],
  noProblems: ['全部指标均已达标。', 'Every indicator is met.'],
  problemsH: ['4.1 未达标指标', '4.1 Indicators not met'], failingH: ['4.2 未达到目标类别的断面', '4.2 Sections missing their target class'],
  failing: ['年均 {c} 类，目标 {t} 类；定类项目：{d}。', 'annual class {c}, target class {t}; deciding parameters: {d}.'],
  noFailing: ['所有断面均达到目标类别。', 'Every section meets its target class.'],
  appendix: ['附录 A 断面表', 'Appendix A  Sections'],
  figure: ['图 {n}  {t}', 'Figure {n}  {t}'], tableCaption: ['表 {n}  {t}', 'Table {n}  {t}'],
  page: ['第 {p} 页 / 共 {t} 页', 'Page {p} of {t}'],
  noMaps: ['本报告未附地图。', 'This report has no maps.'],
} as const;

/** A word or sentence of the report in the language, with `{x}` filled in. */
export function reportWord(lang: 'zh' | 'en', key: keyof typeof WORDS, params: Readonly<Record<string, string | number>> = {}): string {
  return WORDS[key][lang === 'zh' ? 0 : 1].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
