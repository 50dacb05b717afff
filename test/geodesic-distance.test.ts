/**
 * Geodesic distances on WGS84 against values from independent sources:
 * - GeographicLib's published inverse test cases (geodtest.c / GeodTest.dat, computed in high
 *   precision by Karney; the C test accepts 1e-8 m) and GeodSolve0 (JFK–CDG, 5,853,226 ± 0.5 m);
 * - closed forms: 1° of longitude on the equator is a·π/180 = 111,319.4908 m; 1° of latitude from
 *   the equator is the meridian arc ∫M dφ = 110,574.3886 m; the quarter meridian is 10,001,965.729 m;
 * - a Vincenty (1975) inverse and a Simpson meridian arc written in Python for these tests
 *   (`python3 test/helpers/vincenty.py` prints every value used here; it matches the GeographicLib
 *   cases above to 2e-5 m): the distances near Shangyu below.
 */
import { describe, expect, it } from 'vitest';
import { geodesicDistance, polygonDistance } from '../src/core/geo/geodesic-distance.ts';
import { rect } from './helpers/shapes.ts';

describe('geodesicDistance', () => {
  it('matches GeographicLib’s published test geodesics to 1e-6 m', () => {
    // [lat1, lon1, lat2, lon2, s12 (m)]: rows 1, 3, 8 and 18 of the 20 cases in geodtest.c (s12 to 1e-8 m).
    const cases: [number, number, number, number, number][] = [
      [35.60777, -139.44815, -11.17491, -69.95921, 8935244.56048183],
      [-21.97856, 142.59065, 41.84138, 98.56635, 8394328.894657671],
      [-50.56724, -16.30485, -33.56571, -94.97412, 6455670.51186687],
      [-41.22777, 122.32875, -7.57291, 130.37946, 3812686.035106021],
    ];
    for (const [lat1, lon1, lat2, lon2, s12] of cases) {
      expect(Math.abs(geodesicDistance([lon1, lat1], [lon2, lat2]) - s12)).toBeLessThan(1e-6);
    }
    // GeodSolve0: JFK to CDG.
    expect(Math.abs(geodesicDistance([-73.8, 40.6], [2.55, 49.01666667]) - 5853226)).toBeLessThan(0.5);
  });
  it('gives the closed-form lengths along the equator and a meridian', () => {
    expect(geodesicDistance([0, 0], [1, 0])).toBeCloseTo((6378137 * Math.PI) / 180, 6);
    expect(geodesicDistance([0, 0], [0, 1])).toBeCloseTo(110574.3886, 3);
    expect(geodesicDistance([0, 0], [0, 90])).toBeCloseTo(10001965.729, 3);
  });
  it('matches an independent Vincenty inverse near Shangyu to a millimetre', () => {
    // Vincenty: 上虞 (120.868, 30.033) to 杭州 (120.155, 30.274) 73,701.0312 m; 0.01° along the parallel 30.01° 964.7661 m.
    expect(geodesicDistance([120.868, 30.033], [120.155, 30.274])).toBeCloseTo(73701.0312, 3);
    expect(geodesicDistance([120.01, 30.01], [120.02, 30.01])).toBeCloseTo(964.7661, 3);
  });
  it('takes [lon, lat], is symmetric and is 0 between a point and itself', () => {
    // Along the equator 1° of longitude is 111,319.49 m and 1° of latitude 110,574.39 m: read as
    // [lat, lon], [1, 0] would give the second.
    expect(geodesicDistance([0, 0], [1, 0]) - geodesicDistance([0, 0], [0, 1])).toBeCloseTo(111319.4908 - 110574.3886, 3);
    const a = [120.868, 30.033], b = [120.155, 30.274];
    expect(geodesicDistance(a, b)).toBe(geodesicDistance(b, a));
    expect(geodesicDistance(a, a)).toBe(0);
  });
});

describe('polygonDistance', () => {
  it('measures the gap between two squares side by side as the geodesic between their nearest corners', () => {
    // A 120.00–120.01 and B 120.02–120.03, both 30.00–30.01: meridians converge northwards, so the
    // gap is narrowest along the top, (120.01, 30.01) to (120.02, 30.01): Vincenty 964.7661 m.
    const r = polygonDistance(rect(120, 30, 120.01, 30.01), rect(120.02, 30, 120.03, 30.01), 120.005);
    expect(r.distance).toBeCloseTo(964.7661, 3);
    expect(r.from[0]).toBeCloseTo(120.01, 9);
    expect(r.from[1]).toBeCloseTo(30.01, 9);
    expect(r.to[0]).toBeCloseTo(120.02, 9);
    expect(r.to[1]).toBeCloseTo(30.01, 9);
  });
  it('measures the gap between two squares one above the other as the meridian arc between them', () => {
    // Meridian arc from 30.01° to 30.02°: ∫M dφ (Simpson, 1,000 steps) = 1,108.52695 m; any
    // meridian of the gap gives it. The nearest points are found on straight edges in a transverse
    // Mercator projection, so they may sit a few centimetres off the parallels: 1 cm is allowed.
    const r = polygonDistance(rect(120, 30, 120.01, 30.01), rect(120, 30.02, 120.01, 30.03), 120.005);
    expect(Math.abs(r.distance - 1108.52695)).toBeLessThan(0.01);
    expect(r.from[1]).toBeCloseTo(30.01, 6);
    expect(r.to[1]).toBeCloseTo(30.02, 6);
  });
  it('gives the same distance with the polygons in either order, from and to swapped', () => {
    const a = rect(120, 30, 120.01, 30.01), b = rect(120.02, 30, 120.03, 30.01);
    const ab = polygonDistance(a, b, 120.005), ba = polygonDistance(b, a, 120.005);
    expect(ba.distance).toBeCloseTo(ab.distance, 6);
    expect(ba.from).toEqual(ab.to);
    expect(ba.to).toEqual(ab.from);
  });
  it('takes the nearest part of a MultiPolygon', () => {
    const multi = { type: 'MultiPolygon' as const, coordinates: [rect(120.2, 30, 120.21, 30.01).coordinates, rect(120.02, 30, 120.03, 30.01).coordinates] };
    expect(polygonDistance(rect(120, 30, 120.01, 30.01), multi, 120.005).distance).toBeCloseTo(964.7661, 3);
  });
});
