/**
 * Encoding decided per file, with the offending line named (issue 27 §4): one GBK line in a UTF-8
 * CSV or GeoJSON leaves the file UTF-8 and names that line; a GBK file stays GBK. GBK bytes come
 * from the project's own encoder (src/core/export/gbk.ts), which test/site-exports.test.ts checks.
 */
import { describe, expect, it } from 'vitest';
import { decodeMixed, decodeText } from '../src/core/data/decode-text.ts';
import { encodeGbk } from '../src/core/export/gbk.ts';
import { readMonitoringTable } from '../src/core/import/monitoring/read-table.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => encodeGbk(s).bytes;
const join = (...parts: Uint8Array[]) => { const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0)); let o = 0; for (const p of parts) { out.set(p, o); o += p.length; } return out; };

describe('a UTF-8 CSV with one GBK row', () => {
  const rows = ['断面名称,采样日期,氨氮', '曹娥江大桥,2018-03-15,0.412', '章镇,2018-03-15,0.30', '上浦闸,2018-04-15,0.25'];
  const bytes = join(utf8(`${rows[0]}\n${rows[1]}\n`), gbk(`${rows[2]}\n`), utf8(`${rows[3]}\n`));

  it('stays UTF-8: the header is read, the GBK line is named (was: the whole file read as GBK, "no section id or name column")', async () => {
    const { table, issues } = await readMonitoringTable('2018.csv', bytes);
    expect(table?.encoding).toBe('utf-8');
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'text.mixedEncoding', message: expect.stringMatching(/is read as UTF-8, but line 3 is in another encoding \(GBK\?\)/) }));
    expect(issues.some((i) => i.code === 'table.noSectionColumn')).toBe(false);
    expect(table?.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['曹娥江大桥', '上浦闸']));
  });

  it('a GBK file with one UTF-8 line stays GBK, that line named', () => {
    const r = decodeMixed(join(gbk(`${rows[0]}\n${rows[1]}\n`), utf8(`${rows[2]}\n`), gbk(`${rows[3]}\n`)));
    expect(r.encoding).toBe('gbk');
    expect(r.otherLines).toEqual([3]);
    expect(r.text.split('\n')[3]).toBe(rows[3]);
  });

  it('a GeoJSON in UTF-8 with one GBK line: decodeText names it and keeps the rest', () => {
    const r = decodeText(join(utf8('{"type":"FeatureCollection",\n"name":"红线",\n'), gbk('"note":"林地",\n'), utf8('"features":[]}')), 'a.geojson');
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('"name":"红线"');
    expect(r.issues).toEqual([expect.objectContaining({ code: 'text.mixedEncoding', message: expect.stringMatching(/line 3 is/) })]);
    // A file all in GBK is GBK, as before.
    expect(decodeText(gbk('{"name":"红线"}'), 'b.geojson')).toMatchObject({ encoding: 'gbk', text: '{"name":"红线"}', issues: [expect.objectContaining({ code: 'text.gbk' })] });
  });
});
