import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/core/data/dataset.ts';
import { searchFeatures } from '../src/core/data/search.ts';

const point = (properties: Record<string, unknown>) => ({ type: 'Feature' as const, properties, geometry: { type: 'Point' as const, coordinates: [120.9, 30] } });
const dataset = {
  manifest: { name: 'x', year: 2018, layers: {}, protectedRoles: [], targets: {}, statistics: null, sample: false },
  layers: {
    towns: { type: 'FeatureCollection', features: [point({ name: '百官街道' }), point({ name: '曹娥街道' })] },
    sections: { type: 'FeatureCollection', features: [point({ id: 'SY05', name: '百官大桥' }), point({ id: 'SY12', name: '汤浦水库取水口' }), point({ id: 'SY13' })] },
    redLines: { type: 'FeatureCollection', features: [point({ name: '汤浦水库水源涵养生态保护红线' })] },
  },
  statistics: {},
  missing: [],
} as unknown as Dataset;

describe('searchFeatures', () => {
  it('finds by name, starting matches first, across layers in a fixed order', () => {
    expect(searchFeatures(dataset, '百官').map((h) => h.label)).toEqual(['百官街道', '百官大桥']);
    expect(searchFeatures(dataset, '汤浦').map((h) => [h.id.layer, h.label])).toEqual([['sections', '汤浦水库取水口'], ['redLines', '汤浦水库水源涵养生态保护红线']]);
    expect(searchFeatures(dataset, '水库').map((h) => h.label)).toEqual(['汤浦水库取水口', '汤浦水库水源涵养生态保护红线']);
  });
  it('finds by id, ignoring case and spaces, and gives the id beside the name', () => {
    expect(searchFeatures(dataset, 'sy 05')).toEqual([{ id: { layer: 'sections', index: 0 }, label: '百官大桥', code: 'SY05' }]);
    expect(searchFeatures(dataset, 'SY13')).toEqual([{ id: { layer: 'sections', index: 2 }, label: 'SY13', code: null }]);
    expect(searchFeatures(dataset, '  ')).toEqual([]);
  });
});

describe('searchFeatures by pinyin', async () => {
  const { loadPinyinMatch } = await import('../src/app/components/pinyin-match.ts');
  const pinyin = await loadPinyinMatch();
  const labels = (q: string) => searchFeatures(dataset, q, 12, pinyin).map((h) => h.label);
  it('finds names by the initials or the full pinyin of consecutive characters, names spelt from the start first', () => {
    expect(labels('bgjd')).toEqual(['百官街道']);
    expect(labels('baiguan')).toEqual(['百官街道', '百官大桥']);
    expect(labels('tpsk')).toEqual(['汤浦水库取水口', '汤浦水库水源涵养生态保护红线']);
    expect(labels('sk')).toEqual(['汤浦水库取水口', '汤浦水库水源涵养生态保护红线']); // 水库, inside both names
    expect(labels('cejd')).toEqual(['曹娥街道']);
    expect(labels('bhhx')).toEqual(['汤浦水库水源涵养生态保护红线']); // 保护红线 at the end
  });
  it('still finds ids first, and nothing by letters that spell no consecutive characters', () => {
    expect(labels('sy1')).toEqual(['汤浦水库取水口', 'SY13']);
    expect(labels('tk')).toEqual([]); // 汤 … 库 are not next to each other
    expect(searchFeatures(dataset, 'tpsk')).toEqual([]); // without the matcher: no pinyin
  });
});
