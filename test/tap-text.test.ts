import { describe, expect, it } from 'vitest';
import { tapText } from '../src/app/exhibition/tap-text.ts';
import type { SectionResult } from '../src/core/index.ts';
import { quadArea } from './helpers/closed-form.ts';

const square = (w: number, s: number, e: number, n: number) => ({ type: 'Polygon' as const, coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });

describe('tapText', () => {
  it('says what a section is, its class and whether it meets its target', () => {
    const f = { type: 'Feature' as const, properties: { id: 'SY39', name: '陈溪' }, geometry: { type: 'Point' as const, coordinates: [121, 29.9] } };
    const section = { cls: 4, targetClass: 3 } as unknown as SectionResult;
    expect(tapText('sections', 38, f, section)).toEqual({ title: '陈溪', lines: ['这是水质监测断面。', '全年水质为 IV 类。', '未达到水环境功能区目标（III 类）。'] });
  });
  it('gives a red line its area and what it means', () => {
    // 0.1° × 0.1° at 30°N: Q = 106.90 km² (test/fixtures/README.md).
    expect(quadArea(120, 30, 120.1, 30.1) / 1e6).toBeCloseTo(106.90, 2);
    const f = { type: 'Feature' as const, properties: { name: '红线甲', type: '水源涵养' }, geometry: square(120, 30, 120.1, 30.1) };
    expect(tapText('redLines', 0, f, undefined)).toEqual({ title: '红线甲', lines: ['这是生态保护红线（水源涵养）。', '面积约 106.90 平方千米。', '红线内禁止开发建设。'] });
  });
  it('labels a feature without a name by its number, and gives small areas in hectares', () => {
    // 0.001° × 0.001° at 30°N ≈ 96.5 m × 110.9 m ≈ 1.07 ha.
    const f = { type: 'Feature' as const, properties: {}, geometry: square(120, 30, 120.001, 30.001) };
    expect(tapText('parks', 7, f, undefined)).toEqual({ title: '#7', lines: ['这是公园绿地。', '面积约 1.1 公顷。'] });
  });
});
