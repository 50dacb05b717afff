/**
 * The fuzz campaigns (test/fuzz/, `npm run fuzz`) in small: a fixed-seed run of each campaign but
 * PostGIS finds no case beyond tolerance; and deliberately wrong functions are caught, each case
 * printed as a test that parses — the edge areas' one fails on the wrong function and passes on
 * the real one, as pasted into test/boolean-area.test.ts.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import type { MultiPolygon } from 'geojson';
import { unionAreasWithin } from '../src/core/geo/boolean-area.ts';
import type { UnionAreas } from '../src/core/geo/boolean-area.ts';
import { boxClipper } from '../src/core/geo/box-clip.ts';
import type { BoxClipper } from '../src/core/geo/box-clip.ts';
import { bufferUnion } from '../src/core/geo/buffer-union.ts';
import { coveredBuffers } from '../src/core/geo/covered-buffers.ts';
import { longestBufferEdge, longestSimplifiedSide } from '../src/core/geo/buffer-edge-bound.ts';
import { formatReport, summarize } from './fuzz/campaign.ts';
import type { Campaign, Summary } from './fuzz/campaign.ts';
import { campaigns } from './fuzz/campaigns.ts';
import { boxClipCampaign } from './fuzz/box-clip.ts';
import { bufferEdgeBoundCampaign } from './fuzz/buffer-edge-bound.ts';
import { coveredBuffersCampaign } from './fuzz/covered-buffers.ts';
import { edgeAreasCampaign } from './fuzz/edge-areas.ts';

/** The seed of the run inside `npm test`. */
const SEED = 20250625;

async function run(c: Campaign, cases: number, seed = SEED): Promise<Summary> {
  const results = await c.run(seed, cases);
  return summarize(c, seed, 0, results);
}

/** JavaScript of a printed test, or the TypeScript compiler's syntax errors. */
function transpiled(test: string): string {
  const out = ts.transpileModule(test, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  const errors = (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  if (errors.length > 0) throw new Error(`the printed test does not parse: ${errors.join('; ')}`);
  return out.outputText;
}

describe('npm run fuzz, a small fixed-seed run', () => {
  const sizes: Record<string, number> = { 'edge-areas': 240, 'covered-buffers': 48, 'box-clip': 280, 'buffer-edge-bound': 140 };
  for (const c of campaigns().filter((x) => x.name !== 'postgis')) {
    it(`${c.name}: ${sizes[c.name]} cases of every family, none beyond tolerance`, async () => {
      const s = await run(c, sizes[c.name]!);
      expect(s.rows.at(-1)!.cases).toBe(sizes[c.name]);
      expect(s.rows.length).toBe(c.families.length + 1);
      expect(s.failures.map((f) => f.test()), formatReport(s)).toEqual([]);
      // Cases were measured, not all declined.
      expect(s.rows.at(-1)!.declined).toBeLessThan(s.rows.at(-1)!.cases * 0.7);
    });
  }
});

describe('npm run fuzz catches a wrong function', () => {
  it('prints the edge path plus 1e-6 of its value as a test that fails on it and passes on the real function', async () => {
    const wrong: typeof unionAreasWithin = (g, r): UnionAreas | null => {
      const x = unionAreasWithin(g, r);
      return x && { byGroup: x.byGroup.map((v) => v * (1 + 1e-6)), all: x.all * (1 + 1e-6) };
    };
    const s = await run(edgeAreasCampaign(wrong), 24);
    expect(s.failures.length).toBeGreaterThan(5);
    const report = formatReport(s);
    expect(report).toContain('case(s) beyond tolerance, each a ready-to-paste test');
    const test = s.failures[0]!.test();
    expect(report).toContain(test);
    expect(test).toMatch(/^\/\/ In test\/boolean-area\.test\.ts[^\n]*\nit\('fuzz: edge-areas, seed \d+, case \d+ \(\w+\): /);
    expect(test).toMatch(/const groups: Poly\[\]\[\] = \[\[\[\[\[120\.\d+,\d+\.\d+\]/);
    // Run as pasted: `it` and `unionAreasWithin` as the test file has them.
    const js = transpiled(test);
    const body = (fn: typeof unionAreasWithin) => {
      let f: (() => void) | null = null;
      new Function('it', 'expect', 'unionAreasWithin', js)((_: string, g: () => void) => { f = g; }, expect, fn);
      return f!;
    };
    expect(body(wrong)).toThrow(/expected .* to be less than 1e-9/);
    expect(body(unionAreasWithin)).not.toThrow();
  });

  it('prints a wrong box clip, bound and cull as tests that parse', async () => {
    // The box clip's result stretched north by 1e-9; the bound halved; every buffer but the first left out.
    const stretched = (mp: MultiPolygon): BoxClipper => {
      const clip = boxClipper(mp);
      return (b) => {
        const cut = clip(b);
        return cut && { ...cut, coordinates: cut.coordinates.map((p) => p.map((r) => r.map((q) => [q[0]!, b[1] + (q[1]! - b[1]) * (1 + 1e-9)]))) };
      };
    };
    const wrong = [
      boxClipCampaign(stretched),
      bufferEdgeBoundCampaign({ longestBufferEdge: (p, r) => longestBufferEdge(p, r) / 2, longestSimplifiedSide }),
      coveredBuffersCampaign({ coveredBuffers: (items, within) => { const c = coveredBuffers(items, within); c.fill(1, 1); return c; }, bufferUnion }),
    ];
    for (const c of wrong) {
      const s = await run(c, c.name === 'covered-buffers' ? 6 : 21);
      expect(s.failures.length, c.name).toBeGreaterThan(0);
      for (const f of s.failures) expect(() => transpiled(f.test()), `${c.name} case ${f.index}`).not.toThrow();
    }
  });
});
