/**
 * Keys of manifest.json the loader does not read are warned about, with where they belong or the
 * key they are nearest to: before, a top-level "samples" (instead of "sections": { "file", "samples" })
 * silently dropped every monitoring row.
 */
import { describe, expect, it } from 'vitest';
import { unknownManifestKeys } from '../src/core/data/manifest-keys.ts';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { memoryReader } from './helpers/read-fixture.ts';

describe('unknownManifestKeys', () => {
  it('knows every key the loader reads, at the top and in a layer', () => {
    expect(unknownManifestKeys({
      name: 'x', year: 2018, sample: true, note: 'n', protectedRoles: [], targets: {}, statistics: 's.json', database: 'postgres://h/d', years: {},
      layers: { boundary: 'b.geojson', sections: { file: 's.geojson', samples: 'm.csv', fields: {} }, forestParcels: { table: 'public.f', geometry: 'geom' }, parks: { file: 'p.geojson', tiles: 't/{z}/{x}/{y}.pbf', minzoom: 5, maxzoom: 12, bounds: [0, 0, 1, 1], layer: 'p' } },
      $schema: 'x', _comment: 'left alone',
    })).toEqual([]);
  });
  it('says where a misplaced key belongs, or which key was meant', () => {
    expect(unknownManifestKeys({ layers: { sections: { file: 's.geojson', sample: 'm.csv', Fields: {}, year: 2018, colour: 'red' } }, samples: 'm.csv', towns: 't.geojson', redline: 'r.geojson', protectedRole: [], frobnicate: 1 })).toEqual([
      { key: 'samples', layer: null, belongs: 'inLayer', target: 'sections' },
      { key: 'towns', layer: null, belongs: 'inLayers', target: 'towns' },
      { key: 'redline', layer: null, belongs: 'inLayers', target: 'redLines' },
      { key: 'protectedRole', layer: null, belongs: 'meant', target: 'protectedRoles' },
      { key: 'frobnicate', layer: null, belongs: null },
      { key: 'sample', layer: 'sections', belongs: 'meant', target: 'samples' },
      { key: 'Fields', layer: 'sections', belongs: 'meant', target: 'fields' },
      { key: 'year', layer: 'sections', belongs: 'atTop' },
      { key: 'colour', layer: 'sections', belongs: null },
    ]);
  });
});

describe('loadDataset warns about keys it does not read', () => {
  it('names a top-level "samples" and where it belongs, in both languages', async () => {
    const b = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'd' }, geometry: { type: 'Polygon', coordinates: [[[120, 30], [120.01, 30], [120.01, 30.01], [120, 30.01], [120, 30]]] } }] };
    const r = await loadDataset(memoryReader({ 'manifest.json': { layers: { boundary: 'b.geojson' }, samples: 'monitoring.csv' }, 'b.geojson': b }));
    const w = r.issues.find((i) => i.code === 'manifest.unknownKey')!;
    expect(w).toMatchObject({ severity: 'warning', file: 'manifest.json' });
    expect(`${w.message} — ${w.hint}`).toBe('has a key "samples" at its top level that the loader does not read: it is ignored — "samples" belongs inside the layer: "sections": { "file": …, "samples": … }.');
    expect(r.dataset).not.toBeNull();
  });
});
