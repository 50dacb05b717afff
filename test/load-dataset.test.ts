import { describe, expect, it } from 'vitest';
import { formatIssue, hasErrors } from '../src/core/data/dataset.ts';
import { loadDataset } from '../src/core/data/load-dataset.ts';
import { fixtureReader, memoryReader } from './helpers/read-fixture.ts';

describe('loadDataset on a folder full of mistakes', async () => {
  const { dataset, issues } = await loadDataset(fixtureReader('invalid'));
  const text = issues.map(formatIssue);
  const find = (re: RegExp) => text.filter((t) => re.test(t));

  it('still returns the dataset with every usable feature', () => {
    expect(dataset).not.toBeNull();
    expect(hasErrors(issues)).toBe(true);
    expect(dataset!.layers.boundary!.features).toHaveLength(1);
    // good, bow-tie (repaired), unclosed (closed), overlapping-parts (merged) and self-touching (split)
    // red lines survive; the rest are errors.
    // RL-2 has no name: names are optional, so it stays (one summarised warning for the layer).
    expect(dataset!.layers.redLines!.features.map((f) => f.properties.name ?? f.id)).toEqual(['好的红线', 'RL-2', '蝴蝶形', '未闭合', '部分重叠', '自接触']);
    // Two 0.02° × 0.01° parts overlapping by half: merged into one 0.03° × 0.01° polygon.
    expect(dataset!.layers.redLines!.features[4]!.geometry.type).toBe('Polygon');
    // A ring through (120.055, 30.085) twice: two triangles touching there.
    expect(dataset!.layers.redLines!.features[5]!.geometry).toMatchObject({ type: 'MultiPolygon', coordinates: [expect.anything(), expect.anything()] });
    expect(dataset!.layers.sections!.features.map((f) => f.properties.id)).toEqual(['OK1', 'W1']);
    expect(dataset!.layers.forestParcels!.features.map((f) => f.properties.id)).toEqual(['001']);
  });

  it('names the file, the feature index and id, what is wrong and how to fix it', () => {
    expect(find(/^Warning: red-lines\.geojson: 1 of 6 features have no "name"; they are labelled by their number in the file .*; no indicator needs it — Add "name"/)).toHaveLength(1);
    expect(find(/^Error: red-lines\.geojson feature #3 \(id 线\): has geometry type LineString, but this layer needs Polygon or MultiPolygon/)).toHaveLength(1);
    expect(find(/^Error: red-lines\.geojson feature #5 .*\(120\.08, 95\) outside longitude\/latitude range — Longitude must be within/)).toHaveLength(1);
    expect(find(/^Error: red-lines\.geojson feature #6 .*empty/)).toHaveLength(1);
    expect(find(/^Warning: red-lines\.geojson feature #2 .*self-intersecting \(1 crossing\); it was repaired/)).toHaveLength(1);
    expect(find(/^Warning: red-lines\.geojson feature #4 .*not closed; it was closed/)).toHaveLength(1);
    expect(find(/^Warning: red-lines\.geojson feature #7 .*has parts that overlap \(part 1 and part 2\); they were merged so their overlap counts once — Dissolve/)).toHaveLength(1);
    expect(find(/^Warning: red-lines\.geojson feature #8 .*has a ring that touches itself at a vertex .*; it was split there/)).toHaveLength(1);
  });

  it('rejects projected coordinates without a system, naming the likely ones; converts a layer whose crs member names one', () => {
    expect(find(/^Error: projected\.geojson: has coordinates like \(40500000, 3320000\), which look projected \(metres\), and names no coordinate system — Add a "crs" member.*the likely systems are EPSG:4528 \(CGCS2000 \/ 3-degree Gauss-Kruger zone 40\)/)).toHaveLength(1);
    expect(dataset!.layers.protectedAreas).toBeUndefined();
    // crs-4549.geojson declares EPSG:4549 but holds longitude/latitude.
    expect(find(/^Error: crs-4549\.geojson: declares urn:ogc:def:crs:EPSG::4549 \(CGCS2000 \/ 3-degree Gauss-Kruger CM 120E\), but has coordinates like \(120\.01, 30\.01\) that do not fit that system — .*EPSG:4490 or EPSG:4326/)).toHaveLength(1);
    expect(dataset!.layers.parks).toBeUndefined();
  });
  it('lists what failed to load by role, for the indicators to say they are incomplete', () => {
    const m = dataset!.missing;
    expect(m.filter((x) => x.feature === undefined).map((x) => `${x.layer}:${x.file}`)).toEqual(['protectedAreas:projected.geojson', 'parks:crs-4549.geojson', 'urbanAreas:broken.geojson', 'towns:missing.geojson']);
    expect(m.filter((x) => x.layer === 'redLines').map((x) => x.feature)).toEqual([3, 5, 6]);
    expect(m.find((x) => x.layer === 'forestParcels' && x.feature === 1)).toMatchObject({ file: 'forest.geojson', id: '002', reason: expect.stringMatching(/果园/) });
  });

  it('checks vocabularies and values, through the manifest’s field mapping', () => {
    expect(find(/forest\.geojson feature #1 \(id 002\): land class "果园" is not one of the forest-inventory classes — Use one of: 乔木林地/)).toHaveLength(1);
    expect(find(/forest\.geojson feature #2 \(id 003\): has no value in attribute "DLMC" \(mapped to "landClass"\)/)).toHaveLength(1);
    expect(find(/sections\.geojson feature #1 \(id BAD1\): level "区控" is not a monitoring level/)).toHaveLength(1);
    expect(find(/sections\.geojson feature #2 \(id BAD2\): has neither "samples" nor "class"/)).toHaveLength(1);
    expect(find(/sections\.geojson feature #3 \(id BAD3\): sample 1: NH3N is negative/)).toHaveLength(1);
    expect(find(/sections\.geojson feature #3 \(id BAD3\): sample 1: DO is "7", not a number/)).toHaveLength(1);
    expect(find(/^Warning: sections\.geojson feature #4 \(id W1\): samples have parameters the GB 3838 evaluation does not know: 叶绿素/)).toHaveLength(1);
  });

  it('reports broken JSON and missing files without throwing', () => {
    expect(find(/^Error: broken\.geojson: is not valid JSON/)).toHaveLength(1);
    expect(find(/^Error: missing\.geojson: was not found \(named for layer "towns" in manifest\.json\)/)).toHaveLength(1);
  });
});

describe('loadDataset manifest problems', () => {
  it('needs a manifest and a boundary', async () => {
    expect((await loadDataset(memoryReader({}))).issues.map(formatIssue)).toEqual([expect.stringMatching(/^Error: manifest\.json: was not found/)]);
    const r = await loadDataset(memoryReader({ 'manifest.json': { layers: { parks: 'p.geojson' } } }));
    expect(r.dataset).toBeNull();
    expect(r.issues.map(formatIssue)).toEqual([expect.stringMatching(/names no "boundary" layer/)]);
  });
  it('reports invalid manifest JSON and bad entries', async () => {
    expect((await loadDataset(memoryReader({ 'manifest.json': '{"layers": {,}' }))).issues[0]!.message).toMatch(/is not valid JSON/);
    const r = await loadDataset(memoryReader({
      'manifest.json': { layers: { boundary: 'b.geojson', parks: { fields: {} } }, protectedRoles: ['sections'], targets: { forestCoverage: '40' } },
      'b.geojson': { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'x' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }] },
    }));
    const t = r.issues.map(formatIssue).join('\n');
    expect(t).toMatch(/layer "parks" has no file name/);
    expect(t).toMatch(/"protectedRoles" names "sections", which is not a polygon role/);
    expect(t).toMatch(/target "forestCoverage" must be a number/);
  });
  it('accepts a crs member naming CRS84 or EPSG:4490', async () => {
    const layer = (name: string) => ({ type: 'FeatureCollection', crs: { type: 'name', properties: { name } }, features: [{ type: 'Feature', properties: { name: 'x' }, geometry: { type: 'Polygon', coordinates: [[[120, 30], [121, 30], [121, 31], [120, 30]]] } }] });
    for (const name of ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4490', 'urn:ogc:def:crs:EPSG::4326']) {
      const r = await loadDataset(memoryReader({ 'manifest.json': { layers: { boundary: 'b.geojson' } }, 'b.geojson': layer(name) }));
      expect(r.issues).toEqual([]);
    }
  });
});
