import { describe, expect, it } from 'vitest';
import { formatWaterClass, parseWaterClass, worseClass } from '../src/core/water/water-class.ts';

describe('water classes', () => {
  it('parses Latin, Roman-numeral and numeric spellings', () => {
    expect(['I', 'II', 'III', 'IV', 'V', '劣V'].map(parseWaterClass)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'].map(parseWaterClass)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([1, 2, 3, 4, 5, 6, '3', ' iii ', 'Ⅲ类', '劣 V'].map(parseWaterClass)).toEqual([1, 2, 3, 4, 5, 6, 3, 3, 3, 6]);
  });
  it('rejects anything else', () => {
    expect(['VI', '0', 0, 7, 2.5, '', null, undefined, 'good'].map(parseWaterClass)).toEqual(Array(9).fill(null));
  });
  it('formats and compares', () => {
    expect(formatWaterClass(6)).toBe('劣V');
    expect(formatWaterClass(null)).toBe('');
    expect(worseClass(2, 4)).toBe(4);
    expect(worseClass(null, 3)).toBe(3);
  });
});
