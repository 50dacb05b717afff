/**
 * The submission pack as users make it. In the app: a monitoring spreadsheet is joined first (the
 * pack is for the data open, not the data as shipped), then 生成申报材料 downloads one zip whose
 * workbook shows the board's numbers and the joined data (its row in the inventory, SY01 劣V),
 * whose report holds the maps, and whose maps are A4 landscape at 300 dpi with Chinese text drawn
 * (screenshots in test-results/ looked at). From the command line: `npm run pack` draws the same
 * maps through the built app in headless Chromium.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { SHOTS, textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const MAPS = ['overview', 'protected', 'forest', 'parks', 'sections', 'towns-protectedShare', 'towns-forestCoverage', 'towns-parkGreenPerCapita', 'towns-parkServiceCoverage', 'towns-sectionsGoodRate', 'towns-functionZoneCompliance', 'towns-drinkingWaterCompliance'];

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

const suite = appSuite();

describe('生成申报材料 in the app', () => {
  it('downloads the workbook, report and maps of the data open, joined monitoring data included', async () => {
    const { page } = suite.app;
    await page.getByTestId('tab-sections').click();
    await page.waitForSelector('[data-testid="section-row-SY01"]', { timeout: 30000 });
    const csv = '\ufeff断面编号,断面名称,采样日期,氨氮(mg/L)\nSY01,,2018-12-28,30\n';
    await suite.app.pickFiles('[data-testid="samples-input"]', { '加测-2018.csv': csv });
    await expect.poll(() => textOf(page.getByTestId('section-row-SY01').locator('.chip')), { timeout: 60000 }).toBe('劣V');
    await page.waitForSelector('.app[data-status="ready"]');
    await page.getByTestId('tab-board').click();
    const board = await page.$$eval('[data-testid^="indicator-"]', (els) => els.map((e) => ({ id: e.getAttribute('data-testid')!.slice('indicator-'.length), value: e.getAttribute('data-value') })));
    const downloaded = page.waitForEvent('download', { timeout: 600000 });
    await page.getByTestId('pack-button').click();
    // It says what it is doing while it draws the maps (12 at 300 dpi take a while); before them it
    // gathers the indicators, towns and years (the years of the data open, joined samples included).
    await expect.poll(() => textOf(page.getByTestId('pack-progress')), { timeout: 120000 }).toMatch(/^正在生成申报材料：绘制地图 \d+\/12$/);
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^上虞区申报材料-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(Object.keys(zip).sort()).toEqual(['技术报告.docx', '指标完成情况表.xlsx', ...MAPS.map((m) => `maps/${m}.png`)].sort());
    await expect.poll(() => textOf(page.getByTestId('pack-result'))).toMatch(/^已生成 上虞区申报材料-.*\.zip（指标完成情况表、技术报告、12 幅地图）$/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(zip['指标完成情况表.xlsx']!.buffer as ArrayBuffer);
    const ind = wb.getWorksheet('指标完成情况')!;
    const head = Array.from(ind.getRow(2).values as unknown[], (v) => String(v ?? ''));
    const valueCol = head.findIndex((h) => h.startsWith('现状值'));
    board.forEach((b, k) => {
      const cell = ind.getRow(k + 3).getCell(valueCol).value;
      expect(cell === null ? '' : String(cell), b.id).toBe(b.value ?? '');
    });
    const sections = wb.getWorksheet('监测断面')!;
    const sHead = Array.from(sections.getRow(2).values as unknown[], (v) => String(v ?? ''));
    const sy01 = Array.from({ length: sections.rowCount - 2 }, (_, k) => sections.getRow(k + 3)).find((r) => r.getCell(1).value === 'SY01')!;
    expect(sy01.getCell(sHead.indexOf('年均类别')).value).toBe('劣V');
    // The year sheet compares the data open (the joined samples included) with 2016: its 2018 column
    // is the board's, and SY01's 劣V is counted.
    const years = wb.getWorksheet('年度对比');
    expect(years, 'the year sheet is there after samples were joined').toBeDefined();
    const yRows = Array.from({ length: years!.rowCount - 2 }, (_, k) => years!.getRow(k + 3));
    const yHead = Array.from(years!.getRow(2).values as unknown[], (v) => String(v ?? ''));
    const col2018 = yHead.indexOf('2018年');
    const nameCol = head.indexOf('指标名称');
    // A years row names the indicator with its unit: 森林覆盖率（%）.
    const isRowOf = (r: ExcelJS.Row, name: string) => { const t = String(r.getCell(1).value); return t === name || t.startsWith(`${name}（`); };
    board.forEach((b, k) => {
      const name = String(ind.getRow(k + 3).getCell(nameCol).value);
      const row = yRows.find((r) => isRowOf(r, name));
      if (row) expect(String(row.getCell(col2018).value ?? ''), `${b.id} in 2018`).toBe(b.value ?? '');
    });
    expect(yRows.filter((r) => board.some((_, k) => isRowOf(r, String(ind.getRow(k + 3).getCell(nameCol).value)))).length).toBeGreaterThanOrEqual(6);
    const worst = Array.from({ length: sections.rowCount - 2 }, (_, k) => sections.getRow(k + 3)).filter((r) => r.getCell(sHead.indexOf('年均类别')).value === '劣V').length;
    expect(yRows.find((r) => r.getCell(1).value === '劣V类断面数')!.getCell(col2018).value).toBe(worst);
    const inv = wb.getWorksheet('数据清单')!;
    const iHead = Array.from(inv.getRow(2).values as unknown[], (v) => String(v ?? ''));
    const joined = Array.from({ length: inv.rowCount - 2 }, (_, k) => inv.getRow(k + 3)).find((r) => r.getCell(iHead.indexOf('文件')).value === 'imported:加测-2018.csv')!;
    expect(joined, 'the joined spreadsheet is in the inventory').toBeDefined();
    expect(joined.getCell(iHead.indexOf('SHA-256')).value).toBe(createHash('sha256').update(Buffer.from(csv, 'utf8')).digest('hex'));

    const media = Object.keys(unzipSync(zip['技术报告.docx']!)).filter((f) => f.startsWith('word/media/'));
    expect(media.length).toBe(MAPS.length);
    for (const m of MAPS) expect(pngSize(zip[`maps/${m}.png`]!), m).toEqual({ width: 3508, height: 2480 });
    writeFileSync(path.join(SHOTS, 'pack-protected.png'), zip['maps/protected.png']!);
    writeFileSync(path.join(SHOTS, 'pack-towns-forestCoverage.png'), zip['maps/towns-forestCoverage.png']!);
    writeFileSync(path.join(SHOTS, 'pack-sections.png'), zip['maps/sections.png']!);
    // Not blank: the maps' pixels vary (decoded by the page itself).
    for (const m of ['protected', 'towns-forestCoverage', 'sections']) {
      const colours = await page.evaluate(async (b64) => {
        const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const c = new OffscreenCanvas(img.width, img.height); const g = c.getContext('2d')!; g.drawImage(img, 0, 0);
        const d = g.getImageData(0, 0, img.width, img.height).data; const seen = new Set<number>();
        for (let i = 0; i < d.length; i += 4 * 97) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
        return seen.size;
      }, Buffer.from(zip[`maps/${m}.png`]!).toString('base64'));
      expect(colours, m).toBeGreaterThan(40);
    }
    expect(suite.app.errors).toEqual([]);
    expect(suite.app.external).toEqual([]);
  }, 900000);
});

describe('npm run pack', () => {
  it('draws the maps with the built app in headless Chromium and puts them in the report', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pack-maps-'));
    try {
      const r = await run(process.execPath, [path.join(ROOT, 'src/cli/run-cli.mjs'), 'pack', '--out', out, '--app', inject('appDir'), '--lang', 'en'], { cwd: ROOT, maxBuffer: 1 << 24 });
      expect(r.stderr).toMatch(/12 maps drawn by MapLibre in headless Chromium/);
      expect(readdirSync(path.join(out, 'maps')).sort()).toEqual(MAPS.map((m) => `${m}.png`).sort());
      for (const m of MAPS) expect(pngSize(new Uint8Array(readFileSync(path.join(out, 'maps', `${m}.png`))))).toEqual({ width: 3508, height: 2480 });
      const docx = unzipSync(new Uint8Array(readFileSync(path.join(out, 'technical-report.docx'))));
      expect(Object.keys(docx).filter((f) => f.startsWith('word/media/')).length).toBe(MAPS.length);
      writeFileSync(path.join(SHOTS, 'pack-cli-overview-en.png'), readFileSync(path.join(out, 'maps', 'overview.png')));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 900000);
});
