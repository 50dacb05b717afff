import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/core/data/dataset.ts';
import type { DataIssue, MissingInput } from '../src/core/data/dataset.ts';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { mergeSampleTable } from '../src/core/data/merge-samples.ts';
import { computeReport, describeMissing } from '../src/core/indicators/compute-report.ts';
import { isMessageCode, localizeIssue, localizeIssueLine, localizeReason, localizeWarning, message, MESSAGES } from '../src/core/i18n/messages.ts';
import type { MessageDef, Params } from '../src/core/i18n/messages.ts';
import { fixtureReader, FIXTURES } from './helpers/read-fixture.ts';

const CJK = /[\u4e00-\u9fff]/;
/** English words that must not be left in a Chinese text (once the params, which are data, are taken out). */
const ENGLISH = /\b(the|is|are|has|have|not|was|were|of|and|or|no|be|it|its|this|that|with|which|must)\b/i;
const defs = Object.entries(MESSAGES) as [string, MessageDef<Params>][];

/** The text without the params' values (data, inserted as they are) and JSON or code snippets. */
function withoutData(text: string, p: Params): string {
  let t = text;
  for (const v of Object.values(p).sort((a, b) => String(b).length - String(a).length)) if (String(v) !== '') t = t.split(String(v)).join(' ');
  return t.replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, ' ').replace(/"[^"]*"/g, ' ').replace(/\([^()]*\)/g, ' ');
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const point = (properties: Record<string, unknown>) => ({ type: 'Feature' as const, properties, geometry: { type: 'Point' as const, coordinates: [120.05, 30.05] } });
const sections = [point({ id: 'W01', name: '曹娥江大桥' }), point({ id: 'W02', name: '百官渡口' }), point({ id: 'W03', name: '丰惠桥' })];

/** Every issue and missing input of loading test/fixtures/invalid and merging the monitoring fixtures (and a bad row). */
async function realIssues(): Promise<{ issues: DataIssue[]; missing: MissingInput[] }> {
  const loaded = await loadDataset(fixtureReader('invalid'));
  const issues = [...loaded.issues];
  const missing = [...(loaded.dataset?.missing ?? [])];
  const sheets: [string, Uint8Array][] = await Promise.all(['utf8-bom.csv', 'gbk-year-month.csv', 'quarter3.xlsx']
    .map(async (f): Promise<[string, Uint8Array]> => [f, new Uint8Array(await readFile(path.join(FIXTURES, 'monitoring', f)))]));
  sheets.push(['bad-row.csv', utf8('id,date,pH,NH3N\nW01,2018-01-10,15,ND\nW01,2018-02-10,7,-1\n')]);
  for (const [file, bytes] of sheets) {
    const m = await mergeSampleTable(sections, file, bytes);
    issues.push(...m.issues);
    missing.push(...m.missing);
  }
  return { issues, missing };
}

describe('the message catalog', () => {
  it('renders every message in both languages from its example params; the Chinese is Chinese', () => {
    expect(defs.length).toBeGreaterThan(100);
    for (const [code, d] of defs) {
      for (const k of ['detail', 'position'] as const) if (d.example[k] !== undefined) expect(isMessageCode(d.example[k]), `${code}: ${k}`).toBe(true);
      const en = d.en(d.example);
      const zh = d.zh(d.example);
      for (const t of [en, zh]) {
        expect(t.length, code).toBeGreaterThan(0);
        expect(t, code).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(zh, code).toMatch(CJK);
      expect(withoutData(zh, d.example), `${code}: ${zh}`).not.toMatch(ENGLISH);
      expect(d.hintEn === undefined, `${code}: a hint in one language only`).toBe(d.hintZh === undefined);
      if (d.hintEn && d.hintZh) {
        expect(d.hintEn(d.example), code).not.toMatch(/undefined|NaN|\[object/);
        const hint = d.hintZh(d.example);
        expect(hint, code).toMatch(CJK);
        expect(withoutData(hint, d.example), `${code}: ${hint}`).not.toMatch(ENGLISH);
      }
    }
  });

  it('builds the English message and hint with its code and params', () => {
    expect(message('layer.notFound', { layer: 'towns' })).toEqual({
      code: 'layer.notFound', params: { layer: 'towns' },
      message: 'was not found (named for layer "towns" in manifest.json)',
      hint: 'Put the file beside manifest.json, or correct its name in manifest.json.',
    });
    expect(message('missing.noLayer', { role: 'redLines' })).toMatchObject({ message: 'names no "redLines" layer', hint: '' });
  });

  it('falls back to the issue\'s own text without a code of the catalog', () => {
    const plain: DataIssue = { severity: 'error', file: 'a.zip', message: 'could not be imported (x)', hint: 'Check the file.' };
    expect(localizeIssue(plain, 'zh')).toEqual({ message: plain.message, hint: plain.hint });
    expect(localizeIssue({ ...plain, code: 'no.such.code', params: {} }, 'zh')).toEqual({ message: plain.message, hint: plain.hint });
    expect(localizeReason({ layer: 'sections', file: 'm.csv', reason: 'was lost' }, 'zh')).toBe('was lost');
  });
});

describe('issues of real files', () => {
  it('give back their English in English and read as Chinese in Chinese', async () => {
    const { issues } = await loadDataset(fixtureReader('invalid'));
    const find = (file: string, re: RegExp) => issues.find((i) => i.file === file && re.test(i.message))!;
    const line = find('red-lines.geojson', /geometry type LineString/);
    expect(localizeIssue(line, 'en')).toEqual({ message: line.message, hint: line.hint });
    expect(localizeIssue(line, 'zh')).toEqual({
      message: '几何类型为 LineString，但该图层需要 Polygon 或 MultiPolygon',
      hint: '请把该要素放到几何类型相符的图层中，或在加载前转换（例如把线转为面）。',
    });
    expect(localizeIssueLine(line, 'zh')).toBe('错误：red-lines.geojson 要素 #3（编号 线）：几何类型为 LineString，但该图层需要 Polygon 或 MultiPolygon——请把该要素放到几何类型相符的图层中，或在加载前转换（例如把线转为面）。');
    expect(localizeIssueLine(line, 'en')).toBe(formatIssue(line));

    const towns = find('missing.geojson', /was not found/);
    expect(localizeIssue(towns, 'en')).toEqual({ message: towns.message, hint: towns.hint });
    expect(localizeIssue(towns, 'zh').message).toBe('未找到（manifest.json 中为图层 "towns" 指定的文件）');

    const projected = find('projected.geojson', /look projected/);
    expect(localizeIssue(projected, 'en')).toEqual({ message: projected.message, hint: projected.hint });
    expect(localizeIssue(projected, 'zh').message).toBe('坐标形如 (40500000, 3320000)，像是投影坐标（米），但没有说明坐标系');
    expect(localizeIssue(projected, 'zh').hint).toMatch(/^请添加 "crs" 成员.*；可能的坐标系为 EPSG:4528 .*；或将其转换为 EPSG:4490。$/);

    const sample = find('sections.geojson', /^sample 1: NH3N is negative/);
    expect(localizeIssue(sample, 'zh').message).toBe('第 1 个样品：NH3N 为负值（-0.2）');
  });

  it('all carry a code: no message is left outside the catalog, and each gives back its English', async () => {
    const { issues, missing } = await realIssues();
    expect(issues.length).toBeGreaterThan(25);
    for (const i of issues) {
      expect(i.code, i.message).toSatisfy(isMessageCode);
      expect(localizeIssue(i, 'en'), i.code).toEqual({ message: i.message, hint: i.hint });
      const zh = localizeIssue(i, 'zh');
      expect(zh.message, i.code).toMatch(CJK);
      expect(zh.hint, i.code).toMatch(CJK);
    }
    expect(missing.length).toBeGreaterThan(10);
    for (const m of missing) {
      expect(m.code, m.reason).toSatisfy(isMessageCode);
      expect(localizeReason(m, 'en')).toBe(m.reason);
      expect(localizeReason(m, 'zh'), m.code).toMatch(CJK);
    }
  });

  it('a spreadsheet row tells its problem by row in both languages', async () => {
    const r = await mergeSampleTable(sections, 'bad-row.csv', utf8('id,date,pH,NH3N\nW01,2018-01-10,15,0.1\n'));
    const [issue] = r.issues;
    expect(issue).toMatchObject({ message: 'row 2: pH 15 is outside 0–14', code: 'sample.invalidValue', params: { row: 2 } });
    expect(localizeIssue(issue!, 'zh').message).toBe('第 2 行：pH 15 超出 0–14');
    expect(localizeReason(r.missing[0]!, 'zh')).toBe('第 2 行：pH 15 超出 0–14');
  });
});

describe('the report\'s warnings', () => {
  it('come one for one with what they are made of, the same in English, in Chinese too', async () => {
    const { dataset, issues } = await loadDataset(fixtureReader('invalid'));
    const loaderWarnings = issues.filter((i) => i.severity === 'warning');
    const report = computeReport(dataset!, loaderWarnings);
    expect(report.warningDetails.map((w) => w.message)).toEqual(report.warnings);
    expect(report.warnings.slice(0, loaderWarnings.length)).toEqual(loaderWarnings.map(formatIssue));
    for (const w of report.warningDetails) {
      expect(localizeWarning(w, 'en')).toBe(w.message);
      expect(localizeWarning(w, 'zh'), w.message).toMatch(CJK);
    }
    const share = report.warningDetails.find((w) => w.code === 'report.indicatorIncomplete' && w.params?.id === 'protectedShare')!;
    expect(share.message).toBe(`protectedShare is incomplete: ${describeMissing(share.missing)}.`);
    expect(localizeWarning(share, 'zh')).toMatch(/^protectedShare 不完整：projected\.geojson 坐标形如 \(40500000, 3320000\).*；red-lines\.geojson 要素 #3（编号 线）几何类型为 LineString/);
    expect(localizeWarning({ message: 'a plain warning' }, 'zh')).toBe('a plain warning');
  });
});
