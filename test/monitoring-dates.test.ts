import { describe, expect, it } from 'vitest';
import { parseDate, parseYearMonth } from '../src/core/import/monitoring/dates.ts';

describe('parseDate', () => {
  it('reads the ways labs write a date', () => {
    for (const v of ['2018-03-15', '2018/3/15', '2018.3.15', '2018年3月15日', '２０１８－０３－１５', '2018-03-15 09:30', 20180315, '20180315', new Date(Date.UTC(2018, 2, 15))]) {
      expect(parseDate(v), String(v)).toBe('2018-03-15');
    }
    // Excel serial 43174: 43174 days after 1899-12-30 (counted by hand: 2018-01-01 is 43101, + 73 days).
    expect(parseDate(43174)).toBe('2018-03-15');
    expect(parseDate('2018年3月')).toBe('2018-03');
    expect(parseDate(201803)).toBe('2018-03');
  });
  it('refuses dates that do not exist or lie outside 1950–2100', () => {
    for (const v of ['2018-02-29', '2018-13-01', '1949-12-31', 'March', '', 0, -5, Number.NaN, null]) expect(parseDate(v), String(v)).toBeNull();
    expect(parseDate('2020-02-29')).toBe('2020-02-29');
  });
});

describe('parseYearMonth', () => {
  it('joins a year and a month cell', () => {
    expect(parseYearMonth('2018年', '3月')).toBe('2018-03');
    expect(parseYearMonth(2018, 12)).toBe('2018-12');
    expect(parseYearMonth(2018, 13)).toBeNull();
    expect(parseYearMonth('x', 3)).toBeNull();
  });
});
