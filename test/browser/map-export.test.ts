/**
 * Exporting the map as a user would: open 导出地图, choose A4 landscape at 150 dpi, make the page,
 * download the PNG (its size read from the file's header), check the page has a title, a map, a
 * legend and the red sample-data note; the screen-size export; and the print layout (only the page
 * is printed, on the chosen paper).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageLayout } from '../../src/map/print-layout.ts';
import { textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const suite = appSuite();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(b: Buffer): [number, number] {
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** Counts of pixels in the preview image, by region (fractions of the page), that are dark, red, or distinct colours. */
async function regionStats(box: [number, number, number, number]): Promise<{ dark: number; red: number; colours: number }> {
  return suite.app.page.evaluate(async (b) => {
    const img = document.querySelector('[data-testid="export-preview"]') as HTMLImageElement;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const [x0, y0, x1, y1] = [b[0]! * c.width, b[1]! * c.height, b[2]! * c.width, b[3]! * c.height].map(Math.round) as [number, number, number, number];
    const d = ctx.getImageData(x0, y0, x1 - x0, y1 - y0).data;
    let dark = 0; let red = 0; const colours = new Set<number>();
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, bl] = [d[i]!, d[i + 1]!, d[i + 2]!];
      if (r + g + bl < 150) dark++;
      if (r > 150 && g < 80 && bl < 80) red++;
      colours.add((r >> 3) * 1024 + (g >> 3) * 32 + (bl >> 3));
    }
    return { dark, red, colours: colours.size };
  }, box);
}

describe('map export', () => {
  it('makes an A4 landscape page at 150 dpi with title, map, legend, scale, source and the sample-data note', async () => {
    const page = suite.app.page;
    await page.click('[data-testid="export-button"]');
    await page.selectOption('[data-testid="export-paper"]', 'A4');
    await page.selectOption('[data-testid="export-orientation"]', 'landscape');
    await page.selectOption('[data-testid="export-dpi"]', '150');
    await page.click('[data-testid="export-make"]');
    await page.waitForSelector('[data-testid="export-preview"]', { timeout: 60000 });
    expect(await textOf(page.getByTestId('export-size'))).toBe('1754 × 1240 像素');
    const l = pageLayout('A4', 'landscape', 150, { width: 0, height: 0 });
    const frac = (x: number, y: number, w: number, h: number): [number, number, number, number] => [x / l.width, y / l.height, (x + w) / l.width, (y + h) / l.height];
    // Title: dark glyphs in the middle of the title band.
    expect((await regionStats(frac(l.title.x + l.title.width * 0.3, l.title.y, l.title.width * 0.4, l.title.height))).dark).toBeGreaterThan(500);
    // Map: many colours (the district, layers, sections).
    expect((await regionStats(frac(l.map.x, l.map.y, l.map.width * 0.6, l.map.height))).colours).toBeGreaterThan(30);
    // Footer: the sample-data note in red.
    expect((await regionStats(frac(l.footer.x, l.footer.y, l.footer.width * 0.6, l.footer.height))).red).toBeGreaterThan(200);
    await suite.app.screenshot('export-dialog');
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-png"]')]);
    expect(d.suggestedFilename()).toBe('上虞生态文明示范区空间指标地图.png');
    const png = await readFile((await d.path())!);
    expect(pngSize(png)).toEqual([1754, 1240]);
    await writeFile(path.join('test-results', 'export-a4-landscape.png'), png);
  });

  it('prints only the page, on the chosen paper', async () => {
    const page = suite.app.page;
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.print-page').isVisible()).toBe(true);
      expect(await page.locator('.app').isVisible()).toBe(false);
      expect(await page.locator('[data-testid="export-dialog"]').isVisible()).toBe(false);
      expect(await page.locator('.map-export style').textContent()).toBe('@page { size: A4 landscape; margin: 0; }');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('makes a screen-size page in portrait A3 and at screen size', async () => {
    const page = suite.app.page;
    await page.selectOption('[data-testid="export-paper"]', 'A3');
    await page.selectOption('[data-testid="export-orientation"]', 'portrait');
    await page.selectOption('[data-testid="export-dpi"]', '96');
    await page.click('[data-testid="export-make"]');
    // 297 × 420 mm at 96 dpi: 1123 × 1587
    await page.waitForFunction(() => document.querySelector('[data-testid="export-size"]')?.textContent === '1123 × 1587 像素', null, { timeout: 60000 });
    await page.selectOption('[data-testid="export-paper"]', 'screen');
    await page.click('[data-testid="export-make"]');
    const size = await page.evaluate(() => window.__ecoMap!.viewSize());
    await page.waitForFunction((s) => document.querySelector('[data-testid="export-size"]')?.textContent === `${s.width} × ${s.height} 像素`, size, { timeout: 60000 });
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="export-dialog"]', { state: 'detached' });
    expect(suite.app.errors).toEqual([]);
    expect(suite.app.external).toEqual([]);
  });
});
