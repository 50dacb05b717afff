import { describe, expect, it } from 'vitest';
import { loadSites, newSiteId, saveSites, SITES_KEY, sitesGeoJson } from '../src/app/sites/site-store.ts';
import type { Site } from '../src/app/sites/site-store.ts';
import { overlapCsv, overlapGeoJson } from '../src/app/sites/site-exports.ts';
import { checkSite } from '../src/core/site/site-check.ts';
import { loadValid } from './helpers/load-fixture.ts';

const memory = () => { const m = new Map<string, string>(); return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m }; };
const square = { type: 'Polygon' as const, coordinates: [[[120.055, 30.045], [120.065, 30.045], [120.065, 30.055], [120.055, 30.055], [120.055, 30.045]]] };

describe('site store', () => {
  it('saves and loads sites, and survives a corrupt entry', () => {
    const store = memory();
    const sites: Site[] = [{ id: 'site-1', name: '甲', geometry: square, created: '2026-01-01T00:00:00Z', source: 'drawn' }];
    saveSites(store, sites);
    expect(loadSites(store)).toEqual(sites);
    store.setItem(SITES_KEY, '{not json');
    expect(loadSites(store)).toEqual([]);
  });
  it('gives unique ids and exports GeoJSON', () => {
    const s: Site[] = [{ id: 'site-2', name: 'a', geometry: square, created: '', source: 'drawn' }];
    expect(newSiteId(s)).toBe('site-3');
    expect(sitesGeoJson(s)).toMatchObject({ type: 'FeatureCollection', features: [{ id: 'site-2', properties: { name: 'a' } }] });
  });
});

describe('site exports', async () => {
  const check = checkSite(square, await loadValid('district'));
  it('writes the overlap table as CSV with a BOM for spreadsheets', () => {
    const csv = overlapCsv('项目, "一期"', check);
    expect(csv.startsWith('\uFEFF选址 site,图层 layer')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`"项目, ""一期""",生态保护红线,E 与B重叠,水土保持,${check.overlaps[0]!.areaM2.toFixed(2)},${check.overlaps[0]!.percentOfSite.toFixed(4)},`);
  });
  it('writes the overlap geometries as GeoJSON with the table values', () => {
    const gj = overlapGeoJson('甲', check) as { features: { properties: Record<string, unknown>; geometry: { type: string } }[] };
    expect(gj.features.map((f) => [f.properties.name, f.geometry.type])).toEqual([['E 与B重叠', 'MultiPolygon'], ['B 森林公园', 'MultiPolygon']]);
  });
});
