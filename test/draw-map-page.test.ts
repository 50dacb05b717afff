import { describe, expect, it } from 'vitest';
import { scaleDenominator } from '../src/app/export/draw-map-page.ts';

describe('scaleDenominator', () => {
  it('is ground metres per printed metre, to 3 significant digits', () => {
    // 10 m per image pixel at 150 dpi: a pixel is 0.0254/150 m = 0.16933 mm on paper → 1 : 59,055 → 59,100
    expect(scaleDenominator(10, 150)).toBe(59100);
    // 1 m per pixel at 96 dpi: 1 / 0.00026458 = 3779.5 → 3780
    expect(scaleDenominator(1, 96)).toBe(3780);
  });
});
