/**
 * checkProperties and isRealDate called directly (test/load-dataset.test.ts sees the same checks
 * through a whole dataset). Expected values are read off the data contract (src/core/data/roles.ts,
 * data/README.md) and the calendar, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { checkProperties, isRealDate } from '../src/core/data/check-properties.ts';

const check = (raw: unknown, role: Parameters<typeof checkProperties>[1], fields: Record<string, string> = {}) => {
  const r = checkProperties(raw, role, fields);
  return { properties: r.properties, messages: r.problems.map((p) => `${p.severity}: ${p.message}`) };
};

describe('checkProperties: required properties per role', () => {
  it('needs landClass for forest parcels, population for urban areas, targetClass for water-function zones', () => {
    expect(check({}, 'forestParcels').messages).toEqual(['error: has no "landClass" property']);
    expect(check({}, 'urbanAreas').messages).toEqual(['error: has no "population" property']);
    expect(check({}, 'waterFunctionZones').messages).toEqual(['error: has no "targetClass" property']);
  });
  it('treats a blank string as missing', () => {
    expect(check({ landClass: '  ' }, 'forestParcels').messages).toEqual(['error: has no "landClass" property']);
  });
  it('does not require the descriptive name and type', () => {
    for (const role of ['boundary', 'towns', 'redLines', 'protectedAreas', 'parks', 'residential'] as const) {
      expect(check({}, role).messages).toEqual([]);
    }
  });
  it('reads properties that are not an object as none', () => {
    expect(check(null, 'parks')).toEqual({ properties: {}, messages: [] });
    expect(check(['a'], 'forestParcels').messages).toEqual(['error: has no "landClass" property']);
  });
});

describe('checkProperties: the manifest’s field mapping', () => {
  it('copies the source attribute to the canonical name, keeping the source attribute', () => {
    const r = check({ 地类: '乔木林地', 小班号: '001' }, 'forestParcels', { landClass: '地类', id: '小班号' });
    expect(r).toEqual({ properties: { 地类: '乔木林地', 小班号: '001', landClass: '乔木林地', id: '001' }, messages: [] });
  });
  it('names the mapped attribute when it is empty', () => {
    expect(check({ 地类: '' }, 'forestParcels', { landClass: '地类' }).messages).toEqual(['error: has no value in attribute "地类" (mapped to "landClass")']);
  });
  it('reads own properties only: a mapping to "constructor" or "toString" gives undefined, not a function', () => {
    for (const attr of ['constructor', 'toString', '__proto__']) {
      const r = check({}, 'forestParcels', { landClass: attr });
      expect(r.properties.landClass).toBeUndefined();
      expect(r.messages).toEqual([`error: has no value in attribute "${attr}" (mapped to "landClass")`]);
    }
  });
});

describe('checkProperties: values', () => {
  it('reads a population written as text as a number', () => {
    expect(check({ population: '1200' }, 'urbanAreas')).toEqual({ properties: { population: 1200 }, messages: [] });
    expect(check({ population: 0 }, 'towns').properties.population).toBe(0);
  });
  it('rejects a population that is not a number of people', () => {
    expect(check({ population: 'many' }, 'urbanAreas').messages).toEqual(['error: "population" is "many", not a number of people']);
    expect(check({ population: -1 }, 'towns').messages).toEqual(['error: "population" is -1, not a number of people']);
  });
  it('checks the land class against the forest-inventory vocabulary, trimmed', () => {
    expect(check({ landClass: ' 竹林地 ' }, 'forestParcels')).toEqual({ properties: { landClass: '竹林地' }, messages: [] });
    expect(check({ landClass: '果园' }, 'forestParcels').messages).toEqual(['error: land class "果园" is not one of the forest-inventory classes']);
  });
  it('accepts a water class in Roman, Unicode Roman and digits, and rejects others', () => {
    for (const c of ['III', 'Ⅲ', '3', '劣V']) expect(check({ targetClass: c }, 'waterFunctionZones').messages).toEqual([]);
    expect(check({ targetClass: 'Ⅶ' }, 'waterFunctionZones').messages).toEqual(['error: targetClass "Ⅶ" is not a water class']);
  });
  it('warns about, but keeps, an unknown protected-area category', () => {
    expect(check({ category: '公园' }, 'protectedAreas').messages).toEqual(['warning: category "公园" is not a known protected-area category; it still counts as protected']);
    expect(check({ category: '森林公园' }, 'protectedAreas').messages).toEqual([]);
  });
});

describe('checkProperties: sections', () => {
  it('reads the water body, with Chinese aliases, river by default', () => {
    expect(check({ class: 'III', waterBody: '水库' }, 'sections').properties.waterBody).toBe('reservoir');
    expect(check({ class: 'III', waterBody: '湖泊' }, 'sections').properties.waterBody).toBe('lake');
    expect(check({ class: 'III' }, 'sections').properties.waterBody).toBe('river');
    expect(check({ class: 'III', waterBody: 'sea' }, 'sections').messages).toEqual(['error: waterBody "sea" is not river, lake or reservoir']);
  });
  it('needs samples or a class, and a known monitoring level', () => {
    expect(check({}, 'sections').messages).toEqual(['error: has neither "samples" nor "class"']);
    expect(check({ class: 'II', level: '区控' }, 'sections').messages).toEqual(['error: level "区控" is not a monitoring level']);
    expect(check({ class: 'II', drinkingWaterSource: 'yes' }, 'sections').messages).toEqual(['error: drinkingWaterSource is "yes", not true or false']);
  });
  it('accepts values below detection ("0.05L") and numbers as text ("7.5")', () => {
    expect(check({ samples: [{ date: '2018-01-15', TP: '0.05L', pH: '7.5', DO: 6 }] }, 'sections').messages).toEqual([]);
  });
  it('rejects a value that is not a number and a pH outside 0–14', () => {
    expect(check({ samples: [{ date: '2018-01-15', DO: 'abc', pH: 15 }] }, 'sections').messages).toEqual([
      'error: sample 1: DO "abc" is not a number',
      'error: sample 1: pH 15 is outside 0–14',
    ]);
  });
  it('rejects a date that is not in the calendar (30 February)', () => {
    expect(check({ samples: [{ date: '2018-02-30', DO: 7 }] }, 'sections').messages).toEqual(['error: sample 1 has the date 2018-02-30, which is not a real date']);
    expect(check({ samples: [{ DO: 7 }] }, 'sections').messages).toEqual(['error: sample 1 has no valid "date"']);
  });
  it('gives one warning for all unknown keys of all samples', () => {
    const r = check({ samples: [{ date: '2018-02-28', 叶绿素: 7, foo: 1 }, { date: '2018-03-01', foo: 2 }] }, 'sections');
    expect(r.messages).toEqual(['warning: samples have parameters the GB 3838 evaluation does not know: 叶绿素, foo; they are ignored']);
  });
});

describe('isRealDate', () => {
  it('knows the length of each month, leap years included', () => {
    // 2016 and 2000 are leap years (divisible by 4; by 400); 2018 and 1900 are not (1900: by 100, not 400).
    expect(['2018-01-31', '2018-02-28', '2016-02-29', '2000-02-29', '2018-04-30', '2018-12-31'].filter(isRealDate)).toHaveLength(6);
    expect(['2018-02-29', '1900-02-29', '2018-02-30', '2018-04-31', '2018-01-00', '2018-01-32'].filter(isRealDate)).toEqual([]);
  });
  it('accepts a month alone and a timestamp after the day, and rejects month 00 and 13', () => {
    expect(isRealDate('2018-12')).toBe(true);
    expect(isRealDate('2018-03-15T08:00:00')).toBe(true);
    expect(isRealDate('2018-00')).toBe(false);
    expect(isRealDate('2018-13-01')).toBe(false);
    expect(isRealDate('15/03/2018')).toBe(false);
  });
});
