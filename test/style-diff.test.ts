import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { keepOwnAndForeign } from '../src/map/style-diff.ts';

const point = (x: number) => ({ type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [x, 30] } }] });
const empty = { type: 'FeatureCollection' as const, features: [] };
const style = (sources: StyleSpecification['sources'], layers: StyleSpecification['layers']): StyleSpecification => ({ version: 8, sources, layers });

describe('keepOwnAndForeign', () => {
  it('returns the new style unchanged when there was none before', () => {
    const next = style({ sites: { type: 'geojson', data: empty } }, []);
    expect(keepOwnAndForeign(undefined, next)).toBe(next);
  });
  it('keeps the data GeoJSON sources hold now, but not the marker\'s', () => {
    const previous = style({ sites: { type: 'geojson', data: point(1) }, marker: { type: 'geojson', data: point(2) } }, []);
    const next = style({ sites: { type: 'geojson', data: empty }, marker: { type: 'geojson', data: point(3) } }, []);
    const out = keepOwnAndForeign(previous, next);
    expect(out.sources.sites).toEqual({ type: 'geojson', data: point(1) });
    expect(out.sources.marker).toEqual({ type: 'geojson', data: point(3) });
  });
  it('keeps sources and layers others added (the drawing tool), drops old basemaps and own layers the new state has not', () => {
    const previous = style(
      { 'td-point': { type: 'geojson', data: point(4) }, basemap: { type: 'raster', tiles: ['https://a/{z}/{x}/{y}.png'] } },
      [
        { id: 'basemap-raster', type: 'raster', source: 'basemap' },
        { id: 'sites-fill', type: 'fill', source: 'sites' },
        { id: 'td-point', type: 'circle', source: 'td-point' },
      ],
    );
    const next = style({}, [{ id: 'towns-line', type: 'line', source: 'towns' }]);
    const out = keepOwnAndForeign(previous, next);
    expect(Object.keys(out.sources)).toEqual(['td-point']);
    expect(out.layers.map((l) => l.id)).toEqual(['towns-line', 'td-point']);
  });
});
