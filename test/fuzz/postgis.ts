/**
 * PostGIS: the areas the indicators measure — area((∪ group) ∩ region) for each group and for all,
 * by the edge path (unionAreasWithin) or, where it declines, the overlays as protected-share.ts
 * runs them — against a PostgreSQL/PostGIS server's
 * `ST_Area(ST_Intersection(ST_Union(geom), region)::geography, true)`, to 1e-9 of the region's
 * area. Runs only when a server answers `psql` at SHANGYU_TEST_DB (default
 * postgresql:///shangyu_test, as test/postgis-engine.test.ts); otherwise the campaign is skipped.
 *
 * The polygons reach SQL only as data: one psql session fills a temporary table by COPY (case,
 * group, GeoJSON text) and runs fixed statements over it; nothing is built from coordinates.
 * Families: generic polygons, and the edge-areas campaign's lattice, tiling, holes and boundary
 * families (always with a region).
 */
import { spawnSync } from 'node:child_process';
import { unionAreasWithin } from '../../src/core/geo/boolean-area.ts';
import type { UnionAreas } from '../../src/core/geo/boolean-area.ts';
import { asMultiPolygon, multiArea, unionOf, unionValid } from '../../src/core/geo/clip.ts';
import { asRegion, multiAreaWithin } from '../../src/core/geo/union-area.ts';
import { eachCase, literal, title } from './campaign.ts';
import type { Campaign, CaseResult } from './campaign.ts';
import { edgeCase, edgeReference, EDGE_TOLERANCE } from './edge-areas.ts';
import type { EdgeCase } from './edge-areas.ts';
import type { Poly } from './shapes.ts';

export const POSTGIS_FAMILIES = ['generic', 'lattice', 'tiling', 'holes', 'boundary'] as const;

/** The database the tests use. */
export const TEST_DB = process.env.SHANGYU_TEST_DB ?? 'postgresql:///shangyu_test';

const polygon = (coordinates: Poly) => ({ type: 'Polygon' as const, coordinates });

/** The areas as the product measures them: from edges, or where that declines by the overlays (as protected-share.ts). */
export function productAreas(groups: readonly Poly[][], region: readonly Poly[]): UnionAreas & { readonly edges: boolean } {
  const fromEdges = unionAreasWithin(groups, region);
  if (fromEdges) return { ...fromEdges, edges: true };
  const reg = asRegion(asMultiPolygon(unionOf(region.map(polygon))));
  const unions = groups.map((g) => asMultiPolygon(unionOf(g.map(polygon))));
  const all = unions.reduce((u, x) => asMultiPolygon(unionValid(u, x)));
  return { byGroup: unions.map((u) => multiAreaWithin(u, reg)), all: multiAreaWithin(all, reg), edges: false };
}

/** Runs a psql script against the database; stdout, or an Error with psql's message. */
function psql(db: string, script: string): string {
  const r = spawnSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-d', db], { input: script, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(r.stderr.trim());
  return r.stdout;
}

/**
 * The script: the cases' polygons copied into a temporary table (group −1: the region), and one
 * fixed statement measuring each group and all groups (−1) of each case; a statement PostGIS
 * fails on gives no area (NULL) for that case and group. Last line: PostGIS's and GEOS's versions.
 */
function script(cases: readonly EdgeCase[]): string {
  const rows: string[] = [];
  cases.forEach((c, i) => {
    c.groups.forEach((g, k) => { for (const p of g) rows.push(`${i}\t${k}\t${JSON.stringify(polygon(p))}`); });
    for (const p of c.region!) rows.push(`${i}\t-1\t${JSON.stringify(polygon(p))}`);
  });
  return `create temp table fuzz_polys (c int, grp int, geojson text);
copy fuzz_polys from stdin;
${rows.join('\n')}
\\.
create function pg_temp.fuzz_area(cid int, gid int) returns float8 language plpgsql as $f$
begin
  return (select st_area(st_intersection(
    (select st_union(st_setsrid(st_geomfromgeojson(geojson), 4326)) from fuzz_polys where c = cid and grp >= 0 and (gid < 0 or grp = gid)),
    (select st_union(st_setsrid(st_geomfromgeojson(geojson), 4326)) from fuzz_polys where c = cid and grp < 0))::geography, true));
exception when others then return null;
end $f$;
select c, k, pg_temp.fuzz_area(c, k) from (select distinct c, grp k from fuzz_polys where grp >= 0 union select distinct c, -1 from fuzz_polys) x order by c, k;
select 'PostGIS ' || postgis_lib_version() || ' (GEOS ' || postgis_geos_version() || ')';
`;
}

function postgisTest(label: string, version: string, c: EdgeCase, expected: { byGroup: number[]; all: number }, scale: number): string {
  const geos = edgeReference(c);
  return `// In test/boolean-area.test.ts, describe('unionAreasWithin') (with asRegion, multiAreaWithin from '../src/core/geo/union-area.ts' and unionValid from '../src/core/geo/clip.ts'):
it(${title(label, 'PostGIS’s areas to 1e-9 of the region, from edges or by the overlays as protected-share.ts runs them')}, () => {
  const groups: Poly[][] = ${literal(c.groups)};
  const region: Poly[] = ${literal(c.region)};
  // ${version}: ST_Area(ST_Intersection(ST_Union(geom), region)::geography, true) for each group, then all groups; the region's area (m²).
  const expected = { byGroup: ${literal(expected.byGroup)}, all: ${literal(expected.all)} }, scale = ${literal(scale)};
  // GEOS 3.13 (the union, then its intersection with the region, by clip.ts) gives byGroup ${literal(geos.byGroup)}, all ${literal(geos.all)}.
  const asPolygons = (ps: Poly[]) => ps.map((p) => ({ type: 'Polygon' as const, coordinates: p }));
  const reg = asRegion(asMultiPolygon(unionOf(asPolygons(region))));
  const unions = groups.map((g) => asMultiPolygon(unionOf(asPolygons(g))));
  const r = unionAreasWithin(groups, region) ?? { byGroup: unions.map((u) => multiAreaWithin(u, reg)), all: multiAreaWithin(unions.reduce((u, x) => asMultiPolygon(unionValid(u, x))), reg) };
  r.byGroup.forEach((x, g) => expect(Math.abs(x - expected.byGroup[g]!) / scale, \`group \${g}\`).toBeLessThan(1e-9));
  expect(Math.abs(r.all - expected.all) / scale, 'all').toBeLessThan(1e-9);
});`;
}

/** Why no server can be used (null: one answers, with PostGIS). */
function unavailable(db: string): string | null {
  try {
    psql(db, 'select 1');
  } catch (e) {
    return `no PostgreSQL server (psql -d ${db}: ${(e as Error).message.split('\n')[0]})`;
  }
  try {
    psql(db, 'create extension if not exists postgis');
  } catch (e) {
    // Another session creating it at the same moment: it is there now.
    try { psql(db, 'select postgis_lib_version()'); } catch { return `no PostGIS in ${db} (${(e as Error).message.split('\n')[0]})`; }
  }
  return null;
}

/** The campaign, measuring with `measure` (the product's path; another function to see a defect caught), in the database `db`. */
export function postgisCampaign(measure: typeof productAreas = productAreas, db: string = TEST_DB): Campaign {
  return {
    name: 'postgis',
    title: `the edge path (or the overlays where it declines) against PostGIS's ST_Area(ST_Intersection(ST_Union(geom), region)::geography, true)`,
    declined: 'left by the edge path to the overlays (then compared too)',
    checks: [{ name: '|Δ| / region', limit: EDGE_TOLERANCE }],
    families: POSTGIS_FAMILIES,
    defaultCases: 80,
    run: async (seed, count) => {
      const why = unavailable(db);
      if (why) return why;
      const cases: EdgeCase[] = [];
      const js: ReturnType<typeof productAreas>[] = [];
      const drawn = eachCase('postgis', POSTGIS_FAMILIES, seed, count, (rand, family) => {
        const c = edgeCase(rand, family as (typeof POSTGIS_FAMILIES)[number]);
        if (!c || !c.region) return null;
        cases.push(c);
        js.push(measure(c.groups, c.region));
        return { declined: false, values: [], test: () => '' };
      });
      const out = psql(db, script(cases)).trim().split('\n');
      const version = out.pop()!;
      const pg = new Map<string, number | null>();
      for (const line of out) {
        const [c, k, area] = line.split('|');
        pg.set(`${c}/${k}`, area === '' ? null : Number(area));
      }
      return drawn.map((d, i): CaseResult => {
        const c = cases[i]!, mine = js[i]!;
        const scale = multiArea(unionOf(c.region!.map(polygon))) || 1;
        // A group with no polygon has no row: its area is 0.
        const at = (k: number) => (pg.has(`${i}/${k}`) ? pg.get(`${i}/${k}`)! : 0);
        const expected = { byGroup: c.groups.map((_, k) => at(k)), all: at(-1) };
        const failed = [...expected.byGroup, expected.all].some((x) => x === null);
        const diff = failed ? NaN : Math.max(Math.abs(mine.all - expected.all!), ...mine.byGroup.map((x, g) => Math.abs(x - expected.byGroup[g]!))) / scale;
        const label = `postgis, seed ${seed}, case ${d.index} (${d.family})`;
        return { ...d, declined: !mine.edges, values: [diff], test: () => postgisTest(label, version, c, expected as { byGroup: number[]; all: number }, scale) };
      });
    },
  };
}
