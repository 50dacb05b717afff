import { describe, expect, it } from 'vitest';
import { metresPerPixel, pageLayout, scaleBarLength } from '../src/map/print-layout.ts';

describe('pageLayout', () => {
  it('sizes paper pages from ISO 216 millimetres and the resolution', () => {
    // 297 mm / 25.4 × 150 = 1754.0; 210 mm → 1240.2; 10 mm margin → 59.1
    const a4 = pageLayout('A4', 'landscape', 150, { width: 0, height: 0 });
    expect([a4.width, a4.height, a4.scale, a4.map.x]).toEqual([1754, 1240, 1.5625, 59]);
    const a3 = pageLayout('A3', 'portrait', 300, { width: 0, height: 0 });
    expect([a3.width, a3.height]).toEqual([3508, 4961]); // 297 mm and 420 mm at 300 dpi
  });
  it('takes the screen size at the pixel ratio for a screen export', () => {
    const s = pageLayout('screen', 'landscape', 192, { width: 900, height: 600 });
    expect([s.width, s.height, s.scale]).toEqual([1800, 1200, 2]);
  });
  it('stacks title, map and footer inside the margins without overlap', () => {
    const p = pageLayout('A4', 'portrait', 96, { width: 0, height: 0 });
    expect(p.title.y + p.title.height).toBe(p.map.y);
    expect(p.map.y + p.map.height).toBe(p.footer.y);
    expect(p.footer.y + p.footer.height).toBe(p.height - p.map.x);
    expect(p.map.width).toBe(p.width - 2 * p.map.x);
  });
});

describe('scale bar', () => {
  it('picks the longest round length that fits', () => {
    expect(scaleBarLength(10, 140)).toEqual({ metres: 1000, px: 100 }); // 1400 m fit: 1 km
    expect(scaleBarLength(3, 140)).toEqual({ metres: 200, px: 200 / 3 }); // 420 m fit: 200 m
    expect(scaleBarLength(40, 140)).toEqual({ metres: 5000, px: 125 }); // 5600 m fit: 5 km
  });
  it('uses the web-Mercator ground resolution: 78,271.5 m/px at zoom 0 on the equator (512 px tiles), half of it at 60°', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 3);
    expect(metresPerPixel(0, 60)).toBeCloseTo(78271.517 / 2, 3);
    expect(metresPerPixel(10, 0)).toBeCloseTo(78271.517 / 1024, 6);
  });
});
