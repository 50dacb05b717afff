import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { importFiles } from '../src/core/import/import-layer.ts';
import { readKml } from '../src/core/import/kml.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

const bytes = async (name: string) => new Uint8Array(await readFile(path.join(FIXTURES, 'planner', name)));
const kml = (body: string) => `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${body}</Document></kml>`;
const square = '<Polygon><outerBoundaryIs><LinearRing><coordinates>120,30 120.001,30 120.001,30.001 120,30</coordinates></LinearRing></outerBoundaryIs></Polygon>';

// sites.kml (test/fixtures/planner/README.md): 地块一 with a hole, 物流园 A&B a MultiGeometry of two polygons, 界桩 a point;
// GDAL's ogrinfo reads the same names, attributes and rings. sites.kmz holds it as doc.kml.
describe('KML and KMZ', () => {
  it.each([['sites.kml', 'KML'], ['sites.kmz', 'KMZ']])('%s: a polygon with a hole, a MultiGeometry, names, description and ExtendedData; the point skipped', async (file, source) => {
    const r = importFiles({ [file]: await bytes(file) });
    if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.sources).toEqual([{ file, crs: 'EPSG:4326', encoding: 'utf-8' }]);
    const [one, two] = r.collection.features;
    expect(r.collection.features).toHaveLength(2);
    expect(one!.properties).toEqual({ name: '地块一', description: '<b>东部工业园</b> 扩区 & 配套', 单位: '上虞区自然资源和规划局', 编号: 'D01', source });
    expect(two!.properties).toEqual({ name: '物流园 A&B', description: null, 面积备注: '两块合计 15000 m²', source });
    const rings = (one!.geometry as Polygon).coordinates;
    expect(rings.map((x) => x.length)).toEqual([5, 5]);
    expect(rings[1]![1]).toEqual([120.869674667, 30.027676241]);
    expect(two!.geometry!.type).toBe('MultiPolygon');
    expect((two!.geometry as MultiPolygon).coordinates).toHaveLength(2);
    expect(r.issues.map((i) => i.code)).toEqual(['kml.skipped']);
  });

  it('expands no entity but the five of XML and character references: no external entity, no billion laughs', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">`
      + '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
      + `<kml><Document><Placemark><name>&lol3;&lt;&#x5730;&#22359;</name>${square}</Placemark></Document></kml>`;
    const r = readKml('x.kml', laughs);
    if (!('sources' in r)) throw new Error(JSON.stringify(r));
    expect(r.sources[0]!.features[0]!.properties.name).toBe('&lol3;<地块');
    // An external entity is refused by the parser itself: the file is an error, nothing is fetched.
    const xxe = readKml('e.kml', `<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><kml><Placemark><name>&xxe;</name>${square}</Placemark></kml>`);
    expect('errors' in xxe && xxe.errors[0]).toMatchObject({ code: 'kml.invalidXml', params: { reason: 'External entities are not supported' } });
  });

  it('names the line of broken XML, and says when there is no polygon', () => {
    const broken = readKml('b.kml', '<kml>\n<Document>\n<Placemark><name>a</name>\n</Document></kml>');
    expect('errors' in broken && broken.errors[0]).toMatchObject({ code: 'kml.invalidXml', params: { line: 4 } });
    const points = readKml('p.kml', kml('<Placemark><Point><coordinates>120,30</coordinates></Point></Placemark>'));
    expect('errors' in points && points.errors[0]).toMatchObject({ code: 'kml.noPolygons', params: { count: 1 } });
    const bad = readKml('c.kml', kml('<Placemark><name>甲</name><Polygon><outerBoundaryIs><LinearRing><coordinates>120;30 1,2</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>'));
    expect('errors' in bad && bad.errors[0]).toMatchObject({ code: 'kml.badCoordinates', params: { placemark: '甲' } });
    expect(importFiles({ 'k.kmz': new Uint8Array([80, 75, 3, 4, 0]) }).kind).toBe('error');
  });

  it('names a Placemark without a name after the file, with a kml: prefix too', () => {
    const r = readKml('n.kml', `<kml:kml xmlns:kml="http://www.opengis.net/kml/2.2"><kml:Placemark>${square.replace(/<(\/?)/g, '<$1kml:')}</kml:Placemark></kml:kml>`);
    if (!('sources' in r)) throw new Error(JSON.stringify(r));
    expect(r.sources[0]!.features[0]!.properties.name).toBe('n.kml #1');
  });
});
