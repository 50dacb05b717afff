import { describe, expect, it } from 'vitest';
import { explainIndicator as howComputed } from '../src/core/indicators/explain.ts';
import { computeReport } from '../src/core/indicators/compute-report.ts';
import { parseStatistics } from '../src/core/data/load-dataset.ts';
import { loadValid } from './helpers/load-fixture.ts';

describe('explainIndicator', async () => {
  const r = computeReport(await loadValid('district'));
  const ind = (id: string) => r.indicators.find((i) => i.id === id)!;
  it('says how much overlap was counted once', () => {
    // E ∩ B = 0.01° × 0.01° at 30.04–30.05 N ≈ 1.07 km².
    expect(howComputed(ind('protectedShare'), 'zh')).toMatch(/^保护地合计 \d+\.\d\d km²（重叠 1\.07 km² 只计一次）÷ 辖区 106\.90 km²$/);
    expect(howComputed(ind('protectedShare'), 'en')).toMatch(/overlap of 1\.07 km² counted once/);
  });
  it('names missing inputs', () => {
    expect(howComputed(ind('sectionsGoodRate'), 'en')).toMatch(/^Missing: /);
  });
  it('gives source and year of reported values', () => {
    expect(howComputed(ind('goodAirDays'), 'zh')).toBe('test · 2018');
    // No sourceEn in the file: English shows the source as written.
    expect(howComputed(ind('goodAirDays'), 'en')).toBe('test · 2018');
  });
  it('gives the English source (sourceEn) in English', async () => {
    const d = await loadValid('district');
    const { statistics, issues } = parseStatistics(JSON.stringify({ values: { goodAirDays: { value: 84.1, unit: '%', year: 2018, source: '上虞区统计资料（示意数据）', sourceEn: 'Shangyu statistics (sample data)' } } }), 'statistics.json');
    expect(issues).toEqual([]);
    expect(statistics.goodAirDays).toMatchObject({ source: '上虞区统计资料（示意数据）', sourceEn: 'Shangyu statistics (sample data)' });
    const air = computeReport({ ...d, statistics }).indicators.find((i) => i.id === 'goodAirDays')!;
    expect(howComputed(air, 'zh')).toBe('上虞区统计资料（示意数据） · 2018');
    expect(howComputed(air, 'en')).toBe('Shangyu statistics (sample data) · 2018');
  });
});

describe('explainIndicator without anything listed as missing', () => {
  it('says what the measurement lacked in its own words', async () => {
    // test/fixtures/water with its drinking-water protection area made a forest park and the flags
    // removed: sections, but no drinking-water source among them, so the rate has nothing to count.
    const d = await loadValid('water');
    const sections = d.layers.sections!.features.map((f) => ({ ...f, properties: { ...f.properties, drinkingWaterSource: false } }));
    const parks = d.layers.protectedAreas!.features.map((f) => ({ ...f, properties: { ...f.properties, category: '森林公园' } }));
    const r = computeReport({ ...d, layers: { ...d.layers, protectedAreas: { type: 'FeatureCollection', features: parks }, sections: { type: 'FeatureCollection', features: sections } } });
    const dw = r.indicators.find((i) => i.id === 'drinkingWaterCompliance')!;
    expect(dw.value).toBeNull();
    expect(dw.explanation.en).toBe('Missing: drinking-water-source sections with samples');
  });
});
