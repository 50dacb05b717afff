import { describe, expect, it } from 'vitest';
import { convert, isKnownUnit, unitConversion } from '../src/core/import/monitoring/units.ts';

describe('unitConversion', () => {
  it('scales between units of one kind, and not at all within one scale', () => {
    expect(unitConversion('μg/L', 'mg/L')).toEqual({ from: 1e3, to: 1e6 });
    expect(unitConversion('个/100mL', '个/L')).toEqual({ from: 10, to: 1 });
    expect(unitConversion('µg/L', 'mg/m³')).toBeNull(); // micro sign, superscript three: the same unit
    expect(unitConversion('MG/L', 'mg/L')).toBeNull();
  });
  it('says mismatch for units of different kinds or unknown units', () => {
    expect(unitConversion('mg/L', '个/L')).toBe('mismatch');
    expect(unitConversion('furlongs', 'mg/L')).toBe('mismatch');
    expect(isKnownUnit('毫克/升')).toBe(true);
    expect(isKnownUnit('furlongs')).toBe(false);
  });
});

describe('convert', () => {
  it('converts numbers and the number inside lab notation, leaving other text', () => {
    const c = { from: 1e3, to: 1e6 };
    expect(convert(4, c)).toBe(0.004);
    expect(convert('4L', c)).toBe('0.004L');
    expect(convert('<10', c)).toBe('<0.01');
    expect(convert('未检出(20)', c)).toBe('未检出(0.02)');
    expect(convert('ND', c)).toBe('ND');
  });
});
