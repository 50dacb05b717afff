import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../src/core/data/dataset.ts';
import { MAX_MONITORING_ROWS, joinSamples, readMonitoringTable } from '../src/core/import/monitoring-table.ts';
import type { MonitoringTable } from '../src/core/import/monitoring-table.ts';
import { FIXTURES } from './helpers/read-fixture.ts';

// Expected values are read off the fixture text by hand (test/fixtures/monitoring/README.md).

const fixture = async (name: string) => new Uint8Array(await readFile(path.join(FIXTURES, 'monitoring', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const errors = (issues: readonly DataIssue[]) => issues.filter((i) => i.severity === 'error');
const warnings = (issues: readonly DataIssue[]) => issues.filter((i) => i.severity === 'warning');

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

/** One inline CSV read; fails the test when there is no table. */
async function table(text: string, file = 'inline.csv'): Promise<{ table: MonitoringTable; issues: DataIssue[] }> {
  const r = await readMonitoringTable(file, utf8(text));
  if (!r.table) throw new Error(JSON.stringify(r.issues));
  return { table: r.table, issues: r.issues };
}

describe('readMonitoringTable: UTF-8 CSV with BOM and Chinese headers with units', () => {
  it('reads every row with a real date, converts µg/L to mg/L and keeps lab notation', async () => {
    const r = await readMonitoringTable('utf8-bom.csv', await fixture('utf8-bom.csv'));
    expect(r.table).not.toBeNull();
    const t = r.table!;
    expect(t.encoding).toBe('utf-8');
    expect(t.columns).toEqual({
      date: '采样日期', temp: '水温(℃)', pH: 'pH(无量纲)', DO: '溶解氧（mg/L）', CODMn: '高锰酸盐指数【mg/L】',
      NH3N: 'NH₃-N (mg/L)', TP: '总磷[mg/L]', Pb: '铅(µg/L)', oil: '石油类(mg/L)',
    });
    expect(t.rows).toEqual([
      { row: 2, id: 'W01', name: '曹娥江大桥', sample: { date: '2018-03-15', temp: 12.5, pH: 7.62, DO: 8.4, CODMn: 2.9, NH3N: 0.412, TP: 0.085, Pb: 0.0015, oil: '0.05L' } },
      { row: 3, id: 'W01', name: '曹娥江大桥', sample: { date: '2018-04-12', temp: 16, pH: 7.55, DO: 7.9, CODMn: 3.1, NH3N: 0.38, TP: 0.092, Pb: '<0.001', oil: 0.02 } },
      { row: 4, id: 'W02', name: '百官渡口', sample: { date: '2018-03-14', temp: 12.1, pH: 7.4, DO: 6.8, CODMn: 4.2, NH3N: 0.95, TP: 0.16, Pb: 0.002, oil: 0.03 } },
      // Empty Pb cell left out; "ND" kept as written.
      { row: 5, id: 'W02', name: '百官渡口', sample: { date: '2018-04-11', temp: 15.8, pH: 7.38, DO: 6.5, CODMn: 4.6, NH3N: 'ND', TP: 0.18, oil: 0.04 } },
      // Row 6 (W03, 2018-02-30) is left out; row 8 is empty.
      { row: 7, id: 'W99', name: '不存在断面', sample: { date: '2018-03-16', temp: 12, pH: 7, DO: 7, CODMn: 3, NH3N: 0.5, TP: 0.1, Pb: 0.001, oil: 0.01 } },
      { row: 9, id: 'W01', name: '曹娥江大桥', sample: { date: '2018-02-08', temp: 8, pH: 7.7, DO: 9.1, CODMn: 2.5, NH3N: 0.31, TP: 0.07, Pb: 0.0005, oil: 0.01 } },
      { row: 10, id: null, name: '章家埠', sample: { date: '2018-03-20', temp: 13.2, pH: 7.25, DO: 7.5, CODMn: 3.3, NH3N: 0.44, TP: 0.09, oil: '未检出' } },
      { row: 11, id: 'W07', name: '丰惠桥', sample: { date: '2018-03-21', temp: 13, pH: 7.31, DO: 7.3, CODMn: 3.4, NH3N: 0.47, TP: 0.11, Pb: 0.0008, oil: 0.02 } },
    ]);
  });

  it('reports the invalid date (row and section) and the unknown columns, prototype names included', async () => {
    const { table: t, issues } = await (async () => {
      const r = await readMonitoringTable('utf8-bom.csv', await fixture('utf8-bom.csv'));
      return { table: r.table!, issues: r.issues };
    })();
    expect(errors(issues)).toHaveLength(1);
    expect(errors(issues)[0]).toMatchObject({ file: 'utf8-bom.csv', featureId: 'W03' });
    expect(errors(issues)[0]!.message).toBe('Row 6 (id W03, name 丰惠桥) has the date "2018-02-30", which is not a real date; the row is left out');
    expect(warnings(issues).map((i) => i.message)).toEqual(['3 columns are not recognised and ignored: 备注, constructor, __proto__']);
    for (const i of issues) expect(i.hint.length).toBeGreaterThan(10);
    for (const r of t.rows) {
      expect(Object.getPrototypeOf(r.sample)).toBe(Object.prototype);
      expect(Object.hasOwn(r.sample, 'constructor')).toBe(false);
    }
  });
});

describe('readMonitoringTable: GBK CSV with year and month columns', () => {
  it('decodes GBK without an issue and builds YYYY-MM dates; converts 个/100mL, μg/L chlorophyll, cm', async () => {
    const r = await readMonitoringTable('gbk-year-month.csv', await fixture('gbk-year-month.csv'));
    const t = r.table!;
    expect(t.encoding).toBe('gbk');
    expect(t.columns).toEqual({
      date: '年份 + 月份', NH3N: 'NH3-N', TP: 'TP', CODMn: 'CODMn',
      fecalColiform: '粪大肠菌群(个/100mL)', chla: '叶绿素a(μg/L)', SD: '透明度(cm)',
    });
    expect(t.rows).toEqual([
      { row: 2, id: null, name: '曹娥江大桥', sample: { date: '2018-01', NH3N: 0.52, TP: 0.11, CODMn: 3.2, fecalColiform: 17000, chla: 4.1, SD: 0.85 } },
      { row: 3, id: null, name: '曹娥江大桥', sample: { date: '2018-02', NH3N: 0.47, TP: 0.09, CODMn: 3, fecalColiform: 22000, chla: 3.8, SD: 0.9 } },
      { row: 4, id: null, name: '百官渡口', sample: { date: '2018-01', NH3N: 1.12, TP: 0.21, CODMn: 5.1, fecalColiform: 54000, chla: 6.2, SD: 0.6 } },
      // "2018年", "3月", "0.2L" and "1,300" (per 100 mL → 13,000 per L).
      { row: 6, id: null, name: '章家埠', sample: { date: '2018-03', NH3N: '0.2L', TP: 0.05, CODMn: 2.8, fecalColiform: 13000, chla: 12.5, SD: 1.2 } },
    ]);
    expect(r.issues.map((i) => [i.severity, i.message])).toEqual([
      ['warning', '1 column is not recognised and ignored: 序号'],
      ['error', 'Row 5 (name 百官渡口) has the date "2018-13", which is not a real date; the row is left out'],
    ]);
  });
});

describe('readMonitoringTable: .xlsx', () => {
  it('skips the title row, reads Date cells, serial numbers and text dates, numeric ids as text', async () => {
    const r = await readMonitoringTable('quarter3.xlsx', await fixture('quarter3.xlsx'));
    const t = r.table!;
    expect(t.encoding).toBeUndefined();
    expect(t.columns).toEqual({
      date: 'Sampling date', pH: 'pH', DO: 'DO (mg/L)', NH3N: 'NH3-N (mg/L)', TP: 'TP [mg/L]', COD: 'COD', BOD5: 'BOD₅',
      Cr6: 'Cr(VI) (µg/L)', chla: 'Chl-a (mg/m³)', fecalColiform: 'Fecal coliform (MPN/L)',
    });
    expect(t.rows).toEqual([
      { row: 3, id: 'W01', name: '曹娥江大桥', sample: { date: '2018-07-10', pH: 7.8, DO: 7.1, NH3N: 0.35, TP: 0.08, COD: 12, BOD5: 2.1, Cr6: 0.004, chla: 3.2, fecalColiform: 2300 } },
      // Serial 43322 = 2018-08-10; "4L" µg/L = "0.004L" mg/L.
      { row: 4, id: 'W02', name: '百官渡口', sample: { date: '2018-08-10', pH: 7.5, DO: 6.2, NH3N: 0.88, TP: 0.15, COD: 16, BOD5: 3.4, Cr6: '0.004L', chla: 8.9, fecalColiform: 7900 } },
      { row: 6, id: 'W02', name: '百官渡口', sample: { date: '2018-07-09', pH: 7.45, DO: 6, NH3N: '0.05L', TP: 0.14, COD: 17, BOD5: 3.6, chla: 9.4, fecalColiform: 9200 } },
      { row: 7, id: 'W88', name: '未知断面', sample: { date: '2018-07-11', pH: 7, DO: 5.5, NH3N: 0.6, TP: 0.12, COD: 15, BOD5: 3, Cr6: 0.002, chla: 5, fecalColiform: 3000 } },
      { row: 9, id: '1001', name: '数字编号断面', sample: { date: '2018-07-12', pH: 7.2, DO: 6.8, NH3N: 0.42, TP: 0.1, COD: 14, BOD5: 2.8, Cr6: 0.005, chla: 4.4, fecalColiform: 4100 } },
    ]);
    expect(r.issues.map((i) => [i.severity, i.message])).toEqual([
      ['warning', '2 columns are not recognised and ignored: Turbidity (NTU), 备注'],
      ['error', 'Row 8 (id W01, name 曹娥江大桥) has the date "2018-13-45", which is not a real date; the row is left out'],
    ]);
  });
});

describe('joinSamples', () => {
  const sections = deepFreeze([
    { id: 'W01', name: '曹娥江大桥' },
    { id: 'W02', name: '百官渡口' },
    { id: null, name: '丰惠桥' },
    { id: 'W04', name: '章家埠' },
    { id: 'W05', name: '无数据断面' },
  ]);

  it('joins by id, else by name, sorts each section by date, and lists unmatched rows in one warning', async () => {
    const t = deepFreeze((await readMonitoringTable('utf8-bom.csv', await fixture('utf8-bom.csv'))).table!);
    const { samples, issues } = joinSamples(t, sections);
    expect([...samples.keys()]).toEqual([0, 1, 2, 3]);
    expect(samples.get(0)!.map((s) => s.date)).toEqual(['2018-02-08', '2018-03-15', '2018-04-12']);
    expect(samples.get(1)!.map((s) => s.date)).toEqual(['2018-03-14', '2018-04-11']);
    // Row 11: id W07 is no section's id, its name 丰惠桥 is section 2's name.
    expect(samples.get(2)!.map((s) => s.date)).toEqual(['2018-03-21']);
    // Row 10: no id, name 章家埠.
    expect(samples.get(3)).toEqual([{ date: '2018-03-20', temp: 13.2, pH: 7.25, DO: 7.5, CODMn: 3.3, NH3N: 0.44, TP: 0.09, oil: '未检出' }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', file: 'utf8-bom.csv', message: '1 row matches no section: row 7 (id W99, name 不存在断面)' });
    expect(issues[0]!.hint).toContain('id');
  });

  it('compares trimmed text: numeric spreadsheet ids join sections with text ids', async () => {
    const t = (await readMonitoringTable('quarter3.xlsx', await fixture('quarter3.xlsx'))).table!;
    const { samples, issues } = joinSamples(t, [{ id: ' 1001 ', name: null }, { id: 'W02', name: null }]);
    expect(samples.get(0)!.map((s) => s.date)).toEqual(['2018-07-12']);
    expect(samples.get(1)!.map((s) => s.date)).toEqual(['2018-07-09', '2018-08-10']);
    expect(issues.map((i) => i.message)).toEqual(['2 rows match no section: row 3 (id W01, name 曹娥江大桥), row 7 (id W88, name 未知断面)']);
  });

  it('lists at most ten unmatched rows, then "and N more"', () => {
    const rows = [...Array.from({ length: 12 }, (_, i) => ({ row: i + 2, id: `X${i + 1}`, name: null, sample: { date: '2018-01-01' } })), { row: 14, id: sections[0]!.id, name: null, sample: { date: '2018-01-01' } }];
    const { samples, issues } = joinSamples(deepFreeze({ file: 'm.csv', rows, columns: { date: 'date' } }), sections);
    expect(samples.size).toBe(1);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe('12 rows match no section: row 2 (id X1), row 3 (id X2), row 4 (id X3), row 5 (id X4), row 6 (id X5), '
      + 'row 7 (id X6), row 8 (id X7), row 9 (id X8), row 10 (id X9), row 11 (id X10), and 2 more');
  });
  it('says a sheet that matches no section at all seems to belong to another dataset, naming its sections', () => {
    const other = ['镇海大桥', '河口', '南门', '北门', '西渡', '东渡', '中洲'].flatMap((name, k) => [0, 1].map((m) => ({ row: 2 + 2 * k + m, id: `ZH${k + 1}`, name, sample: { date: `2018-0${m + 1}-01` } })));
    const { samples, issues } = joinSamples(deepFreeze({ file: 'other.xlsx', rows: other, columns: { date: 'date' } }), sections);
    expect(samples.size).toBe(0);
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['error', 'table.noRowMatched']]);
    expect(issues[0]!.message).toBe("matches none of this dataset's sections: nothing was joined. Its 14 rows are about 7 other sections "
      + '(镇海大桥 (ZH1), 河口 (ZH2), 南门 (ZH3), 北门 (ZH4), 西渡 (ZH5), and 2 more): the file seems to belong to another dataset');
  });
});

describe('dates', () => {
  it('accepts the written forms and rejects dates that do not exist', async () => {
    const { table: t, issues } = await table([
      'id,监测日期',
      'A,2018-03-15', 'B,2018/3/5', 'C,2018.3.15', 'D,2018年3月15日', 'E,20180315', 'F,2018-03-15 10:30',
      'G,2016-02-29', 'H,2018-02-29', 'I,15/03/2018', 'J,', 'K,2018年3月', 'L,2018-04-31',
    ].join('\n'));
    expect(t.rows.map((r) => [r.id, r.sample.date])).toEqual([
      ['A', '2018-03-15'], ['B', '2018-03-05'], ['C', '2018-03-15'], ['D', '2018-03-15'], ['E', '2018-03-15'],
      ['F', '2018-03-15'], ['G', '2016-02-29'], ['K', '2018-03'],
    ]);
    expect(errors(issues).map((i) => i.message)).toEqual([
      'Row 9 (id H) has the date "2018-02-29", which is not a real date; the row is left out',
      'Row 10 (id I) has the date "15/03/2018", which is not a real date; the row is left out',
      'Row 11 (id J) has no date; the row is left out',
      'Row 13 (id L) has the date "2018-04-31", which is not a real date; the row is left out',
    ]);
  });

  it('sums up row date errors past twenty in one issue', async () => {
    const lines = ['id,date', ...Array.from({ length: 25 }, (_, i) => `S${i},2018-02-30`)];
    const r = await readMonitoringTable('many.csv', utf8(lines.join('\n')));
    expect(r.table!.rows).toHaveLength(0);
    expect(errors(r.issues)).toHaveLength(21);
    expect(errors(r.issues)[20]!.message).toBe('5 more rows have no date or a date that is not real (rows 22–26); they are left out');
  });
});

describe('headers', () => {
  const cases: [string, string, unknown][] = [
    ['氨氮(mg/L)', 'NH3N', 0.5], ['氨氮（mg/L）', 'NH3N', 0.5], ['NH3-N', 'NH3N', 0.5], ['NH₃-N', 'NH3N', 0.5], ['氨氮', 'NH3N', 0.5],
    ['ammonia nitrogen', 'NH3N', 0.5], ['Ammonia Nitrogen mg/L', 'NH3N', 0.5], ['氨氮(µg/L)', 'NH3N', 0.0005], ['氨氮(μg/L)', 'NH3N', 0.0005],
    ['六价铬', 'Cr6', 0.5], ['铬(六价)(mg/L)', 'Cr6', 0.5], ['铬（六价）', 'Cr6', 0.5], ['BOD₅', 'BOD5', 0.5], ['五日生化需氧量', 'BOD5', 0.5],
    ['叶绿素a', 'chla', 0.5], ['叶绿素 a(μg/L)', 'chla', 0.5], ['Chl-a (mg/m³)', 'chla', 0.5], ['叶绿素a(mg/L)', 'chla', 500],
    ['透明度(m)', 'SD', 0.5], ['粪大肠菌群(个/L)', 'fecalColiform', 0.5], ['水温(℃)', 'temp', 0.5], ['化学需氧量', 'COD', 0.5],
    ['高锰酸盐指数', 'CODMn', 0.5], ['挥发酚', 'phenol', 0.5], ['石油类', 'oil', 0.5], ['阴离子表面活性剂', 'LAS', 0.5], ['硫化物', 'S2', 0.5],
    ['氟化物', 'F', 0.5], ['氰化物', 'CN', 0.5], ['溶解氧', 'DO', 0.5], ['总氮', 'TN', 0.5], ['Total phosphorus', 'TP', 0.5],
  ];
  it.each(cases)('%s → %s', async (header, key, value) => {
    const { table: t, issues } = await table(`断面编号,日期,${header}\nW1,2018-01-05,0.5\n`);
    expect(issues).toEqual([]);
    expect(t.columns).toEqual({ date: '日期', [key]: header });
    expect(t.rows[0]!.sample).toEqual({ date: '2018-01-05', [key]: value });
  });

  it('converts the number inside below-detection notations and keeps the notation', async () => {
    const { table: t } = await table('id,date,氨氮(μg/L)\nA,2018-01-05,ND(1)\nB,2018-01-05,未检出<2\nC,2018-01-05,4L\n'
      + 'D,2018-01-05,<3\nE,2018-01-05,ND\nF,2018-01-05,＜5\nG,2018-01-05,未检出（6）\nH,2018-01-05,"1,500"\n');
    expect(t.rows.map((r) => r.sample['NH3N'])).toEqual(['ND(0.001)', '未检出<0.002', '0.004L', '<0.003', 'ND', '<0.005', '未检出(0.006)', 1.5]);
  });

  it('warns about units it cannot convert and reads the values as written', async () => {
    const { table: t, issues } = await table('断面名称,date,氨氮(mg/kg),总磷(实测)\n甲,2018-01-05,0.5,0.1\n');
    expect(t.rows[0]!.sample).toEqual({ date: '2018-01-05', NH3N: 0.5, TP: 0.1 });
    expect(warnings(issues).map((i) => i.message)).toEqual([
      'Column "氨氮(mg/kg)" states the unit "mg/kg", which cannot be converted to mg/L; its values are read as mg/L',
      'Column "总磷(实测)" states the unit "实测", which cannot be converted to mg/L; its values are read as mg/L',
    ]);
  });

  it('reads the first of two columns for one parameter and warns', async () => {
    const { table: t, issues } = await table('id,date,氨氮,NH3-N\nW1,2018-01-05,0.5,0.7\n');
    expect(t.rows[0]!.sample).toEqual({ date: '2018-01-05', NH3N: 0.5 });
    expect(warnings(issues).map((i) => i.message)).toEqual(['Columns "氨氮" and "NH3-N" both hold NH3N; only the first is read']);
  });

  it('treats prototype names as ordinary unknown columns', async () => {
    const { table: t, issues } = await table('id,date,toString,hasOwnProperty,__proto__,valueOf\nW1,2018-01-05,1,2,3,4\n');
    expect(t.rows[0]!.sample).toEqual({ date: '2018-01-05' });
    expect(Object.getPrototypeOf(t.rows[0]!.sample)).toBe(Object.prototype);
    expect(warnings(issues).map((i) => i.message)).toEqual([
      '4 columns are not recognised and ignored: toString, hasOwnProperty, __proto__, valueOf',
      'No water-quality parameter column was recognised, so the samples hold dates only',
    ]);
  });
});

describe('files that cannot be used', () => {
  it('needs an id or name column and a date column, and says which names are accepted', async () => {
    const r = await readMonitoringTable('x.csv', utf8('站点,时间,氨氮\nW1,2018-01-05,0.5\n'));
    expect(r.table).toBeNull();
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([
      'No section id or name column in the header row (row 1)',
      'No date column in the header row (row 1)',
    ]);
    expect(r.issues.find((i) => i.message.startsWith('No section'))!.hint).toContain('断面编号');
    expect(r.issues.find((i) => i.message.startsWith('No date'))!.hint).toContain('采样日期');
  });

  it('needs both year and month', async () => {
    const r = await readMonitoringTable('x.csv', utf8('断面,年份,氨氮\n甲,2018,0.5\n'));
    expect(r.table).toBeNull();
    expect(errors(r.issues).map((i) => i.message)).toEqual(['No date column in the header row (row 1): "年份" alone is not enough']);
  });

  it('reports unreadable files by name without quoting their content', async () => {
    const secret = 'SECRET-CONTENT-1234567890';
    const cases: [string, Uint8Array, string][] = [
      ['a.xlsx', utf8(`${secret},x\n`), 'This file is named .xlsx but is not an Excel workbook'],
      ['b.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8(secret)]), 'Could not read this file as an .xlsx workbook (INVALID_ZIP)'],
      ['c.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...utf8(secret)]), 'This is an old-style Excel .xls workbook (or a password-protected one), which cannot be read'],
      ['d.csv', new Uint8Array([...utf8(secret), 0, 1, 2]), 'This file is not a text (CSV) file: it holds binary data'],
      ['e.pdf', utf8(secret), 'Files of type .pdf cannot be read as monitoring results'],
      ['f.csv', new Uint8Array(), 'The file is empty'],
      ['g.csv', utf8('\n\n'), 'The sheet has no rows'],
    ];
    for (const [file, bytes, message] of cases) {
      const r = await readMonitoringTable(file, bytes);
      expect(r.table, file).toBeNull();
      expect(r.issues, file).toHaveLength(1);
      expect(r.issues[0], file).toMatchObject({ severity: 'error', file, message });
      expect(JSON.stringify(r.issues)).not.toContain('SECRET');
    }
  });

  it(`refuses a sheet of more than ${MAX_MONITORING_ROWS} rows and reads one of exactly that many`, async () => {
    const line = 'W1,2018-01-05,0.5\n';
    const big = await readMonitoringTable('big.csv', utf8(`id,date,氨氮\n${line.repeat(MAX_MONITORING_ROWS + 1)}`));
    expect(big.table).toBeNull();
    expect(big.issues.map((i) => i.message)).toEqual(['The sheet has more than 200,000 rows, more than can be loaded']);
    const full = await readMonitoringTable('full.csv', utf8(`id,date,氨氮\n${line.repeat(MAX_MONITORING_ROWS)}`));
    expect(full.issues).toEqual([]);
    expect(full.table!.rows).toHaveLength(MAX_MONITORING_ROWS);
  });
});
