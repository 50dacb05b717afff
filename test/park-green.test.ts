import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parkGreenPerCapita, parkServiceCoverage, serviceRadius } from '../src/core/indicators/park-green.ts';
import type { Polygon } from 'geojson';
import { quadArea, relDiff } from './helpers/closed-form.ts';
import { loadValid, withLayer } from './helpers/load-fixture.ts';
import { rect } from './helpers/shapes.ts';
import { bufferUnion } from '../src/core/geo/buffer-union.ts';
import { geometryBBox } from '../src/core/geo/bbox.ts';
import { geometryArea } from '../src/core/geo/ellipsoidal-area.ts';
import { asRegion, piecesAreaWithin, unionPieces } from '../src/core/geo/union-area.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const feature = (name: string, g: Polygon) => ({ type: 'Feature' as const, properties: { name, type: '公园' }, geometry: g });

describe('parkGreenPerCapita', async () => {
  const d = await loadValid('district');
  it('divides the park area inside urban areas, overlaps once, by the urban population', () => {
    // P1 ∪ P4 = 120.005–120.012 and P2 ∩ U1 = 120.015–120.020, both 30.005–30.010; P3 lies outside; 10,000 + 5,000 people.
    const parkArea = quadArea(120.005, 30.005, 120.012, 30.01) + quadArea(120.015, 30.005, 120.02, 30.01);
    const m = parkGreenPerCapita(d);
    expect(relDiff(m.value!, parkArea / 15000)).toBeLessThan(1e-6);
    expect(m.details).toMatchObject({ urbanPopulation: 15000, parks: 4 });
  });
  it('says how it measured: by overlays here (P1 and P4 overlap along the same edge lines, where the overlay\'s nodes decide), from the edges on the sample', async () => {
    expect(parkGreenPerCapita(d).details.areaMethod).toBe('overlays');
    const sample = await loadValid((f) => readFile(path.join(ROOT, 'data', f), 'utf8').catch(() => null));
    expect(parkGreenPerCapita(sample).details.areaMethod).toBe('edges');
  });
  it('is not available without parks, urban areas, or people', () => {
    expect(parkGreenPerCapita({ ...d, layers: { boundary: d.layers.boundary } }).details).toEqual({ missing: ['parks', 'urbanAreas'] });
    const empty = withLayer(d, 'urbanAreas', d.layers.urbanAreas!.features.map((f) => ({ ...f, properties: { ...f.properties, population: 0 } })));
    expect(parkGreenPerCapita(empty).value).toBeNull();
  });
});

describe('parkServiceCoverage', async () => {
  const base = await loadValid('district');
  it('has the garden-city service radii', () => {
    expect([999, 1000, 4999, 5000].map(serviceRadius)).toEqual([0, 300, 300, 500]);
  });
  it('counts residential land within 500 m of large parks and 300 m of small ones, none for tiny parks', () => {
    const parks = [
      feature('large', rect(120.0, 30.0, 120.01, 30.05)), // ≈ 5.3 km² → 500 m
      feature('small', rect(120.05, 30.02, 120.0505, 30.0205)), // ≈ 2,660 m² → 300 m
      feature('tiny', rect(120.08, 30.02, 120.08025, 30.02025)), // ≈ 670 m² → no service area
    ];
    const residential = [
      feature('R1', rect(120.012, 30.02, 120.02, 30.03)), // cut by the 500 m line of the large park
      feature('R2', rect(120.0497, 30.0208, 120.0513, 30.0222)), // ≤ 204 m from the small park: all served
      feature('R3', rect(120.079, 30.019, 120.082, 30.022)), // around the tiny park only: not served
    ];
    const d = withLayer(withLayer(base, 'parks', parks), 'residential', residential);
    // 500 m east of lon 120.010 at lat 30.025 on the ellipsoid: 500 m / (N·cosφ), N the prime-vertical radius.
    const phi = (30.025 * Math.PI) / 180;
    const N = 6378137 / Math.sqrt(1 - 0.00669438002290 * Math.sin(phi) ** 2);
    const delta = (500 / (N * Math.cos(phi))) * (180 / Math.PI);
    const served = quadArea(120.012, 30.02, 120.01 + delta, 30.03) + quadArea(120.0497, 30.0208, 120.0513, 30.0222);
    const total = quadArea(120.012, 30.02, 120.02, 30.03) + quadArea(120.0497, 30.0208, 120.0513, 30.0222) + quadArea(120.079, 30.019, 120.082, 30.022);
    const m = parkServiceCoverage(d);
    expect(m.details).toMatchObject({ parks500m: 1, parks300m: 1 });
    expect(relDiff((m.details as { residentialAreaM2: number }).residentialAreaM2, total)).toBeLessThan(1e-6);
    // The buffer's straight side runs 500 m from the park's edge (a meridian, nearly straight in the projection).
    expect(Math.abs(m.value! - (served / total) * 100)).toBeLessThan(0.02);
    // By overlays: the large park's service area has sides of 0.05° (5.5 km), just past the edge path's limit.
    expect(m.details.areaMethod).toBe('overlays');
  });
  it('gives what buffering every park gives, though it leaves out buffers adding nothing on residential land (review repros)', () => {
    // Reference: the union of every park's buffer (no residential boxes), clipped to the residential
    // union, in the same projection (centred on the first residential block, as parkServiceCoverage).
    const reference = (parks: Polygon[], residential: Polygon[]) => {
      const b = geometryBBox(residential[0]!);
      const zones = bufferUnion(parks.map((g) => ({ geometry: g, metres: serviceRadius(geometryArea(g)) })), (b[0] + b[2]) / 2);
      const u = unionPieces(residential);
      return (piecesAreaWithin(u, asRegion(zones)).area / piecesAreaWithin(u, null).area) * 100;
    };
    const ring = (c: number[][]): Polygon => ({ type: 'Polygon', coordinates: [c] });
    // B's service area never reaches R, but crosses K's 1.2 km side north of R: the union has a node
    // there, which splits that side's lon/lat chord running over R (left out, R's part moved 1.2 m²).
    const K = ring([[120.793782, 29.999549], [120.806218, 29.999549], [120.806219, 30.000451], [120.793781, 30.000451], [120.793782, 29.999549]]);
    const B = ring([[120.804405, 30.006089], [120.804923, 30.006089], [120.804923, 30.00654], [120.804405, 30.00654], [120.804405, 30.006089]]);
    const R = ring([[120.7943, 30.003608], [120.797409, 30.003608], [120.797409, 30.006315], [120.794299, 30.006315], [120.7943, 30.003608]]);
    const at = (parks: Polygon[], res: Polygon[]) => parkServiceCoverage(withLayer(withLayer(base, 'parks', parks.map((g, i) => feature(`P${i}`, g))), 'residential', res.map((g, i) => feature(`R${i}`, g)))).value!;
    expect(relDiff(at([K, B], [R]), reference([K, B], [R]))).toBeLessThan(1e-12);
    // A block 160 km long: its straight lon/lat bottom edge bows 269 m south of its vertices' box
    // in the projection, where a park's service area reaches it.
    const long = ring([[120, 30], [121.6, 30], [121.6, 30.004], [120, 30.004], [120, 30]]);
    const A = rect(120.7995, 29.99548, 120.8005, 29.99638);
    const inside = rect(121.0070, 30.0010, 121.0075, 30.00145);
    expect(relDiff(at([A, inside], [long]), reference([A, inside], [long]))).toBeLessThan(1e-12);
    // A 10 m wide strip whose west side lies on the projection's central meridian (120.8°, the
    // middle of R), with vertices every 100 m: exactly in line, where GEOS joins the sides' offsets
    // into one 800 m edge of its buffer (its bound once the longest side, 150 m). B's service area
    // crosses that edge south of R: a node there moves the edge's part over R (2.6e-11 of the value
    // when B was left out).
    const strip = ring([[120.8, 30], [120.8001, 30], ...[1, 2, 3, 4, 5, 6, 7].map((k) => [120.800105, 30 + k * 0.0009]), [120.8001, 30.0072], [120.8, 30.0072], ...[7, 6, 5, 4, 3, 2, 1].map((k) => [120.8, 30 + k * 0.0009]), [120.8, 30]]);
    const west = ring([[120.793, 29.999], [120.7934, 29.999], [120.7934, 29.9994], [120.793, 29.9994], [120.793, 29.999]]);
    const north = ring([[120.7945, 30.0068], [120.8055, 30.0068], [120.8055, 30.0075], [120.7945, 30.0075], [120.7945, 30.0068]]);
    expect(relDiff(at([strip, west], [north]), reference([strip, west], [north]))).toBeLessThan(1e-12);
  });
  it('measures from the edges on the sample (its value equal to PostGIS\'s: postgis-reference.test.ts)', async () => {
    const sample = await loadValid((f) => readFile(path.join(ROOT, 'data', f), 'utf8').catch(() => null));
    expect(parkServiceCoverage(sample).details.areaMethod).toBe('edges');
  });
  it('is not available without residential land', () => {
    expect(parkServiceCoverage(base).details).toEqual({ missing: ['residential'] });
  });
});
