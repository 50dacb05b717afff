import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { cutTile } from '../src/map/tile-cutter.ts';
import { parseTileUrl, TILE_LAYER, tileTemplate } from '../src/map/tile-source.ts';

const url = (z: number, x: number, y: number, source: string | null) => tileTemplate(source).replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
// A 0.01° square at 120.00–120.01 E, 30.00–30.01 N, with a property, as a data: URL.
const square = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { _fid: 'parks:0', name: '公园' }, geometry: { type: 'Polygon', coordinates: [[[120, 30], [120.01, 30], [120.01, 30.01], [120, 30.01], [120, 30]]] } }] };
const source = `data:application/json,${encodeURIComponent(JSON.stringify(square))}`;

describe('tile URLs', () => {
  it('round-trip the GeoJSON URL and the tile coordinates', () => {
    const blob = 'blob:http://localhost:4173/0f1e2d3c-aaaa-bbbb-cccc-0123456789ab';
    expect(parseTileUrl(url(12, 3412, 1683, blob))).toEqual({ source: blob, z: 12, x: 3412, y: 1683 });
    expect(parseTileUrl(url(0, 0, 0, null))).toEqual({ source: null, z: 0, x: 0, y: 0 });
    expect(parseTileUrl('https://example.invalid/1/2/3')).toBeNull();
  });
});

describe('cutTile', () => {
  it('encodes the features of a tile, with their properties, in the one layer', async () => {
    // Zoom 12: the square lies in tile x = floor((120 + 180) / 360 · 4096) = 3413 (to 3413.45) and
    // y = floor((1 − ln(tan φ + sec φ) / π) / 2 · 4096) = 1689 (1689.91 at 30.00°, 1689.78 at 30.01°).
    const buf = await cutTile(url(12, 3413, 1689, source));
    const layer = new VectorTile(new PbfReader(buf)).layers[TILE_LAYER]!;
    expect(layer.length).toBe(1);
    const f = layer.feature(0);
    expect(f.properties).toEqual({ _fid: 'parks:0', name: '公园' });
    expect(f.type).toBe(3);
    // Back to lon/lat: the ring's corners within a tile unit (≈ 0.05 m at zoom 12 and extent 8192).
    const ring = (f.toGeoJSON(3413, 1689, 12).geometry as { coordinates: number[][][] }).coordinates[0]!;
    const west = Math.min(...ring.map((p) => p[0]!)), north = Math.max(...ring.map((p) => p[1]!));
    expect(west).toBeCloseTo(120, 5);
    expect(north).toBeCloseTo(30.01, 5);
  });
  it('gives an empty buffer for a tile without features and for no data', async () => {
    expect((await cutTile(url(12, 0, 0, source))).byteLength).toBe(0);
    expect((await cutTile(url(3, 1, 2, null))).byteLength).toBe(0);
    await expect(cutTile('nonsense')).rejects.toThrow(/not a tile URL/);
  });
});
