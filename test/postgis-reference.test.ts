/**
 * The spatial indicators and a site check equal PostGIS's on the same data (an independent
 * implementation: GEOS in C++ and PostGIS's own ellipsoidal area), for the sample district, a
 * small stress district and a slanted site on the test district — with either overlay engine:
 * GEOS (WebAssembly; what the CLI and the app use) and JSTS (where GEOS is not loaded or fails).
 * The reference values and how they were made: test/fixtures/postgis-reference.json.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { Dataset } from '../src/core/data/dataset.ts';
import { forestCoverage } from '../src/core/indicators/forest-coverage.ts';
import { makeOverlayContext } from '../src/core/indicators/overlay-context.ts';
import { parkGreenPerCapita, parkServiceCoverage } from '../src/core/indicators/park-green.ts';
import { protectedShare } from '../src/core/indicators/protected-share.ts';
import { checkSite } from '../src/core/site/site-check.ts';
import { geosStats, loadGeos, unloadGeos } from '../src/core/geo/geos-overlay.ts';
import { relDiff } from './helpers/closed-form.ts';
import { loadValid } from './helpers/load-fixture.ts';
import { FIXTURES } from './helpers/read-fixture.ts';
import { loadSmallStress } from './helpers/stress-dataset.ts';

type Reference = Record<'protectedShare' | 'forestCoverage' | 'parkGreenPerCapita' | 'parkServiceCoverage', number>;
interface SiteReference { siteAreaM2: number; overlapE_M2: number; overlapB_M2: number }
const reference = JSON.parse(await readFile(path.join(FIXTURES, 'postgis-reference.json'), 'utf8')) as { sample: Reference; smallStress: Reference; siteCheck: SiteReference };

function indicators(d: Dataset): Reference {
  const ctx = makeOverlayContext(d);
  return {
    protectedShare: protectedShare(d, ctx).value!,
    forestCoverage: forestCoverage(d, ctx).value!,
    parkGreenPerCapita: parkGreenPerCapita(d).value!,
    parkServiceCoverage: parkServiceCoverage(d).value!,
  };
}

describe.each([['GEOS', true], ['JSTS', false]])('indicators = PostGIS, overlays by %s', (_engine, geos) => {
  beforeAll(async () => { if (geos) expect(await loadGeos()).toBe(true); else unloadGeos(); });
  afterAll(async () => {
    // GEOS ran the overlays itself (none handed to JSTS after a failure).
    if (geos) { const s = geosStats(); expect(s.failures).toBe(0); expect(s.runs).toBeGreaterThan(0); }
    await loadGeos();
  });
  it('on the sample district, to 1e-9', async () => {
    const d = await loadValid((f) => readFile(path.join(FIXTURES, '..', '..', 'data', f), 'utf8').catch(() => null));
    const ours = indicators(d);
    for (const [k, v] of Object.entries(reference.sample)) expect(relDiff(ours[k as keyof Reference], v), k).toBeLessThan(1e-9);
  });
  it('for a planner\'s site: its area and its overlaps with a red line and a protected area, to 1e-9', async () => {
    const d = await loadValid('district');
    const site: Polygon = { type: 'Polygon', coordinates: [[[120.045, 30.035], [120.068, 30.041], [120.066, 30.058], [120.052, 30.057], [120.045, 30.035]]] };
    const r = checkSite(site, d);
    const overlap = (name: string) => r.overlaps.find((o) => o.name.startsWith(name))!.areaM2;
    expect(relDiff(r.areaM2, reference.siteCheck.siteAreaM2)).toBeLessThan(1e-9);
    expect(relDiff(overlap('E'), reference.siteCheck.overlapE_M2)).toBeLessThan(1e-9);
    expect(relDiff(overlap('B'), reference.siteCheck.overlapB_M2)).toBeLessThan(1e-9);
  });
  it('on the small stress district, to 1e-9', async () => {
    const ours = indicators(await loadSmallStress());
    for (const [k, v] of Object.entries(reference.smallStress)) expect(relDiff(ours[k as keyof Reference], v), k).toBeLessThan(1e-9);
  });
});
