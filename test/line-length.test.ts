import { describe, expect, it } from 'vitest';
import { lineLength } from '../src/core/geo/line-length.ts';
import { formatLength, formatSurveyArea, MU_M2 } from '../src/core/format/format-number.ts';

describe('lineLength', () => {
  it('adds the geodesics between the vertices', () => {
    // 1° of longitude on the equator is 111,319.4908 m on WGS84 (a·π/180); two of them in a row.
    expect(lineLength([[0, 0], [1, 0], [2, 0]])).toBeCloseTo(2 * 111319.4908, 3);
    // 1° of latitude from the equator: 110,574.3886 m (meridian arc, WGS84).
    expect(lineLength([[120, 0], [120, 1]])).toBeCloseTo(110574.3886, 3);
    expect(lineLength([[120, 30]])).toBe(0);
  });
});

describe('formatLength and formatSurveyArea', () => {
  it('gives metres, kilometres, 亩 and 公顷', () => {
    expect(formatLength('zh', 850)).toBe('850.0 m');
    expect(formatLength('en', 12345)).toBe('12.345 km');
    expect(MU_M2).toBeCloseTo(666.6667, 4);
    // 1 ha = 15 亩.
    expect(formatSurveyArea('zh', 10000)).toBe('10,000.00 m² · 15.00 亩 · 1.0000 公顷');
  });
});
