import { describe, expect, it } from 'vitest';
import { initialState, reduce } from '../src/app/state/app-state.ts';
import { applyUrl, formatHash, parseHash } from '../src/app/state/url-state.ts';

describe('URL state', () => {
  it('round-trips view, layers, selection, month and language', () => {
    let s = initialState();
    s = reduce(s, { type: 'visible', group: 'forestParcels', visible: true });
    s = reduce(s, { type: 'visible', group: 'towns', visible: false });
    s = reduce(s, { type: 'select', id: { layer: 'sections', index: 12 } });
    s = reduce(s, { type: 'month', month: 7 });
    s = reduce(s, { type: 'lang', lang: 'en' });
    const hash = formatHash(s, { center: [120.81234, 29.9], zoom: 11.25, bearing: -15 });
    expect(hash).toBe('map=11.25/29.90000/120.81234/-15&layers=neighbours,roads,water,forestParcels,protectedAreas,redLines,sections&sel=sections%3A12&month=7&lang=en');
    const u = parseHash(`#${hash}`);
    expect(u.view).toEqual({ zoom: 11.25, center: [120.81234, 29.9], bearing: -15 });
    const back = applyUrl(initialState(), u);
    expect(back.visible).toEqual(s.visible);
    expect(back).toMatchObject({ selected: { layer: 'sections', index: 12 }, month: 7, lang: 'en', tab: 'inspector' });
  });
  it('ignores malformed parts', () => {
    expect(parseHash('#map=abc/1/2&month=13&lang=fr')).toEqual({});
    expect(parseHash('#map=10/95/120')).toEqual({});
    expect(parseHash('')).toEqual({});
  });
});

describe('app state', () => {
  it('toggles a highlight and clamps opacity', () => {
    let s = reduce(initialState(), { type: 'highlight', id: 'forestCoverage' });
    expect(s.highlight).toBe('forestCoverage');
    s = reduce(s, { type: 'highlight', id: 'forestCoverage' });
    expect(s.highlight).toBeNull();
    expect(reduce(s, { type: 'opacity', group: 'parks', opacity: 3 }).opacity.parks).toBe(1);
  });
  it('opens the inspector when a feature is selected from the board', () => {
    expect(reduce(initialState(), { type: 'select', id: { layer: 'parks', index: 1 } }).tab).toBe('inspector');
  });
});

describe('URL state: opacity and the outlined indicator', () => {
  it('round-trips the opacity of faded layers and the highlighted indicator', () => {
    let s = initialState();
    s = reduce(s, { type: 'opacity', group: 'parks', opacity: 0.4 });
    s = reduce(s, { type: 'highlight', id: 'forestCoverage' });
    const hash = formatHash(s, null);
    expect(hash).toMatch(/&opacity=parks:0\.4&ind=forestCoverage$/);
    const back = applyUrl(initialState(), parseHash(`#${hash}`));
    expect(back.opacity.parks).toBe(0.4);
    expect(back.opacity.redLines).toBe(1);
    expect(back.highlight).toBe('forestCoverage');
  });
  it('ignores malformed opacity and indicator values', () => {
    expect(parseHash('#opacity=parks:7,nope:0.5&ind=<script>')).toEqual({});
  });
});
