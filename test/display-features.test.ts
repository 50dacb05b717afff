import { describe, expect, it } from 'vitest';
import { displayLayer, tileLayer } from '../src/map/display-features.ts';

describe('tileLayer', () => {
  it('keeps the feature index and only the named primitive properties', () => {
    const layer = { type: 'FeatureCollection' as const, features: [
      { type: 'Feature' as const, properties: { id: 'F1', landClass: '乔木林地', area: 12.5, samples: [1, 2] }, geometry: { type: 'Point' as const, coordinates: [120, 30] } },
      { type: 'Feature' as const, properties: { id: 'F2' }, geometry: { type: 'Point' as const, coordinates: [121, 30] } },
    ] };
    const t = tileLayer(layer, ['landClass', 'samples']);
    expect(t.features.map((f) => f.properties)).toEqual([{ _i: 0, landClass: '乔木林地' }, { _i: 1 }]);
    expect(t.features[1]!.geometry).toBe(layer.features[1]!.geometry);
  });
  it('gives every drawn feature its index, as the tiles do, and leaves nested values out', () => {
    const layer = { features: [{ type: 'Feature' as const, properties: { id: 'S', samples: [{ date: '2018-01-01' }] }, geometry: { type: 'Point' as const, coordinates: [120, 30] } }] };
    expect(displayLayer(layer).features[0]!.properties).toEqual({ _i: 0, id: 'S' });
  });
});
