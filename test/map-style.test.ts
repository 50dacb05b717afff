import { describe, expect, it } from 'vitest';
import { defaultVisibility, GROUP_IDS } from '../src/map/layer-groups.ts';
import { buildStyle, DEFAULT_GROUP_ORDER } from '../src/map/map-style.ts';
import type { MapState } from '../src/map/map-style.ts';
import { moved } from '../src/app/state/app-state.ts';

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

describe('moved', () => {
  it('moves a group a step up or down, or to another group’s place, and nowhere past the ends', () => {
    expect(moved(['a', 'b', 'c'] as never, 'a' as never, 'up')).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'] as never, 'c' as never, 'down')).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'] as never, 'a' as never, 'c' as never)).toEqual(['b', 'c', 'a']);
    expect(moved(['a', 'b', 'c'] as never, 'c' as never, 'up')).toEqual(['a', 'b', 'c']);
  });
});
