/**
 * Exhibition mode in the built app: the tour steps through the whole story with the right
 * indicator on each card, a tap pauses it and idle time brings it back, the timeline marks the
 * current phase, and the map survives a lost WebGL context.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/data/load-dataset.ts';
import { computeReport } from '../../src/core/indicators/compute-report.ts';
import { textOf } from './app-driver.ts';
import { appSuite } from './suite.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { dataset } = await loadDataset((f) => readFile(path.join(ROOT, 'data', f), 'utf8').catch(() => null));
const report = computeReport(dataset!);

const suite = appSuite({ viewport: { width: 1920, height: 1080 }, query: 'mode=exhibition&step=5000&idle=2500&monthms=400&date=2018-07' });

async function waitStep(id: string): Promise<void> {
  await suite.app.page.waitForSelector(`[data-testid="tour-card"][data-step="${id}"]`, { timeout: 40000 });
}

/** Waits until a style layer has drawn features (the map may still be moving or animating months). */
async function drawn(layer: string): Promise<number> {
  await suite.app.page.waitForFunction((id) => window.__ecoMap!.renderedFeatures(id).length > 0, layer, { timeout: 10000 });
  return suite.app.renderedCount(layer);
}

describe('exhibition mode', () => {
  it('steps through the whole tour with the right indicator on each card', async () => {
    await waitStep('redLines');
    const redArea = (report.indicators[0]!.details as { areaByRoleM2: Record<string, number> }).areaByRoleM2.redLines!;
    expect(await textOf(suite.app.page.locator('[data-indicator="redLines"] .big-value'))).toBe(`${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(redArea / 1e6)}km²`);
    expect(await drawn('redLines-fill')).toBeGreaterThan(0);
    await suite.app.mapIdle();
    expect(await suite.app.renderedCount('sections-circle')).toBe(0);
    await suite.app.screenshot('tour-1-redlines');
    for (const [step, id, layer] of [['protected', 'protectedShare', 'protectedAreas-fill'], ['forest', 'forestCoverage', 'forestParcels-fill'], ['water', 'sectionsGoodRate', 'sections-circle'], ['parks', 'parkGreenPerCapita', 'parks-fill']] as const) {
      await waitStep(step);
      const value = Number(await suite.app.page.getAttribute(`[data-testid="tour-card"] [data-indicator="${id}"]`, 'data-value'));
      const expected = report.indicators.find((i) => i.id === id)!.value as number;
      expect(Math.abs(value - expected) / expected, id).toBeLessThan(1e-9);
      expect(await drawn(layer), layer).toBeGreaterThan(0);
      if (step === 'water') {
        const m1 = Number(await suite.app.page.getAttribute('[data-testid="tour-month"]', 'data-month'));
        await suite.app.page.waitForFunction((m) => Number(document.querySelector('[data-testid="tour-month"]')?.getAttribute('data-month')) !== m, m1);
      }
      await suite.app.screenshot(`tour-${step}`);
    }
    await waitStep('summary');
    const items = await suite.app.page.$$eval('[data-testid="summary"] li', (els) => els.map((e) => e.getAttribute('data-indicator')));
    expect(items).toEqual(report.indicators.map((i) => i.id));
    expect(await textOf(suite.app.page.getByTestId('summary-count'))).toBe(`${report.indicators.filter((i) => i.pass).length} / ${report.indicators.length} 项指标达标`);
    await suite.app.screenshot('tour-summary');
    await waitStep('redLines');
  });

  it('marks the current phase on the timeline', async () => {
    expect(await textOf(suite.app.page.locator('[data-testid="timeline"] li[data-current] b'))).toBe('技术评估');
  });

  it('shows a card for a tapped feature and returns to the tour after idle time', async () => {
    await waitStep('water');
    await drawn('sections-circle');
    const s = report.sections.find((x) => x.id === 'SY39')!;
    await suite.app.clickMap(s.coordinates[0], s.coordinates[1]);
    await suite.app.page.waitForSelector('[data-testid="tap-card"]');
    expect(await textOf(suite.app.page.locator('[data-testid="tap-card"] h2'))).toBe(s.name);
    expect(await suite.app.page.locator('[data-testid="tour-card"]').count()).toBe(0);
    await suite.app.page.waitForSelector('[data-testid="tour-card"]', { timeout: 10000 });
    expect(await suite.app.page.locator('[data-testid="tap-card"]').count()).toBe(0);
  });

  it('keeps drawing after the WebGL context is lost and restored', async () => {
    await suite.app.page.evaluate(async () => {
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      const ext = (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!;
      ext.loseContext();
      await new Promise((r) => setTimeout(r, 300));
      ext.restoreContext();
    });
    await waitStep('redLines');
    expect(await drawn('redLines-fill')).toBeGreaterThan(0);
    await suite.app.mapIdle();
    expect(await suite.app.canvasColours()).toBeGreaterThan(10);
    expect(suite.app.external).toEqual([]);
    expect(suite.app.errors).toEqual([]);
  });
});
