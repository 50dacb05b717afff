import { describe, expect, it } from 'vitest';
import { legendEntries } from '../src/map/legend.ts';
import { summarizeLayer } from '../src/map/layer-summary.ts';
import { CLASS_COLORS, PROTECTED_COLORS } from '../src/map/palette.ts';
import { loadValid } from './helpers/load-fixture.ts';

describe('legend', async () => {
  const d = await loadValid('district');
  it('lists only categories present in the data, in the map’s colours', () => {
    expect(legendEntries('protectedAreas', summarizeLayer(d.layers.protectedAreas), new Set(), 'zh')).toEqual([
      { swatch: 'fill', color: PROTECTED_COLORS['自然保护区'], label: '自然保护区' },
      { swatch: 'fill', color: PROTECTED_COLORS['森林公园'], label: '森林公园' },
    ]);
    expect(legendEntries('forestParcels', summarizeLayer(d.layers.forestParcels), new Set(), 'zh').map((e) => e.label)).toEqual(['乔木林地', '竹林地', '特殊灌木林地', '一般灌木林地', '疏林地']);
  });
  it('lists the water classes shown on the map', () => {
    expect(legendEntries('sections', summarizeLayer(d.layers.sections), new Set([3, 6, null]), 'en')).toEqual([
      { swatch: 'circle', color: CLASS_COLORS[3], label: 'III' },
      { swatch: 'circle', color: CLASS_COLORS[6], label: 'worse than V' },
      { swatch: 'circle', color: '#9e9e9e', label: 'no data' },
    ]);
  });
});
