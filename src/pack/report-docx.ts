/**
 * The technical report of the 技术评估 submission pack (技术报告.docx), from the pack's tables and
 * its map images: cover, 1 概述, 2 数据与方法, 3 结果 (each computed indicator with its maps, the
 * towns, the water sections by class, year against year), 4 问题与整改方向, and 附录 A 断面表 on
 * landscape pages. Runs in Node and in the browser: builds the document with `docx` and returns
 * its bytes; no file or DOM access.
 */
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { term } from '../core/index.ts';
import { cellText, packWord } from '../core/pack.ts';
import type { PackTable, PackTables } from '../core/pack.ts';
import { A4, bannerPara, bodyPara, captionPara, dataTable, figureParas, headingPara, HEADING_FONT, LANDSCAPE_MARGIN, LANDSCAPE_TEXT_WIDTH, MARGIN, notePara, reportStyles, reportWord, TEXT_WIDTH, textTable } from './docx-parts.ts';

/** A map image for the report: `id` places it (`overview`, `forest`, `towns-forestCoverage`, …), `title` is its caption. */
export interface PackMap { readonly id: string; readonly title: string; readonly png: Uint8Array; readonly widthPx: number; readonly heightPx: number; readonly dpi: number }

/**
 * The technical report (技术报告.docx) of the pack's tables, in `tables.lang`, as the bytes of a
 * .docx file. Maps are placed by id (see `PackMap`); a map of an id the report does not know goes
 * to the end of section 3. Without maps, the report says once, where the first figure would be,
 * why there are none (`options.mapsNote`).
 *
 * @example
 * const bytes = await writeReportDocx(packTables(input), [{ id: 'overview', title: '上虞区概况', png, widthPx: 1600, heightPx: 1200, dpi: 200 }]);
 */
export async function writeReportDocx(tables: PackTables, maps: readonly PackMap[], options: { readonly mapsNote?: string } = {}): Promise<Uint8Array> {
  const lang = tables.lang;
  const w = (k: Parameters<typeof reportWord>[1], p?: Readonly<Record<string, string | number>>) => reportWord(lang, k, p);
  const ctx: Ctx = { tables, maps, mapsNote: options.mapsNote ?? w('noMaps'), w, figures: 0, tablesN: 0, used: new Set() };
  const tableCaption = (title: string) => captionPara(w('tableCaption', { n: ++ctx.tablesN, t: title }), true);

  const cover: FileChild[] = [
    new Paragraph({ spacing: { before: 2800 }, children: [] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480 }, children: [new TextRun({ text: tables.district, font: HEADING_FONT, size: 52, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 1200 }, children: [new TextRun({ text: w('title'), font: HEADING_FONT, size: 40, bold: true })] }),
    ...(tables.year !== null ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: w('yearLine', { y: tables.year }), size: 32 })] })] : []),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 960 }, children: [new TextRun({ text: w('dateLine', { d: tables.date }), size: 28 })] }),
    ...(tables.sample ? [bannerPara(w('banner'))] : []),
  ];

  const ind = tables.indicators;
  const n = ind.columns.length;
  const s = tables.summary;
  const overview: FileChild[] = [
    headingPara(1, w('h1')),
    bodyPara(w('summary', { n: ind.rows.length, met: s.met, notMet: s.notMet, incomplete: s.incomplete, other: s.other })),
    tableCaption(ind.title),
    dataTable(ind, { widthTwips: TEXT_WIDTH, size: 18 }, ind.columns.map((_, i) => i).slice(0, n - 2)),
  ];

  const computed = computedRows(tables);
  const methods: FileChild[] = [
    headingPara(1, w('h2'), true),
    headingPara(2, w('h21')),
    tableCaption(tables.inventory.title),
    dataTable(tables.inventory, { widthTwips: TEXT_WIDTH, size: 15, small: [5], smallSize: 12 }),
    headingPara(2, w('h22')),
    ...computed.flatMap((r) => [
      bodyPara([`${r.name}${w('colon')}`, true], r.method),
      bodyPara([`${packWord(lang, 'source')}${w('colon')}`, true], r.source),
    ]),
    headingPara(2, w('h23')),
    bodyPara(w('crs', { e: tables.overlays })),
  ];

  const results = resultsPart(ctx, computed);
  const problems: FileChild[] = [headingPara(1, w('h4'), true), headingPara(2, w('problemsH')), ...problemsPart(ctx)];
  const appendix: FileChild[] = [
    headingPara(1, w('appendix')),
    tableCaption(tables.sections.title),
    dataTable(tables.sections, { widthTwips: LANDSCAPE_TEXT_WIDTH, size: 14 }),
  ];

  const headerText = tables.sample ? `${tables.district}  ${w('sampleShort')}` : tables.district;
  const header = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: headerText, size: 18, color: tables.sample ? 'C00000' : '595959', bold: tables.sample })] })] });
  const [before, between, after] = w('page').split(/\{[pt]\}/);
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 18, children: [before ?? '', PageNumber.CURRENT, between ?? '', PageNumber.TOTAL_PAGES, after ?? ''] })] })] });
  const portrait = { page: { size: { width: A4.width, height: A4.height }, margin: MARGIN } };

  const doc = new Document({
    title: `${tables.district} ${w('title')}`, creator: 'Shangyu Eco Map',
    styles: reportStyles(),
    sections: [
      { properties: portrait, children: cover },
      { properties: { ...portrait, page: { ...portrait.page, pageNumbers: { start: 1 } } }, headers: { default: header }, footers: { default: footer }, children: [...overview, ...methods, ...results, ...problems] },
      {
        properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN } },
        headers: { default: header }, footers: { default: footer }, children: appendix,
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

/** Section 4: each indicator not met with the towns that pull it down, then the sections that miss their target. */
function problemsPart(ctx: Ctx): FileChild[] {
  const { tables, w } = ctx;
  const lang = tables.lang;
  const valueFmt = tables.indicators.columns[tables.indicators.columns.length - 4]?.numFmt;
  const out: FileChild[] = [];
  if (tables.problems.length === 0) out.push(bodyPara(w('noProblems')));
  for (const p of tables.problems) {
    const value = `${cellText(p.value, valueFmt)}${unitSuffix(p.unit)}`;
    out.push(bodyPara([`${p.name}${w('colon')}`, true], w('problem', { v: value, t: `${p.target}${unitSuffix(p.unit)}` })));
    if (p.towns.length > 0) {
      const list = p.towns.map((t) => `${t.name} ${cellText(t.value, '0.00')}${unitSuffix(p.unit)}`).join(lang === 'zh' ? '、' : ', ');
      out.push(bodyPara(w('pullDown', { list })));
    }
  }
  out.push(headingPara(2, w('failingH')));
  if (tables.failingSections.length === 0) { out.push(bodyPara(w('noFailing'))); return out; }
  for (const f of tables.failingSections) {
    out.push(bodyPara([`${f.id} ${f.name}${w('colon')}`, true], w('failing', { c: f.cls || '—', t: f.target || '—', d: f.decisive || '—' })));
  }
  return out;
}

/** A unit after a number: `%` and `‰` close up, others after a space; none when empty. */
function unitSuffix(unit: string): string {
  if (!unit) return '';
  return /^[%‰]/.test(unit) ? unit : ` ${unit}`;
}

/** What the parts of the report share while it is written: the figure and table counters, the maps already placed. */
interface Ctx {
  readonly tables: PackTables;
  readonly maps: readonly PackMap[];
  readonly mapsNote: string;
  readonly w: (k: Parameters<typeof reportWord>[1], p?: Readonly<Record<string, string | number>>) => string;
  figures: number;
  tablesN: number;
  readonly used: Set<number>;
}

/** A computed indicator's row of the indicators table, with its id (when known) and its column in the towns table. */
interface ComputedRow { readonly id: string; readonly name: string; readonly row: PackTable['rows'][number]; readonly method: string; readonly source: string }

/** The map drawn for each computed indicator (each placed once, at its first indicator). */
const MAP_OF: Readonly<Record<string, string>> = {
  protectedShare: 'protected', forestCoverage: 'forest', parkGreenPerCapita: 'parks', parkServiceCoverage: 'parks',
  sectionsGoodRate: 'sections', functionZoneCompliance: 'sections', drinkingWaterCompliance: 'sections',
};

/** The computed indicators' rows (the tables say which rows are computed, and their ids). */
function computedRows(tables: PackTables): ComputedRow[] {
  const { rows, columns } = tables.indicators;
  const n = columns.length;
  return rows.flatMap((row, i): ComputedRow[] => {
    const info = tables.indicatorRows[i];
    if (info?.source !== 'computed') return [];
    return [{ id: info.id, name: String(row[2] ?? ''), row, method: cellText(row[n - 1] ?? null, undefined), source: cellText(row[n - 2] ?? null, undefined) }];
  });
}

/** The first unplaced map of an id as a figure (none when there is no such map). */
function place(ctx: Ctx, id: string): FileChild[] {
  const k = ctx.maps.findIndex((m, i) => m.id === id && !ctx.used.has(i));
  if (k < 0) return [];
  ctx.used.add(k);
  const map = ctx.maps[k]!;
  return figureParas(map, ctx.w('figure', { n: ++ctx.figures, t: map.title }));
}

/** Section 3: each computed indicator with its maps, the towns table, the sections by class, year against year, other maps. */
function resultsPart(ctx: Ctx, computed: readonly ComputedRow[]): FileChild[] {
  const { tables, w } = ctx;
  const lang = tables.lang;
  const cols = tables.indicators.columns;
  const n = cols.length;
  const caption = (t: string) => captionPara(w('tableCaption', { n: ++ctx.tablesN, t }), true);
  let sub = 0;
  const out: FileChild[] = [headingPara(1, w('h3'), true)];
  out.push(...(ctx.maps.length === 0 ? [notePara(ctx.mapsNote)] : place(ctx, 'overview')));
  for (const r of computed) {
    const unit = unitSuffix(cellText(r.row[3] ?? null, undefined).replace(/^—$/, ''));
    const status = tables.status[r.id] ?? cellText(r.row[n - 3] ?? null, undefined);
    out.push(headingPara(2, `3.${++sub} ${r.name}`));
    out.push(bodyPara(w('result', { v: `${cellText(r.row[n - 4] ?? null, cols[n - 4]?.numFmt)}${unit}`, t: `${cellText(r.row[4] ?? null, undefined)}${unit}`, s: status })));
    out.push(...place(ctx, MAP_OF[r.id] ?? ''), ...place(ctx, `towns-${r.id}`));
  }
  if (tables.towns) out.push(headingPara(2, `3.${++sub} ${w('townsH')}`), caption(tables.towns.title), dataTable(tables.towns, { widthTwips: TEXT_WIDTH, size: 16 }));

  const classes = ['I', 'II', 'III', 'IV', 'V', '劣V'];
  const { counts, earlier, year } = tables.classCounts;
  const rowOf = (label: string, c: Readonly<Record<string, number>>) => [label, ...classes.map((k) => String(c[k] ?? 0))];
  const yearLabel = (y: number | null) => (y === null ? w('current') : packWord(lang, 'yearCol', { y }));
  out.push(headingPara(2, `3.${++sub} ${w('waterH')}`), caption(w('waterH')));
  out.push(textTable([[w('classCol'), ...classes.map((k) => term(lang, k))], ...(earlier ? [rowOf(yearLabel(earlier.year), earlier.counts)] : []), rowOf(yearLabel(year), counts)], TEXT_WIDTH));
  const good = (c: Readonly<Record<string, number>>) => (c.I ?? 0) + (c.II ?? 0) + (c.III ?? 0);
  const now = { v1: counts['劣V'] ?? 0, i1: counts.IV ?? 0, g1: good(counts) };
  const d = (a: number, b: number) => cellText(b - a, '+0;-0;0');
  out.push(bodyPara(earlier
    ? w('viv', { a: earlier.year, b: year ?? '', v0: earlier.counts['劣V'] ?? 0, i0: earlier.counts.IV ?? 0, g0: good(earlier.counts), ...now, dv: d(earlier.counts['劣V'] ?? 0, now.v1), di: d(earlier.counts.IV ?? 0, now.i1), dg: d(good(earlier.counts), now.g1) })
    : w('vivNow', now)));

  if (tables.years) out.push(headingPara(2, `3.${++sub} ${tables.years.title}`), caption(tables.years.title), dataTable(tables.years, { widthTwips: TEXT_WIDTH, size: 18 }));
  const rest = ctx.maps.flatMap((m, i) => (ctx.used.has(i) ? [] : [m.id]));
  if (rest.length > 0) out.push(headingPara(2, `3.${sub + 1} ${w('otherMaps')}`), ...rest.flatMap((id) => place(ctx, id)));
  return out;
}
