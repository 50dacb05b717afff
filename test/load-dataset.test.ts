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
    expect(find(/^Warning: red-lines\.geojson feature #2 .*is not a valid polygon: Self-intersection \(GEOS, as PostGIS's ST_IsValidDetail; at 120\.\d+, 30\.\d+\); it was made valid as PostGIS's ST_MakeValid\(geom, 'method=structure'\) does/)).toHaveLength(1);
    expect(find(/^Warning: red-lines\.geojson feature #4 .*not closed; it was closed/)).toHaveLength(1);
    expect(find(/^Warning: red-lines\.geojson feature #7 .*is not a valid polygon: Self-intersection .*ST_MakeValid.* — Fix it in the source .*"Fix geometries" or PostGIS ST_MakeValid/)).toHaveLength(1);
    expect(find(/^Warning: red-lines\.geojson feature #8 .*is not a valid polygon: Ring Self-intersection /)).toHaveLength(1);
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
    expect(find(/sections\.geojson feature #3 \(id BAD3\): sample 1: DO .*not a number/)).toHaveLength(1);
    // Sample 2: a month 13 and a pH of 15 are errors; "7.5" and "0.05L" (below detection) are values.
    expect(find(/sections\.geojson feature #3 \(id BAD3\): sample 2 has the date 2018-13-45, which is not a real date/)).toHaveLength(1);
    expect(find(/sections\.geojson feature #3 \(id BAD3\): sample 2: pH 15 is outside 0–14/)).toHaveLength(1);
    expect(find(/BAD3.*sample 2: (DO|TP)/)).toHaveLength(0);
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

describe('loadDataset: agency-shaped input', () => {
  const box = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[120, 30], [120.1, 30], [120.1, 30.1], [120, 30]]] } }] };
  const messages = async (files: Record<string, unknown>) => (await loadDataset(memoryReader(files))).issues.map(formatIssue).join('\n');

  it('a manifest with a byte-order mark and a red-line layer without name or type loads, with one summarised warning', async () => {
    const redLines = { type: 'FeatureCollection', features: [0, 1].map((k) => ({ type: 'Feature', properties: { 编号: k }, geometry: { type: 'Polygon', coordinates: [[[120 + k * 0.02, 30], [120.01 + k * 0.02, 30], [120.01 + k * 0.02, 30.01], [120 + k * 0.02, 30]]] } })) };
    const r = await loadDataset(memoryReader({ 'manifest.json': `\ufeff${JSON.stringify({ layers: { boundary: 'b.geojson', redLines: 'r.geojson' } })}`, 'b.geojson': box, 'r.geojson': redLines }));
    expect(hasErrors(r.issues)).toBe(false);
    expect(r.dataset!.layers.redLines!.features).toHaveLength(2);
    const t = r.issues.map(formatIssue);
    expect(t).toContainEqual(expect.stringMatching(/^Warning: manifest\.json: starts with a byte-order mark/));
    expect(t).toContainEqual(expect.stringMatching(/^Warning: r\.geojson: no feature has "name"; they are labelled by their number/));
    expect(t).toContainEqual(expect.stringMatching(/^Warning: r\.geojson: no feature has "type"/));
  });
  it('keys written twice, misspelt roles, paths outside the folder and reserved names in the manifest', async () => {
    const t = await messages({
      'manifest.json': '{"layers": {"boundary": "b.geojson", "boundary": "b.geojson", "redline": "r.geojson", "parks": "../../etc/passwd.geojson", "__proto__": "x.geojson"}}',
      'b.geojson': box,
    });
    expect(t).toMatch(/manifest\.json: has keys written twice in the same object: "boundary" \(line 1\); only the last of each would count/);
    expect(t).toMatch(/names a layer "redline", which is not a role; "redLines" was probably meant/);
    expect(t).toMatch(/the file of layer "parks" points outside the dataset folder/);
    expect(t).not.toMatch(/root:/);
  });
  it('values that are members of JavaScript objects are ordinary strings', async () => {
    const sections = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'constructor', name: 'toString', waterBody: 'constructor', targetClass: '__proto__', class: 'II' }, geometry: { type: 'Point', coordinates: [120.05, 30.05] } }] };
    const r = await loadDataset(memoryReader({ 'manifest.json': { layers: { boundary: 'b.geojson', sections: { file: 's.geojson', fields: { river: 'constructor' } } } }, 'b.geojson': box, 's.geojson': sections }));
    const t = r.issues.map(formatIssue).join('\n');
    expect(t).toMatch(/waterBody "constructor" is not river, lake or reservoir/);
    expect(t).toMatch(/targetClass "__proto__" is not a water class/);
  });
  it('a feature spanning more than 180° of longitude, and latitude beyond ±90', async () => {
    const wide = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[-170, 30], [120.1, 30], [120.1, 30.1], [-170, 30]]] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[30, 120.8], [30.01, 120.8], [30.01, 120.81], [30, 120.8]], [[120, 30], [120.1, 30], [120.1, 30.1], [120, 30]]] } },
    ] };
    const t = await messages({ 'manifest.json': { layers: { boundary: 'b.geojson', parks: 'p.geojson' } }, 'b.geojson': box, 'p.geojson': { type: 'FeatureCollection', features: [box.features[0], ...wide.features] } });
    expect(t).toMatch(/p\.geojson feature #1: spans 290\.1° of longitude, more than half the globe/);
    expect(t).toMatch(/p\.geojson feature #2: polygon outer ring has coordinate \(30, 120\.8\) with a latitude beyond ±90: the axes look swapped/);
  });
  it('deeply nested coordinates neither overflow the stack nor hang', async () => {
    const deep = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":${'['.repeat(100000)}${']'.repeat(100000)}}}]}`;
    const t = await messages({ 'manifest.json': { layers: { boundary: 'b.geojson', parks: 'p.geojson', water: 'w.geojson' } }, 'b.geojson': box, 'p.geojson': deep, 'w.geojson': deep.replace('"Polygon"', '"GeometryCollection"').replace('"coordinates"', '"geometries"') });
    expect(t).toMatch(/p\.geojson feature #0: polygon outer ring has a position that is not two numbers/);
    expect(t).toMatch(/w\.geojson feature #0: is a GeometryCollection that is empty, nests another collection or holds something that is not a geometry/);
  });
  it('sections with a repeated id count once, with a warning', async () => {
    const s = (id: string, cls: string) => ({ type: 'Feature', properties: { id, class: cls }, geometry: { type: 'Point', coordinates: [120.05, 30.05] } });
    const r = await loadDataset(memoryReader({ 'manifest.json': { layers: { boundary: 'b.geojson', sections: 's.geojson' } }, 'b.geojson': box, 's.geojson': { type: 'FeatureCollection', features: [s('A', 'II'), s('A', 'IV'), s('B', 'III')] } }));
    expect(r.dataset!.layers.sections!.features.map((f) => f.properties.class)).toEqual(['II', 'III']);
    expect(r.issues.map(formatIssue)).toContainEqual(expect.stringMatching(/^Warning: s\.geojson feature #1 \(id A\): repeats the id A of feature #0; it is left out, so the section counts once/));
  });
});


describe('loadDataset: layers in database tables', () => {
  const boundary = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[120, 30], [120.1, 30], [120.1, 30.1], [120, 30.1], [120, 30]]] } }] };
  const manifest = (extra: Record<string, unknown>, layer: unknown) => JSON.stringify({ ...extra, layers: { boundary: 'b.geojson', forestParcels: layer } });
  it('asks the reader for a table by a table: path, and without a database says how to read it', async () => {
    const asked: string[] = [];
    const files: Record<string, string> = { 'manifest.json': manifest({ database: 'postgres://gis.example/shangyu' }, { table: 'public.forest', geometry: 'shape' }), 'b.geojson': JSON.stringify(boundary) };
    const r = await loadDataset(async (f) => { asked.push(f); return files[f] ?? null; });
    expect(asked).toContain('table:public.forest#shape');
    expect(r.dataset!.manifest.database).toBe('postgres://gis.example/shangyu');
    const e = r.issues.find((i) => i.file === 'public.forest (table)')!;
    expect(e.code).toBe('layer.inDatabase');
    expect(r.dataset!.missing.map((m) => m.layer)).toContain('forestParcels');
  });
  it('refuses a table name that is not a plain identifier, and a password in the manifest', async () => {
    const r = await loadDataset(memoryReader({ 'manifest.json': manifest({ database: 'postgres://me:secret@gis.example/db' }, { table: 'forest; drop table x', geometry: 'geom' }), 'b.geojson': boundary }));
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['manifest.badTable', 'manifest.databasePassword']));
    expect(r.dataset?.manifest.database).toBeUndefined();
  });
});

describe('loadDataset: layers drawn from vector tiles', () => {
  const square = (x: number, y: number, d: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });
  const boundary = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: square(120, 30, 0.1) }] };
  const forest = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'F1', landClass: '乔木林地' }, geometry: square(120.01, 30.01, 0.01) }] };
  const files = (layer: unknown) => memoryReader({ 'manifest.json': JSON.stringify({ layers: { boundary: 'b.geojson', forestParcels: layer } }), 'b.geojson': boundary, 'f.geojson': forest });

  it('a layer of tiles only is drawn, not counted: the indicators reading it say why', async () => {
    const r = await loadDataset(files({ tiles: 'tiles/forestParcels/{z}/{x}/{y}.pbf', minzoom: 5, maxzoom: 12, bounds: [120, 30, 120.1, 30.1] }));
    expect(hasErrors(r.issues)).toBe(false);
    expect(r.dataset!.layers.forestParcels).toBeUndefined();
    expect(r.dataset!.manifest.layers.forestParcels!.tiles).toEqual({ template: 'tiles/forestParcels/{z}/{x}/{y}.pbf', minzoom: 5, maxzoom: 12, layer: 'forestParcels', bounds: [120, 30, 120.1, 30.1] });
    expect(r.dataset!.missing).toEqual([expect.objectContaining({ layer: 'forestParcels', code: 'missing.tilesOnly' })]);
  });

  it('a layer with a file and tiles: the CLI counts the file; the app (drawTiled) draws the tiles and does not load the features', async () => {
    const spec = { file: 'f.geojson', tiles: 'tiles/f/{z}/{x}/{y}.pbf', layer: 'forest' };
    const cli = await loadDataset(files(spec));
    expect(cli.dataset!.layers.forestParcels!.features).toHaveLength(1);
    expect(cli.dataset!.missing).toEqual([]);
    const app = await loadDataset(files(spec), 'manifest.json', { drawTiled: true });
    expect(app.dataset!.layers.forestParcels).toBeUndefined();
    expect(app.dataset!.manifest.layers.forestParcels!.tiles).toMatchObject({ minzoom: 0, maxzoom: 14, layer: 'forest' });
    expect(app.dataset!.missing.map((m) => m.code)).toEqual(['missing.tilesOnly']);
  });

  it('refuses a template without {z}/{x}/{y}, one outside the folder, bad zooms and bounds, and a boundary of tiles only', async () => {
    const codes = async (layer: unknown) => (await loadDataset(files(layer))).issues.filter((i) => i.severity === 'error').map((i) => i.code);
    expect(await codes({ tiles: 'tiles/forest.pbf' })).toEqual(['manifest.badTiles']);
    expect(await codes({ tiles: '../tiles/{z}/{x}/{y}.pbf' })).toEqual(['manifest.badFilePath']);
    expect(await codes({ tiles: 'https://cdn.example/{z}/{x}/{y}.pbf' })).toEqual(['manifest.badFilePath']);
    expect(await codes({ tiles: 't/{z}/{x}/{y}.pbf', minzoom: 12, maxzoom: 5 })).toEqual(['manifest.badTileZooms']);
    expect(await codes({ tiles: 't/{z}/{x}/{y}.pbf', maxzoom: 30 })).toEqual(['manifest.badTileZooms']);
    expect(await codes({ tiles: 't/{z}/{x}/{y}.pbf', bounds: [121, 30, 120, 31] })).toEqual(['manifest.badTileBounds']);
    const b = await loadDataset(memoryReader({ 'manifest.json': JSON.stringify({ layers: { boundary: { tiles: 't/{z}/{x}/{y}.pbf' } } }) }));
    expect(b.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['boundary.tiled']);
  });
});
