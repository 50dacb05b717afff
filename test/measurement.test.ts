import { describe, expect, it } from 'vitest';
import { DETECTION_LIMIT_BY_KEY, measurementIssues, measurementValue, parseMeasurement } from '../src/core/water/measurement.ts';

const below = (value: number, detectionLimit: number) => ({ kind: 'value', value, belowDetection: true, detectionLimit });
const plain = (value: number) => ({ kind: 'value', value, belowDetection: false, detectionLimit: null });

describe('parseMeasurement', () => {
  it('reads numbers and numbers written as text', () => {
    expect(parseMeasurement(0.12, 'NH3N')).toEqual(plain(0.12));
    expect(parseMeasurement('0.12', 'NH3N')).toEqual(plain(0.12));
    expect(parseMeasurement(' 7.5 ', 'DO')).toEqual(plain(7.5));
    expect(parseMeasurement('.5', 'CODMn')).toEqual(plain(0.5));
    expect(parseMeasurement('1e-4', 'Hg')).toEqual(plain(0.0001));
    expect(parseMeasurement('０.３', 'NH3N')).toEqual(plain(0.3)); // full-width digits
  });

  it('reads every way of writing "below the detection limit 0.01" as half the limit, 0.005', () => {
    for (const raw of ['0.01L', '0.01 L', '<0.01', '< 0.01', '＜0.01', 'ND(0.01)', 'ND（0.01）', 'nd(0.01)', 'ND<0.01', '未检出(0.01)', '未检出<0.01', '未检出＜0.01']) {
      expect(parseMeasurement(raw, 'TP'), raw).toEqual(below(0.005, 0.01));
    }
    // The Chinese lab convention on ammonia: 0.05L is 0.025.
    expect(parseMeasurement('0.05L', 'NH3N')).toEqual(below(0.025, 0.05));
    expect(measurementValue('0.025L', 'NH3N')).toBe(0.0125);
  });

  it('takes the limit of the standard method for a bare ND / 未检出, and says so', () => {
    // GB 11893-89: 0.01 mg/L → 0.005; HJ 694-2014 mercury 0.04 μg/L = 0.00004 mg/L → 0.00002; HJ 828-2017 COD 4 → 2.
    expect(parseMeasurement('ND', 'TP')).toEqual({ ...below(0.005, 0.01), limitFromTable: true });
    expect(parseMeasurement('未检出', 'Hg')).toEqual({ ...below(0.00002, 0.00004), limitFromTable: true });
    expect(parseMeasurement(' 未检出 ', 'COD')).toMatchObject({ value: 2, detectionLimit: 4, limitFromTable: true });
    expect(parseMeasurement('N.D.', 'Cr6')).toMatchObject({ value: 0.002, limitFromTable: true });
    expect(DETECTION_LIMIT_BY_KEY.get('As')).toMatchObject({ limit: 0.0003, method: 'HJ 694-2014' });
  });

  it('gives unknown-limit for a bare ND of a key without a method limit in the table', () => {
    expect(parseMeasurement('ND', 'NH3N')).toEqual({ kind: 'unknown-limit' });
    expect(parseMeasurement('未检出', 'chla')).toEqual({ kind: 'unknown-limit' });
    expect(measurementValue('ND', 'foo')).toBeNull();
  });

  it('treats empty cells and dashes as missing', () => {
    for (const raw of [null, undefined, '', '  ', '-', '—']) expect(parseMeasurement(raw, 'DO')).toEqual({ kind: 'missing' });
  });

  it('rejects anything else with a short message', () => {
    expect(parseMeasurement('abc', 'DO')).toEqual({ kind: 'invalid', message: 'DO "abc" is not a number', code: 'value.notNumber', params: { key: 'DO', raw: 'abc' } });
    expect(parseMeasurement(-0.2, 'NH3N')).toEqual({ kind: 'invalid', message: 'NH3N is negative (-0.2)', code: 'value.negative', params: { key: 'NH3N', raw: '-0.2' } });
    expect(parseMeasurement('-0.2', 'NH3N').kind).toBe('invalid');
    expect(parseMeasurement('0L', 'NH3N').kind).toBe('invalid'); // a detection limit of 0
    expect(parseMeasurement(Number.NaN, 'DO').kind).toBe('invalid');
    expect(parseMeasurement(true, 'DO')).toEqual({ kind: 'invalid', message: 'DO is a boolean, not a number', code: 'value.wrongType', params: { key: 'DO', type: 'boolean' } });
    expect(parseMeasurement([1], 'DO')).toEqual({ kind: 'invalid', message: 'DO is a list, not a number', code: 'value.wrongType', params: { key: 'DO', type: 'list' } });
    const long = parseMeasurement('x'.repeat(500), 'DO');
    expect(long).toEqual({ kind: 'invalid', message: `DO "${'x'.repeat(20)}…" is not a number`, code: 'value.notNumber', params: { key: 'DO', raw: `${'x'.repeat(20)}…` } });
  });

  it('accepts negative water temperatures only, and pH only within 0–14', () => {
    expect(parseMeasurement(-1.5, 'temp')).toEqual(plain(-1.5));
    expect(parseMeasurement(15, 'pH')).toEqual({ kind: 'invalid', message: 'pH 15 is outside 0–14', code: 'value.phRange', params: { value: 15 } });
    expect(parseMeasurement('-1', 'pH')).toEqual({ kind: 'invalid', message: 'pH -1 is outside 0–14', code: 'value.phRange', params: { value: -1 } });
    expect(parseMeasurement('14', 'pH')).toEqual(plain(14));
  });
});

describe('measurementIssues', () => {
  it('lists the values the evaluation leaves out, by sample (1-based) and key', () => {
    expect(measurementIssues([
      { date: '2018-01-10', DO: 8, NH3N: 'ND', TP: 'ND' },
      { date: '2018-02-10', pH: 15, CODMn: '' },
    ])).toEqual([
      { sample: 1, key: 'NH3N', kind: 'unknown-limit', message: expect.stringMatching(/^NH3N is below the detection limit/), code: 'value.unknownLimit', params: { key: 'NH3N' } },
      { sample: 2, key: 'pH', kind: 'invalid', message: 'pH 15 is outside 0–14', code: 'value.phRange', params: { value: 15 } },
    ]);
  });
});
