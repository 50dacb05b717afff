/**
 * What building a site costs the area indicators (site-impact.ts), on test/fixtures/district: the
 * site 120.00–120.01 × 30.00–30.02 lies wholly in forest (F1/F2 fill 120.00–120.04 × 30.00–30.02)
 * and in protected area A, and covers the part 120.005–120.01 × 30.005–30.01 of park P1 ∪ P4 inside
 * urban area U1 (15,000 urban people in all). So, by hand: forest and protected share each drop by
 * the site's area over the district's, park green per person by that park part over 15,000.
 */
import { describe, expect, it } from 'vitest';
import { checkSite } from '../src/core/site/site-check.ts';
import { makeOverlayContext } from '../src/core/indicators/overlay-context.ts';
import { quadArea as Q, relDiff } from './helpers/closed-form.ts';
import { loadValid } from './helpers/load-fixture.ts';
import { rect } from './helpers/shapes.ts';
import { nodingBound } from './helpers/noding-bound.ts';

const d = await loadValid('district');
const district = Q(120, 30, 120.1, 30.1);

describe('siteImpact', () => {
  const site = rect(120, 30, 120.01, 30.02);
  const c = checkSite(site, d, { overlay: makeOverlayContext(d) });
  const impact = c.impact!;

  it('takes the site out of the forest and the protected land', () => {
    const drop = (Q(120, 30, 120.01, 30.02) / district) * 100;
    // Cutting the site out of a parcel puts a vertex on the parcel's geodesic edge (at 120.01, 30.00 and
    // 30.02): within the noding bound (test/helpers/noding-bound.ts), 127 m² of the district here.
    const layers = ['forestParcels', 'protectedAreas'].flatMap((l) => d.layers[l]!.features.map((f) => f.geometry));
    const tolerance = (nodingBound(layers, [site, d.layers.boundary!.features[0]!.geometry]) / district) * 100;
    expect(Math.abs(impact.forestCoverage!.before - impact.forestCoverage!.after - drop)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(impact.protectedShare!.before - impact.protectedShare!.after - drop)).toBeLessThanOrEqual(tolerance);
    expect(tolerance / drop).toBeLessThan(1e-2);
    expect(relDiff(impact.forestCoverage!.takenM2, Q(120, 30, 120.01, 30.02))).toBeLessThan(1e-9);
  });
  it('takes the site out of the parks, per urban resident', () => {
    const drop = Q(120.005, 30.005, 120.01, 30.01) / 15000;
    expect(relDiff(impact.parkGreenPerCapita!.before - impact.parkGreenPerCapita!.after, drop)).toBeLessThan(1e-6);
  });
  it('says whether the site crosses a target, and leaves out indicators it takes nothing from', () => {
    for (const i of Object.values(impact)) expect(i.crossesTarget).toBe(i.passBefore === true && i.passAfter === false);
    const clear = checkSite(rect(120.075, 30.041, 120.078, 30.059), d, { overlay: makeOverlayContext(d) });
    expect(clear.impact).toEqual({});
    expect(checkSite(site, d).impact).toBeNull();
  });
});
