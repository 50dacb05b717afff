/**
 * The pack's indicator table on test/fixtures/two-years, whose 2017 and 2018 each have a
 * statistics file: the earlier-year column holds 2017's own reported figures (good-air days 80.3 %,
 * EI 良; energy per GDP blank — 2017 does not report it) and 2017's computed values, the current
 * column 2018's. (The sample's tables are checked against the CLI's JSON in pack-cli.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { compareYears, computeReport, loadYears, yearValues } from '../src/core/compute.ts';
import { loadDataset } from '../src/core/io.ts';
import { packTables } from '../src/core/pack.ts';
import { fixtureReader } from './helpers/read-fixture.ts';

const read = fixtureReader('two-years');
const root = (await loadDataset(read)).dataset!;
const reports = (await loadYears(read, root)).map((y) => ({ year: y.year, dataset: y.dataset!, report: computeReport(y.dataset!) }));
const now = reports[1]!;
const tables = packTables({ dataset: now.dataset, report: now.report, byTowns: null, years: { values: yearValues(reports), comparison: compareYears(reports[0]!, now) }, inventory: [], date: '2026-12-07', lang: 'zh' });
const head = tables.indicators.columns.map((c) => c.title);
const row = (id: string) => tables.indicators.rows[tables.indicatorRows.findIndex((r) => r.id === id)]!;

describe('packTables: earlier years', () => {
  it('has a 2017 column before the current value', () => {
    expect(head.indexOf('2017年')).toBe(head.indexOf('现状值（2018年）') - 1);
  });
  it('puts each year’s own reported figures in its column, blank where that year reports none', () => {
    const [y17, y18] = [head.indexOf('2017年'), head.indexOf('现状值（2018年）')];
    expect([row('goodAirDays')[y17], row('goodAirDays')[y18]]).toEqual([80.3, 84.1]);
    expect([row('ecologicalIndexRating')[y17], row('ecologicalIndexRating')[y18]]).toEqual(['良', '优']);
    expect([row('energyPerGdp')[y17], row('energyPerGdp')[y18]]).toEqual([null, 0.52]);
  });
  it('puts each year’s computed values in its column', () => {
    const [y17, y18] = [head.indexOf('2017年'), head.indexOf('现状值（2018年）')];
    expect(row('forestCoverage')[y17]).toBe(reports[0]!.report.indicators.find((i) => i.id === 'forestCoverage')!.value);
    expect(row('forestCoverage')[y18]).toBe(now.report.indicators.find((i) => i.id === 'forestCoverage')!.value);
    expect(row('forestCoverage')[y17]).not.toBe(row('forestCoverage')[y18]);
  });
});
