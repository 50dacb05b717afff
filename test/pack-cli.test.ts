/**
 * `npm run pack` on the bundled sample: the workbook read back with exceljs and the report's XML
 * compared, value by value, with what `npm run indicators -- --json --by towns --years` prints
 * (the same numbers from the same run), and the inventory's hashes with the files' own SHA-256
 * (node:crypto, an independent implementation). Maps are left out here (--no-maps: the report
 * says why); the browser test draws them (test/browser/pack.test.ts).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const DATA = path.join(ROOT, 'data');

interface Json {
  indicators: { id: string; name: string; value: number | string | null; pass: boolean | null; complete: boolean; source: string }[];
  sections: { id: string; name: string; class: string | null; targetClass: string | null; compliant: boolean | null; trophic?: { tli: number } }[];
  byZone: { zones: { name: string; areaKm2: number; indicators: Record<string, number | null> }[] };
  years: { values: { year: number; indicators: Record<string, number | null> }[]; change: { indicators: Record<string, number | null>; sectionsPerClass: Record<string, Record<string, number>>; forestGainedKm2: number; forestLostKm2: number; protectedLandAddedKm2: number } };
}

let out = '';
let json: Json;
let wb: ExcelJS.Workbook;
let docXml = '';

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'pack-'));
  const [ind, pack] = await Promise.all([
    run(process.execPath, [path.join(ROOT, 'src/cli/run-cli.mjs'), 'indicators', '--json', '--by', 'towns', '--years'], { cwd: ROOT, maxBuffer: 1 << 26 }),
    run(process.execPath, [path.join(ROOT, 'src/cli/run-cli.mjs'), 'pack', '--out', out, '--no-maps'], { cwd: ROOT }),
  ]);
  json = JSON.parse(ind.stdout) as Json;
  expect(pack.stdout).toContain('指标完成情况表.xlsx');
  expect(pack.stderr).toContain('未生成地图（--no-maps）');
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path.join(out, '指标完成情况表.xlsx')) as unknown as ArrayBuffer);
  docXml = strFromU8(unzipSync(readFileSync(path.join(out, '技术报告.docx')))['word/document.xml']!);
}, 240000);
afterAll(() => { if (out) rmSync(out, { recursive: true, force: true }); });

/** The header row's titles of a sheet (row 2: row 1 is the title). */
const header = (ws: ExcelJS.Worksheet) => (ws.getRow(2).values as unknown[]).slice(1).map(String);
const col = (ws: ExcelJS.Worksheet, title: string) => { const i = header(ws).findIndex((h) => h === title || h.startsWith(title)); expect(i, title).toBeGreaterThanOrEqual(0); return i + 1; };
const STATUS = (i: Json['indicators'][number]) => (i.value === null ? '无数据' : !i.complete ? '不完整' : i.pass === null ? '无目标' : i.pass ? '达标' : '未达标');

/** The texts of each table row of the report: the runs of every <w:tc>, joined per cell. */
function docRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) => [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => [...tc[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));
}

describe('npm run pack: the workbook', () => {
  it('has the five sheets, frozen headers and A4 landscape', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['指标完成情况', '分乡镇', '监测断面', '年度对比', '数据清单']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.paperSize).toBe(9);
    }
  });

  it('sheet 1: every indicator with the JSON value as a number, formatted as on the board, and its status', () => {
    const ws = wb.getWorksheet('指标完成情况')!;
    expect(header(ws).slice(0, 5)).toEqual(['序号', '领域', '指标名称', '单位', '目标值']);
    const value = col(ws, '现状值（2018年）'); const y2016 = col(ws, '2016年'); const status = col(ws, '达标情况'); const name = col(ws, '指标名称');
    expect(ws.rowCount - 2).toBe(json.indicators.length);
    json.indicators.forEach((ind, k) => {
      const row = ws.getRow(k + 3);
      expect(row.getCell(name).value).toBe(ind.name);
      expect(row.getCell(value).value).toBe(ind.value);
      if (typeof ind.value === 'number') expect(row.getCell(value).numFmt).toBe('0.00');
      expect(row.getCell(status).value).toBe(STATUS(ind));
      const earlier = json.years.values.find((y) => y.year === 2016)!.indicators[ind.id];
      expect(row.getCell(y2016).value ?? null).toBe(earlier ?? null);
    });
    // Never 未达标 for an incomplete one; the sample has six not met.
    expect(json.indicators.filter((i) => STATUS(i) === '未达标').length).toBe(6);
  });

  it('sheet 1: every row has its field, data source and method', () => {
    const ws = wb.getWorksheet('指标完成情况')!;
    const [domain, source, method] = [col(ws, '领域'), col(ws, '数据来源'), col(ws, '计算方法')];
    for (let r = 3; r <= ws.rowCount; r++) {
      expect(String(ws.getRow(r).getCell(domain).value)).toMatch(/^生态(制度|安全|空间|经济|生活|文化)$/);
      expect(String(ws.getRow(r).getCell(source).value ?? '')).not.toBe('');
      expect(String(ws.getRow(r).getCell(method).value ?? '')).not.toBe('');
    }
    expect(String(ws.getRow(3).getCell(source).value)).toContain('red-lines.geojson');
    expect(String(ws.getRow(3).getCell(method).value)).toContain('重叠只计一次');
  });

  it('sheet 2: every town and the district equal --by towns', () => {
    const ws = wb.getWorksheet('分乡镇')!;
    const computed = json.indicators.filter((i) => i.source === 'computed');
    expect(ws.rowCount - 2).toBe(json.byZone.zones.length + 1);
    json.byZone.zones.forEach((z, k) => {
      const row = ws.getRow(k + 3);
      expect(row.getCell(1).value).toBe(z.name);
      expect(row.getCell(2).value).toBe(z.areaKm2);
      computed.forEach((ind, j) => expect(row.getCell(3 + j).value ?? null).toBe(z.indicators[ind.id] ?? null));
    });
    const district = ws.getRow(ws.rowCount);
    expect(district.getCell(1).value).toBe('全区');
    computed.forEach((ind, j) => expect(district.getCell(3 + j).value).toBe(ind.value));
  });

  it('sheet 3: every section with its class, target and compliance', () => {
    const ws = wb.getWorksheet('监测断面')!;
    const [cls, target, ok, tli] = [col(ws, '年均类别'), col(ws, '目标类别'), col(ws, '是否达标'), col(ws, 'TLI')];
    json.sections.forEach((s, k) => {
      const row = ws.getRow(k + 3);
      expect(row.getCell(1).value).toBe(s.id);
      expect(row.getCell(cls).value ?? null).toBe(s.class);
      expect(row.getCell(target).value ?? null).toBe(s.targetClass);
      expect(row.getCell(ok).value ?? null).toBe(s.compliant === null ? null : s.compliant ? '是' : '否');
      expect(row.getCell(tli).value ?? null).toBe(s.trophic?.tli ?? null);
    });
  });

  it('sheet 4: year against year equals --years', () => {
    const ws = wb.getWorksheet('年度对比')!;
    const rows = Array.from({ length: ws.rowCount - 2 }, (_, k) => ws.getRow(k + 3));
    const computed = json.indicators.filter((i) => i.source === 'computed');
    computed.forEach((ind, k) => {
      expect(String(rows[k]!.getCell(1).value)).toContain(ind.name);
      expect(rows[k]!.getCell(4).value ?? null).toBe(json.years.change.indicators[ind.id] ?? null);
    });
    const byTitle = (t: string) => rows.find((r) => String(r.getCell(1).value).startsWith(t))!;
    expect(byTitle('劣V类断面数').getCell(2).value).toBe(json.years.change.sectionsPerClass['2016']!['劣V']);
    expect(byTitle('劣V类断面数').getCell(3).value).toBe(json.years.change.sectionsPerClass['2018']!['劣V']);
    expect(byTitle('新增森林').getCell(4).value).toBe(json.years.change.forestGainedKm2);
    expect(byTitle('减少森林').getCell(4).value).toBe(json.years.change.forestLostKm2);
    expect(byTitle('新增受保护地区').getCell(4).value).toBe(json.years.change.protectedLandAddedKm2);
  });

  it('sheet 5: each file with the SHA-256 node:crypto gives and its feature count', () => {
    const ws = wb.getWorksheet('数据清单')!;
    const [file, sha, features] = [col(ws, '文件'), col(ws, 'SHA-256'), col(ws, '要素数')];
    const rows = Array.from({ length: ws.rowCount - 2 }, (_, k) => ws.getRow(k + 3));
    expect(rows.map((r) => r.getCell(file).value)).toEqual(expect.arrayContaining(['manifest.json', 'boundary.geojson', 'forest-parcels.geojson', 'monitoring-2018.csv', 'statistics.json']));
    for (const r of rows) {
      const f = String(r.getCell(file).value);
      expect(r.getCell(sha).value, f).toBe(createHash('sha256').update(readFileSync(path.join(DATA, f))).digest('hex'));
    }
    const sections = rows.find((r) => r.getCell(file).value === 'sections.geojson')!;
    expect(sections.getCell(features).value).toBe(json.sections.length);
  });
});

describe('npm run pack: the technical report', () => {
  it('the summary table shows every indicator with the JSON value to 2 decimals and its status', () => {
    const rows = docRows(docXml);
    for (const ind of json.indicators) {
      const row = rows.find((r) => r[2] === ind.name);
      expect(row, ind.name).toBeDefined();
      const shown = typeof ind.value === 'number' ? ind.value.toFixed(2) : String(ind.value);
      expect(row).toContain(shown);
      expect(row).toContain(STATUS(ind));
    }
  });

  it('the per-town table equals --by towns to 2 decimals, the district last', () => {
    const rows = docRows(docXml);
    const computed = json.indicators.filter((i) => i.source === 'computed');
    for (const z of json.byZone.zones) {
      const row = rows.find((r) => r[0] === z.name && r.length === computed.length + 2)!;
      expect(row, z.name).toBeDefined();
      expect(row[1]).toBe(z.areaKm2.toFixed(2));
      computed.forEach((ind, j) => { const v = z.indicators[ind.id]; expect(row[2 + j]).toBe(v === null || v === undefined ? '—' : v.toFixed(2)); });
    }
    const district = rows.find((r) => r[0] === '全区' && r.length === computed.length + 2)!;
    computed.forEach((ind, j) => expect(district[2 + j]).toBe((ind.value as number).toFixed(2)));
  });

  it('the sections appendix has every section with its class; the report says why it has no maps', () => {
    const rows = docRows(docXml);
    for (const s of json.sections) {
      const row = rows.find((r) => r[0] === s.id)!;
      expect(row, s.id).toBeDefined();
      expect(row).toContain(s.class ?? '—');
    }
    expect(docXml).toContain('未生成地图（--no-maps）');
    expect(docXml).toContain('示意数据');
  });
});
