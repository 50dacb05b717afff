/**
 * Archives and sheets with limits (issue 27 §4): an .xlsx (a ZIP; ZIP64 too) is held to the same
 * unpacked-size, entry-count and ratio limits as a zipped shapefile, read from the central directory
 * before anything is inflated; the first sheet's rows and columns are counted before read-excel-file
 * builds its grid. Every archive here is made in the test: fflate writes the zips, and the central
 * directories that lie are patched or written byte by byte.
 */
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFilesAsync } from '../src/core/import/import-layer.ts';
import { readMonitoringTable } from '../src/core/import/monitoring/read-table.ts';
import { checkWorkbook, sheetExtent } from '../src/core/import/read-xlsx.ts';
import { unzip } from '../src/core/import/shapefile.ts';
import { checkZip, zipDirectory } from '../src/core/import/zip-limits.ts';

/** A minimal workbook (inline strings) whose first sheet holds `sheetData` — the XML inside <sheetData>. */
function workbook(sheetData: string, level: 0 | 6 = 6, extra: Zippable = {}): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook ${ns}><sheets><sheet name="监测" sheetId="1" r:id="rId7"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/></Relationships>'),
    'xl/worksheets/data.xml': strToU8(`<?xml version="1.0"?><worksheet ${ns}><sheetData>${sheetData}</sheetData></worksheet>`),
    ...extra,
  }, { level });
}

const cell = (ref: string, v: string | number) => (typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`);
const MONITORING = `<row r="1">${cell('A1', '断面名称')}${cell('B1', '采样日期')}${cell('C1', '氨氮')}</row><row r="2">${cell('A2', '曹娥江大桥')}${cell('B2', '2018-03-15')}${cell('C2', 0.412)}</row>`;

/** Offsets of the central directory entry of `name` in a zip without comments. */
function centralEntry(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  let p = view.getUint32(eocd + 16, true);
  for (;;) {
    const n = view.getUint16(p + 28, true);
    if (new TextDecoder().decode(zip.subarray(p + 46, p + 46 + n)) === name) return p;
    p += 46 + n + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
}

/** The workbook with its sheet's unpacked size in the central directory set to `size` (a lie: the data stay 2 KB). */
function declaring(size: number): Uint8Array {
  const zip = workbook(MONITORING);
  new DataView(zip.buffer).setUint32(centralEntry(zip, 'xl/worksheets/data.xml') + 24, size, true);
  return zip;
}

/** A ZIP64 archive written byte by byte: one stored entry whose ZIP64 extra field says it unpacks to `size`. */
function zip64(name: string, size: bigint): Uint8Array {
  const nameBytes = strToU8(name);
  const data = strToU8('<worksheet/>');
  const parts: Uint8Array[] = [];
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true); local.setUint16(4, 45, true);
  local.setUint32(18, 0xffffffff, true); local.setUint32(22, 0xffffffff, true); local.setUint16(26, nameBytes.length, true); local.setUint16(28, 20, true);
  const localExtra = new DataView(new ArrayBuffer(20));
  localExtra.setUint16(0, 1, true); localExtra.setUint16(2, 16, true); localExtra.setBigUint64(4, size, true); localExtra.setBigUint64(12, BigInt(data.length), true);
  parts.push(new Uint8Array(local.buffer), nameBytes, new Uint8Array(localExtra.buffer), data);
  const cdOffset = 30 + nameBytes.length + 20 + data.length;
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true); central.setUint16(4, 45, true); central.setUint16(6, 45, true);
  central.setUint32(20, 0xffffffff, true); central.setUint32(24, 0xffffffff, true); central.setUint16(28, nameBytes.length, true); central.setUint16(30, 20, true);
  const centralExtra = new DataView(new ArrayBuffer(20));
  centralExtra.setUint16(0, 1, true); centralExtra.setUint16(2, 16, true); centralExtra.setBigUint64(4, size, true); centralExtra.setBigUint64(12, BigInt(data.length), true);
  parts.push(new Uint8Array(central.buffer), nameBytes, new Uint8Array(centralExtra.buffer));
  const cdSize = 46 + nameBytes.length + 20;
  const z64Offset = cdOffset + cdSize;
  const eocd64 = new DataView(new ArrayBuffer(56));
  eocd64.setUint32(0, 0x06064b50, true); eocd64.setBigUint64(4, 44n, true); eocd64.setUint16(12, 45, true); eocd64.setUint16(14, 45, true);
  eocd64.setBigUint64(24, 1n, true); eocd64.setBigUint64(32, 1n, true); eocd64.setBigUint64(40, BigInt(cdSize), true); eocd64.setBigUint64(48, BigInt(cdOffset), true);
  const locator = new DataView(new ArrayBuffer(20));
  locator.setUint32(0, 0x07064b50, true); locator.setBigUint64(8, BigInt(z64Offset), true); locator.setUint32(16, 1, true);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true); eocd.setUint16(8, 0xffff, true); eocd.setUint16(10, 0xffff, true); eocd.setUint32(12, 0xffffffff, true); eocd.setUint32(16, 0xffffffff, true);
  parts.push(new Uint8Array(eocd64.buffer), new Uint8Array(locator.buffer), new Uint8Array(eocd.buffer));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

describe('the archive limits, from the central directory', () => {
  it('reads sizes as a ZIP and as a ZIP64 archive gives them', () => {
    const plain = zipDirectory(workbook(MONITORING));
    expect(plain.map((e) => e.name)).toContain('xl/worksheets/data.xml');
    expect(zipDirectory(zip64('xl/worksheets/sheet1.xml', 3n * 2n ** 30n))).toEqual([{ name: 'xl/worksheets/sheet1.xml', packed: 12, size: 3 * 2 ** 30 }]);
  });

  it('refuses an entry declared past 512 MiB, a ZIP64 entry of 3 GiB, 10,001 entries and a 1000:1 entry, naming each', () => {
    expect(checkZip(declaring(0xfffffff0))).toMatchObject({ code: 'zip.refused', params: { entry: 'xl/worksheets/data.xml', size: '4096 MiB', limit: '512 MiB' } });
    expect(checkZip(zip64('xl/worksheets/sheet1.xml', 3n * 2n ** 30n))).toMatchObject({ code: 'zip.refused', params: { size: '3072 MiB' } });
    const many: Zippable = {};
    for (let i = 0; i <= 10_000; i++) many[`f${i}.txt`] = new Uint8Array(1);
    expect(checkZip(zipSync(many, { level: 0 }))).toMatchObject({ code: 'zip.tooManyEntries', message: expect.stringMatching(/more than 10,000 files/) });
    const bomb = zipSync({ 'zeros.dbf': new Uint8Array(20 << 20) });
    expect(checkZip(bomb)).toMatchObject({ code: 'zip.ratio', params: { entry: 'zeros.dbf', size: '20 MiB' } });
    expect(checkZip(workbook(MONITORING))).toBeNull();
  });

  it('holds a zipped shapefile (unzip) to the same limits', () => {
    const bomb = zipSync({ 'a.shp': new Uint8Array(20 << 20) });
    expect(() => unzip(bomb)).toThrow(/200 times its packed size/);
    expect(() => unzip(zip64('a.shp', 3n * 2n ** 30n))).toThrow(/3072 MiB/);
  });
});

describe('an .xlsx over a limit', () => {
  it('is an error with the limit, not a crash, in the monitoring import and the site import — a 2 KB file claiming 4 GiB', async () => {
    const t0 = Date.now();
    const read = await readMonitoringTable('2018.xlsx', declaring(0xfffffff0));
    expect(read.table).toBeNull();
    expect(read.issues[0]).toMatchObject({ severity: 'error', code: 'zip.refused', message: expect.stringMatching(/xl\/worksheets\/data.xml unpacks to 4096 MiB/) });
    const sites = await importFilesAsync({ '界址点.xlsx': zip64('xl/worksheets/sheet1.xml', 3n * 2n ** 30n) });
    expect(sites).toMatchObject({ kind: 'error', issues: [{ code: 'zip.refused' }] });
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('a sheet inflating past 2 GiB: refused by its ratio from the directory, before inflating', () => {
    // 64 MiB of one repeated row packs to about 0.2 MiB: a real bomb, small enough to make here.
    const row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
    const xml = new Uint8Array(64 << 20);
    const one = strToU8(row);
    for (let o = 0; o + one.length <= xml.length; o += one.length) xml.set(one, o);
    const zip = workbook('', 6, { 'xl/worksheets/data.xml': xml });
    expect(checkWorkbook(zip)).toMatchObject({ code: 'zip.ratio' });
  });

  it('is refused quickly with the row limit when the sheet has a million rows (or one cell in row 1,000,000), and with the column limit past 1,000 columns', async () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const t0 = Date.now();
    const read = await readMonitoringTable('big.xlsx', workbook(rows, 0));
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(read.issues[0]).toMatchObject({ code: 'table.tooManyRows', message: expect.stringMatching(/more than 200,000 rows/) });
    const far = await readMonitoringTable('far.xlsx', workbook(`${MONITORING}<row r="1000000">${cell('A1000000', 1)}</row>`));
    expect(far.issues[0]).toMatchObject({ code: 'table.tooManyRows' });
    const wide = await readMonitoringTable('wide.xlsx', workbook(`${MONITORING}<row r="3">${cell('XFD3', 1)}</row>`));
    expect(wide.issues[0]).toMatchObject({ code: 'xlsx.tooManyColumns', message: expect.stringMatching(/more than 1,000 columns/) });
    const sites = await importFilesAsync({ 'far.xlsx': workbook(`<row r="1000000">${cell('A1000000', 1)}</row>`) });
    expect(sites).toMatchObject({ kind: 'error', issues: [{ code: 'table.tooManyRows' }] });
  }, 30000);

  it('leaves a workbook within the limits to read-excel-file', async () => {
    const read = await readMonitoringTable('2018.xlsx', workbook(MONITORING));
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.table?.rows[0]).toMatchObject({ row: 2, name: '曹娥江大桥' });
  });
});

describe('sheetExtent', () => {
  it('counts rows and columns from row numbers, cell references and prefixed tags', () => {
    const x = (s: string) => strToU8(s);
    expect(sheetExtent(x('<row r="3"><c r="B3"/></row>'), 10, 10)).toEqual({ rows: 3, columns: 2 });
    expect(sheetExtent(x('<x:row><x:c/><x:c/><x:c/></x:row><x:row/>'), 10, 10)).toEqual({ rows: 2, columns: 3 });
    expect(sheetExtent(x('<rowBreaks count="1"/><cols><col min="1"/></cols>'), 10, 10)).toEqual({ rows: 0, columns: 0 });
    expect(sheetExtent(x('<row r="5"><c r="AA5"/></row>'), 10, 10)).toEqual({ rows: 5, columns: 27 });
  });
});
