/**
 * The words of a site check (site-findings.ts), shared by the panel, the printed report and the
 * CLI: a partial overlap is said to be partial, with its share and area; farmland in 亩; a line the
 * dataset lacks is "not checked"; the verdict names what stops the site.
 * test/fixtures/district: red line E 120.05–120.07 × 30.04–30.06, protected area B 120.02–120.06 × 30.00–30.05.
 */
import { describe, expect, it } from 'vitest';
import { checkSite } from '../src/core/site/site-check.ts';
import { findingText, siteFindings, siteVerdict } from '../src/core/site/site-findings.ts';
import type { Dataset } from '../src/core/data/dataset.ts';
import { MU_M2 } from '../src/core/format/format-number.ts';
import { quadArea } from './helpers/closed-form.ts';
import { loadValid } from './helpers/load-fixture.ts';
import { rect } from './helpers/shapes.ts';

const d = await loadValid('district');
const zh2 = (v: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);

describe('siteFindings', () => {
  it('says a site half in a red line is partly in it (with its share and area), and stops it', () => {
    const c = checkSite(rect(120.065, 30.045, 120.075, 30.055), d);
    const f = siteFindings(c);
    const red = f.find((x) => x.layer === 'redLines')!;
    expect(red.level).toBe('stop');
    expect(findingText(red, 'zh')).toBe(`部分位于生态保护红线内（${zh2(c.roles.redLines.percentOfSite)} %，${zh2(c.roles.redLines.areaM2)} m²）`);
    expect(findingText(red, 'en')).toMatch(/^Ecological red line: partly inside \(\d+\.\d\d %, [\d,]+\.\d\d m²\)$/);
    expect(siteVerdict(f, 'zh')).toMatchObject({ level: 'stop', text: expect.stringMatching(/^不可按现状建设：部分位于生态保护红线内/) });
  });
  it('says a site wholly in a red line is wholly in it', () => {
    const red = siteFindings(checkSite(rect(120.055, 30.045, 120.065, 30.055), d)).find((x) => x.layer === 'redLines')!;
    expect(findingText(red, 'zh')).toMatch(/^完全位于生态保护红线内（[\d,]+\.\d\d m²）$/);
  });
  it('gives the nearest red line when the site is clear of all, and says the lines the dataset lacks were not checked', () => {
    const c = checkSite(rect(120.075, 30.041, 120.078, 30.059), d);
    const f = siteFindings(c);
    expect(findingText(f.find((x) => x.layer === 'redLines')!, 'zh')).toMatch(/^不涉及生态保护红线（最近 [\d,]+ m：.+）$/);
    expect(f.filter((x) => x.level === 'unchecked').map((x) => findingText(x, 'zh'))).toEqual(['数据集中没有永久基本农田图层：未核查', '数据集中没有历史文化保护区域图层：未核查', '数据集中没有城镇开发边界图层：未核查']);
    // Clear of what was checked, and the verdict names only those.
    expect(siteVerdict(f, 'zh')).toEqual({ level: 'clear', text: '未发现禁止或须审批的情形（已核查：生态保护红线、自然保护地）' });
  });
  it('gives occupied permanent basic farmland in 亩 and m², and a heritage protection range as a hard stop', () => {
    const farm = rect(120.075, 30.041, 120.078, 30.059); // a site wholly inside the farmland and a heritage range
    const square = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { name: '农田', zone: '保护范围' }, geometry: rect(120.07, 30.04, 120.09, 30.07) }] };
    const withLines: Dataset = { ...d, layers: { ...d.layers, permanentFarmland: square, heritageAreas: square, urbanBoundary: square } };
    const c = checkSite(farm, withLines);
    const f = siteFindings(c);
    const m2 = quadArea(120.075, 30.041, 120.078, 30.059);
    expect(findingText(f.find((x) => x.layer === 'permanentFarmland')!, 'zh')).toBe(`占用永久基本农田 ${zh2(c.areaM2 / MU_M2)} 亩（${zh2(c.areaM2)} m²，占用地 100.00 %）`);
    expect(Math.abs(c.areaM2 - m2) / m2).toBeLessThan(1e-7);
    expect(f.find((x) => x.layer === 'heritageAreas')).toMatchObject({ level: 'stop', key: 'findHeritageRange' });
    expect(findingText(f.find((x) => x.layer === 'urbanBoundary')!, 'zh')).toBe('位于城镇开发边界内');
    expect(siteVerdict(f, 'en').text).toMatch(/^Cannot be built as drawn: Occupies permanent basic farmland: [\d.]+ mu/);
  });
});
