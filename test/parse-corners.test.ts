import { describe, expect, it } from 'vitest';
import { parseCorners } from '../src/app/sites/parse-corners.ts';

describe('parseCorners', () => {
  it('reads one corner per line with any usual separator, and closes the ring', () => {
    expect(parseCorners('120.80, 30.00\n120.81，30.00\n\n120.81 30.01\n120.80;30.01')).toEqual({
      type: 'Polygon', coordinates: [[[120.8, 30], [120.81, 30], [120.81, 30.01], [120.8, 30.01], [120.8, 30]]],
    });
    // A ring typed closed is not closed twice.
    expect(parseCorners('1 1\n2 1\n2 2\n1 1')).toEqual({ type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] });
  });
  it('names the first bad line, and needs three corners', () => {
    expect(parseCorners('120.8, 30\nabc\n120.9, 30')).toEqual({ badLine: 2 });
    expect(parseCorners('120.8, 30\n30, 120.9')).toEqual({ badLine: 2 });
    expect(parseCorners('120.8, 30\n120.9, 30')).toBe('too-few');
  });
});
