import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeOverlayContext } from '../src/core/indicators/overlay-context.ts';
import { protectedShare } from '../src/core/indicators/protected-share.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';
import { loadValid } from './helpers/load-fixture.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// test/fixtures/district, all rectangles in degrees (see test/fixtures/README.md):
// boundary 120.00–120.10 × 30.00–30.10
// protected areas A 120.00–120.04 × 30.00–30.05 and B 120.02–120.06 × 30.00–30.05 (overlap 120.02–120.04)
// red lines C 120.08–120.12 × 30.06–30.08 (half outside the boundary),
//           D two squares 0.02° with a 0.01° hole in the first, E 120.05–120.07 × 30.04–30.06 (overlaps B)
const boundary = quadArea(120, 30, 120.1, 30.1);
const AB = quadArea(120, 30, 120.06, 30.05);
const Cin = quadArea(120.08, 30.06, 120.1, 30.08);
const D = quadArea(120, 30.07, 120.02, 30.09) - quadArea(120.005, 30.075, 120.015, 30.085) + quadArea(120.03, 30.07, 120.05, 30.09);
const E = quadArea(120.05, 30.04, 120.07, 30.06);
const EandB = quadArea(120.05, 30.04, 120.06, 30.05);

describe('protectedShare', async () => {
  const d = await loadValid('district');
  const m = protectedShare(d, makeOverlayContext(d));
  const details = m.details as { protectedAreaM2: number; areaByRoleM2: Record<string, number>; overlapCountedOnceM2: number; boundaryAreaM2: number };

  it('counts overlaps once, cuts parts outside the boundary, keeps holes', () => {
    const expected = AB + Cin + D + E - EandB;
    expect(relDiff(details.protectedAreaM2, expected)).toBeLessThan(1e-4);
    expect(relDiff(m.value!, (expected / boundary) * 100)).toBeLessThan(1e-4);
    expect(relDiff(details.boundaryAreaM2, boundary)).toBeLessThan(1e-7);
  });
  it('reports the area of each role and the overlap removed', () => {
    expect(relDiff(details.areaByRoleM2.protectedAreas!, AB)).toBeLessThan(1e-6);
    expect(relDiff(details.areaByRoleM2.redLines!, Cin + D + E)).toBeLessThan(1e-4);
    expect(relDiff(details.overlapCountedOnceM2, EandB)).toBeLessThan(1e-2);
  });
  it('says how it measured: by overlays here (the boundary\'s 0.1° edges are past the edge path\'s 0.05°), from the edges on the sample', async () => {
    expect(m.details.areaMethod).toBe('overlays');
    const sample = await loadValid((f) => readFile(path.join(ROOT, 'data', f), 'utf8').catch(() => null));
    expect(protectedShare(sample, makeOverlayContext(sample)).details.areaMethod).toBe('edges');
  });
  it('is not available without a protected layer, and honours protectedRoles', () => {
    const none = { ...d, layers: { boundary: d.layers.boundary } };
    expect(protectedShare(none, makeOverlayContext(none))).toEqual({ value: null, details: { missing: ['protectedAreas', 'redLines'] } });
    const onlyRed = { ...d, manifest: { ...d.manifest, protectedRoles: ['redLines' as const] } };
    const r = protectedShare(onlyRed, makeOverlayContext(onlyRed));
    expect(relDiff(r.value!, ((Cin + D + E) / boundary) * 100)).toBeLessThan(1e-4);
  });
});
