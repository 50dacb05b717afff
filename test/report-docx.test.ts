/**
 * The technical report (技术报告.docx) written from the pack's tables of the bundled sample
 * (data/): unzipped, its word/document.xml read back: the summary table's rows hold each
 * indicator's name, value and status as the workbook prints them, the towns table its district
 * row, the appendix every section; maps go in as PNG media (or the note why there are none); the
 * English report has English headings.
 */
import path from 'node:path';
import { strFromU8, unzipSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { datasetReader } from '../src/cli/dataset-reader.ts';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { compareYears, computeReport, indicatorsByZone, loadYears } from '../src/core/compute.ts';
import { datasetInventory } from '../src/core/pack/inventory.ts';
import { cellText, packTables, packWord } from '../src/core/pack/pack-tables.ts';
import type { PackInput, PackTables } from '../src/core/pack/pack-tables.ts';
import { writeReportDocx } from '../src/pack/report-docx.ts';
import type { PackMap } from '../src/pack/report-docx.ts';

const read = datasetReader(path.resolve(import.meta.dirname, '..', 'data'), null);
const dataset = (await loadDataset(read)).dataset!;
const report = computeReport(dataset);
const yearReports = (await loadYears(read, dataset)).map((y) => ({ year: y.year, dataset: y.dataset!, report: computeReport(y.dataset!) }));
const years: PackInput['years'] = {
  values: yearReports.map((y) => ({ year: y.year, indicators: Object.fromEntries(y.report.indicators.map((i) => [i.id, typeof i.value === 'number' ? i.value : null])) })),
  comparison: yearReports.length > 1 ? compareYears(yearReports[0]!, yearReports.at(-1)!) : null,
};
const input: PackInput = { dataset, report, byTowns: indicatorsByZone(dataset, 'towns'), years, inventory: await datasetInventory(dataset, read), date: '2025-06-30', lang: 'zh' };
const zh = packTables(input);
const en = packTables({ ...input, lang: 'en', years: null });

/** A PNG of w × h pixels (RGB, one colour), written by hand: signature, IHDR, IDAT (zlib), IEND. */
function tinyPng(w: number, h: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (b: Uint8Array) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, w);
  new DataView(ihdr.buffer).setUint32(4, h);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = new Uint8Array(h * (1 + 3 * w));
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) raw.set([40, 140, 60], y * (1 + 3 * w) + 1 + 3 * x);
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  parts.reduce((at, p) => { png.set(p, at); return at + p.length; }, 0);
  return png;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join('');
const parts = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`, 'g'))].map((m) => m[0]);
/** Each table of the document as rows of cell texts. */
const tablesOf = (xml: string) => parts(xml, 'w:tbl').map((t) => parts(t, 'w:tr').map((r) => parts(r, 'w:tc').map(texts)));

async function docx(tables: PackTables, maps: readonly PackMap[], mapsNote?: string) {
  const files = unzipSync(await writeReportDocx(tables, maps, mapsNote === undefined ? {} : { mapsNote }));
  const xml = strFromU8(files['word/document.xml']!);
  const headers = Object.keys(files).filter((f) => /^word\/header\d*\.xml$/.test(f)).map((f) => texts(strFromU8(files[f]!))).join('\n');
  return { files, xml, text: texts(xml), tables: tablesOf(xml), headers };
}

const maps: PackMap[] = [
  { id: 'overview', title: '上虞区概况', png: tinyPng(4, 3), widthPx: 4, heightPx: 3, dpi: 96 },
  { id: 'forest', title: '森林覆盖', png: tinyPng(2, 2), widthPx: 2, heightPx: 2, dpi: 96 },
  { id: 'towns-forestCoverage', title: '各乡镇森林覆盖率', png: tinyPng(3, 4), widthPx: 3, heightPx: 4, dpi: 96 },
  { id: 'unheard-of', title: '其他地图', png: tinyPng(2, 1), widthPx: 2, heightPx: 1, dpi: 96 },
];
const withMaps = await docx(zh, maps);

describe('writeReportDocx (Chinese, with maps)', () => {
  it('prints every indicator in one row of the summary table: name, value and status as the workbook formats them', () => {
    const cols = zh.indicators.columns;
    const n = cols.length;
    const summary = withMaps.tables.find((t) => t[0]?.includes('指标名称') && t[0]?.includes('达标情况'))!;
    expect(summary[0]).toEqual(cols.slice(0, n - 2).map((c) => c.title));
    expect(summary).toHaveLength(zh.indicators.rows.length + 1);
    for (const row of zh.indicators.rows) {
      const tr = summary.find((r) => r[2] === row[2]);
      expect(tr, String(row[2])).toEqual(row.slice(0, n - 2).map((v, i) => cellText(v, cols[i]!.numFmt)));
      const value = tr![n - 4]!;
      if (typeof row[n - 4] === 'number') expect(value).toMatch(/^-?\d+\.\d\d$/); // the workbook's 0.00
      expect(tr![n - 3]).toMatch(/^(达标|未达标|不完整|无数据|无目标)$/);
    }
  });

  it('has the towns table with its district row, the class counts of both years and the sample banner', () => {
    const towns = withMaps.tables.find((t) => t[0]?.[0] === packWord('zh', 'town'))!;
    const district = zh.towns!.rows.at(-1)!;
    expect(towns.at(-1)).toEqual(district.map((v, i) => cellText(v, zh.towns!.columns[i]!.numFmt)));
    expect(towns.at(-1)![0]).toBe('全区');
    const counts = withMaps.tables.find((t) => t[0]?.join(' ') === '类别 I II III IV V 劣V')!;
    expect(counts.map((r) => r[0])).toEqual(['类别', '2016年', '2018年']);
    expect(withMaps.text).toContain('灭Ⅴ减Ⅳ增Ⅲ：2016年至2018年');
    expect(withMaps.text).toContain('示意数据：本报告中的数据为示意数据，不是正式统计');
    expect(withMaps.headers).toContain('示意数据');
  });

  it('numbers the tables in order and repeats every table’s header row on each page', () => {
    const numbers = [...withMaps.text.matchAll(/表 (\d+) {2}/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const tbls = parts(withMaps.xml, 'w:tbl');
    expect(tbls.length).toBeGreaterThanOrEqual(numbers.length);
    for (const t of tbls) expect(parts(t, 'w:tr')[0]).toMatch(/<w:tblHeader\/>/);
  });

  it('lists every section in the landscape appendix', () => {
    const at = withMaps.text.indexOf('附录 A 断面表');
    expect(at).toBeGreaterThan(0);
    for (const row of zh.sections.rows) expect(withMaps.text.slice(at)).toContain(String(row[0]));
    expect(withMaps.xml).toMatch(/w:orient="landscape"/);
  });

  it('embeds the maps as PNGs at the text width, keeping their aspect ratio, captioned in order', () => {
    expect(Object.keys(withMaps.files).filter((f) => /^word\/media\/.*\.png$/.test(f))).toHaveLength(4);
    const extents = [...withMaps.xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(extents.map(([cx, cy]) => Math.round((cy! / cx!) * 100) / 100)).toEqual([0.75, 1, 1.33, 0.5]);
    expect(new Set(extents.map(([cx]) => cx)).size).toBe(1); // 3 × 4 fits the page at the text width (8306 twips × 4/3 < 12000)
    const captions = ['图 1  上虞区概况', '图 2  森林覆盖', '图 3  各乡镇森林覆盖率', '图 4  其他地图'].map((c) => withMaps.text.indexOf(c));
    expect(captions.every((c, i) => c > (captions[i - 1] ?? 0))).toBe(true);
    expect(withMaps.text).not.toContain('本报告未附地图');
  });
});

describe('writeReportDocx without maps, and in English', () => {
  it('says once why there are no figures, and has no media', async () => {
    const note = '未生成地图：未找到 Chromium（apt-get install chromium fonts-noto-cjk）';
    const bare = await docx(zh, [], note);
    expect(Object.keys(bare.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
    expect(bare.text.split(note)).toHaveLength(2);
  });

  it('writes English headings, the English banner and the water gloss', async () => {
    const doc = await docx(en, maps.slice(0, 1));
    const headings = parts(doc.xml, 'w:p').filter((p) => /<w:pStyle w:val="Heading\d"\/>/.test(p)).map(texts);
    expect(headings).toContain('1 Overview');
    expect(headings).toContain('Appendix A  Sections');
    for (const h of headings) expect(h, h).not.toMatch(/[\u3400-\u9fff]/);
    expect(doc.text).toContain('Sample data: the figures in this report are illustrative, not official statistics');
    expect(doc.text).toContain('(eliminate V, reduce IV, increase III)');
    expect(doc.text).toContain('Figure 1  上虞区概况');
    for (const zhWord of ['概述', '数据与方法', '结果', '问题与整改方向', '附录']) expect(doc.text).not.toContain(zhWord);
  });
});
