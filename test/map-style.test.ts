import { describe, expect, it } from 'vitest';
import { defaultVisibility, GROUP_IDS } from '../src/map/layer-groups.ts';
import { buildStyle, DEFAULT_GROUP_ORDER } from '../src/map/map-style.ts';
import type { MapState } from '../src/map/map-style.ts';
import { moved } from '../src/app/state/app-state.ts';
import { datasetFilePath, datasetTiles } from '../src/map/dataset-tiles.ts';

const state: MapState = { visible: defaultVisibility(), opacity: Object.fromEntries(GROUP_IDS.map((g) => [g, 1])) as MapState['opacity'], urls: {}, highlight: [], selection: null, basemap: null, largeLabels: false };
const ids = (s: MapState) => buildStyle(s).layers.map((l) => l.id);

describe('buildStyle: layer order and colour', () => {
  it('draws the default group order exactly as the styled layers are listed', () => {
    expect(ids({ ...state, order: DEFAULT_GROUP_ORDER })).toEqual(ids(state));
  });
  it('puts a group moved to the top above the others, labels and points still on top', () => {
    const order = moved(DEFAULT_GROUP_ORDER, 'forestParcels', DEFAULT_GROUP_ORDER[DEFAULT_GROUP_ORDER.length - 1]!);
    const l = ids({ ...state, order });
    expect(l.indexOf('forestParcels-fill')).toBeGreaterThan(l.indexOf('redLines-line'));
    expect(l.indexOf('sections-circle')).toBeGreaterThan(l.indexOf('forestParcels-fill'));
    expect(l.indexOf('towns-label')).toBeGreaterThan(l.indexOf('forestParcels-fill'));
  });
  it('paints a group in the chosen colour', () => {
    const parks = buildStyle({ ...state, colors: { parks: '#123456' } }).layers.filter((l) => l.id.startsWith('parks-') && !l.id.endsWith('highlight') && !l.id.endsWith('selection'));
    expect(parks.map((l) => (l.paint as Record<string, unknown>)['fill-color'] ?? (l.paint as Record<string, unknown>)['line-color'])).toEqual(['#123456', '#123456']);
  });
});

describe('buildStyle: table filters', () => {
  const layer = (s: MapState, id: string) => buildStyle(s).layers.find((l) => l.id === id) as { filter?: unknown };
  it('draws only the kept features of a filtered group, on every layer of its source, keeping the layer’s own filter', () => {
    const s = { ...state, filters: { water: { indices: [3, 1, 3], keep: true } } };
    expect(layer(s, 'water-fill').filter).toEqual(['all', ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false], ['match', ['get', '_i'], [3, 1], true, false]]);
    expect(layer(s, 'water-line').filter).toEqual(['all', ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false], ['match', ['get', '_i'], [3, 1], true, false]]);
    expect(layer({ ...state, filters: { parks: { indices: [0], keep: false } } }, 'parks-fill').filter).toEqual(['match', ['get', '_i'], [0], false, true]);
  });
  it('draws nothing when no row passes, everything when none is dropped; other groups and labels untouched', () => {
    expect(layer({ ...state, filters: { parks: { indices: [], keep: true } } }, 'parks-line').filter).toEqual(['==', 1, 0]);
    expect(layer({ ...state, filters: { parks: { indices: [], keep: false } } }, 'parks-line').filter).toEqual(['==', 1, 1]);
    const s = { ...state, filters: { towns: { indices: [0], keep: true } } };
    expect(layer(s, 'towns-label').filter).toBeUndefined();
    expect(layer(s, 'parks-fill').filter).toBeUndefined();
  });
});

describe('buildStyle: towns choropleth', () => {
  const layer = (s: MapState) => buildStyle(s).layers.find((l) => l.id === 'towns-choropleth') as { layout: Record<string, unknown>; paint: Record<string, unknown> };
  it('colours each town by its index when the By-town view gives colours, and is hidden otherwise', () => {
    expect(layer(state).layout.visibility).toBe('none');
    const on = layer({ ...state, choropleth: { colors: ['#c62828', '#2e7d32'] } });
    expect(on.layout.visibility).not.toBe('none');
    expect(on.paint['fill-color']).toEqual(['match', ['get', '_i'], 0, '#c62828', 1, '#2e7d32', 'rgba(0,0,0,0)']);
  });
});

describe('moved', () => {
  it('moves a group a step up or down, or to another group’s place, and nowhere past the ends', () => {
    expect(moved(['a', 'b', 'c'] as never, 'a' as never, 'up')).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'] as never, 'c' as never, 'down')).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'] as never, 'a' as never, 'c' as never)).toEqual(['b', 'c', 'a']);
    expect(moved(['a', 'b', 'c'] as never, 'c' as never, 'up')).toEqual(['a', 'b', 'c']);
  });
});

describe('buildStyle: a layer drawn from the dataset’s own vector tiles', () => {
  const spec = { template: 'tiles/forestParcels/{z}/{x}/{y}.pbf', minzoom: 5, maxzoom: 12, layer: 'forest', bounds: [120, 29, 121, 30] as const };
  const s = { ...state, tiles: { forestParcels: datasetTiles(3, spec) } };
  it('reads the dataset’s tiles by a URL naming the load and the path, with their zooms and bounds', () => {
    expect(buildStyle(s).sources.forestParcels).toEqual({ type: 'vector', tiles: ['ecomap-file://3/tiles/forestParcels/{z}/{x}/{y}.pbf'], minzoom: 5, maxzoom: 12, bounds: [120, 29, 121, 30] });
    expect(datasetFilePath('ecomap-file://3/tiles/forestParcels/12/3421/1690.pbf')).toBe('tiles/forestParcels/12/3421/1690.pbf');
    expect(datasetFilePath('https://example.invalid/12/1/2.pbf')).toBeNull();
  });
  it('draws, outlines and selects from the layer inside those tiles; other layers keep the tiles cut here', () => {
    const layers = buildStyle({ ...s, selection: { layer: 'forestParcels', index: 2 } }).layers as { id: string; source?: string; 'source-layer'?: string }[];
    const forest = layers.filter((l) => l.source === 'forestParcels');
    expect(forest.map((l) => l.id)).toEqual(expect.arrayContaining(['forestParcels-fill', 'forestParcels-highlight', 'forestParcels-selection']));
    for (const l of forest) expect(l['source-layer'], l.id).toBe('forest');
    expect(layers.find((l) => l.id === 'parks-fill')!['source-layer']).toBe('features');
  });
});
