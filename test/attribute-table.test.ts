import { describe, expect, it } from 'vitest';
import { AREA_COLUMN, attributeTable, tableCsv } from '../src/core/index.ts';
import type { Layer } from '../src/core/index.ts';
import { quadArea, relDiff } from './helpers/closed-form.ts';
import { rect } from './helpers/shapes.ts';

const layer: Layer = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: rect(120, 30, 120.01, 30.01), properties: { id: 'L1', landClass: '乔木林地', n: 3, samples: [{ a: 1 }] } },
    { type: 'Feature', geometry: rect(120.02, 30, 120.03, 30.02), properties: { id: 'L2', landClass: '耕地, 水田', n: null, flag: true } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [120, 30] }, properties: { id: '=1+1', n: 7 } },
  ],
};

describe('attributeTable', () => {
  const t = attributeTable(layer);
  it('has a column per plain property in first-seen order, numbers typed, nested values left out, area last', () => {
    expect(t.columns).toEqual([
      { key: 'id', kind: 'text' }, { key: 'landClass', kind: 'text' }, { key: 'n', kind: 'number' }, { key: 'flag', kind: 'text' }, { key: AREA_COLUMN, kind: 'number' },
    ]);
    expect(t.indices).toEqual([0, 1, 2]);
    expect(t.cells[1]!.slice(0, 4)).toEqual(['L2', '耕地, 水田', null, 'true']);
    expect(t.cells[2]!.slice(0, 4)).toEqual(['=1+1', null, 7, null]);
  });
  it('gives the ellipsoidal area of polygons (closed form of a lon/lat quadrangle), none for points', () => {
    expect(relDiff(t.cells[0]![4] as number, quadArea(120, 30, 120.01, 30.01))).toBeLessThan(1e-8);
    expect(relDiff(t.cells[1]![4] as number, quadArea(120.02, 30, 120.03, 30.02))).toBeLessThan(1e-8);
    expect(t.cells[2]![4]).toBeNull();
  });
  it('leaves out a canonical property that copies a source attribute in every feature, keeps one that differs', () => {
    const f = (p: Record<string, unknown>) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [120, 30] }, properties: p });
    expect(attributeTable({ features: [f({ 小班号: 'A', id: 'A', 地类: '竹林地', landClass: '竹林地' }), f({ 小班号: 'B', id: 'B', 地类: '耕地', landClass: '耕地' })] }).columns.map((c) => c.key)).toEqual(['小班号', '地类']);
    expect(attributeTable({ features: [f({ 名称: 'A', name: 'A' }), f({ 名称: 'B', name: 'C' })] }).columns.map((c) => c.key)).toEqual(['名称', 'name']);
  });
  it('has no area column for a point layer, and an empty table for an empty layer', () => {
    expect(attributeTable({ features: [layer.features[2]!] }).columns.map((c) => c.key)).toEqual(['id', 'n']);
    expect(attributeTable({ features: [] })).toEqual({ columns: [], indices: [], cells: [] });
  });
});

describe('tableCsv', () => {
  it('writes the chosen rows with titles, a BOM, quoting, formula guard and areas to 0.01 m²', () => {
    const t = attributeTable(layer);
    const csv = tableCsv(t, [2, 1], (k) => (k === AREA_COLUMN ? '面积 m²' : k));
    const area = (t.cells[1]![4] as number).toFixed(2);
    expect(csv).toBe(`\uFEFFid,landClass,n,flag,面积 m²\r\n'=1+1,,7,,\r\nL2,"耕地, 水田",,true,${area}\r\n`);
  });
});
