import { describe, expect, it, vi } from 'vitest';
import { decodeText } from '../src/core/data/decode-text.ts';

describe('decodeText', () => {
  it('reads UTF-8 and drops a byte-order mark with a warning', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"名称":"红线"}')]), 'a.geojson');
    expect(r.text).toBe('{"名称":"红线"}');
    expect(r.encoding).toBe('utf-8');
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'warning', file: 'a.geojson', message: expect.stringMatching(/byte-order mark/) })]);
    expect(decodeText('\ufeff{}', 'b.json').text).toBe('{}');
  });
  it('reads bytes that are not UTF-8 as GBK, saying so', () => {
    // "红线" in GBK: BA EC CF DF.
    const r = decodeText(new Uint8Array([0x22, 0xba, 0xec, 0xcf, 0xdf, 0x22]), 'gbk.geojson');
    expect(r.text).toBe('"红线"');
    expect(r.encoding).toBe('gbk');
    expect(r.issues[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/is not UTF-8; it was read as GBK/) });
  });
  it('passes plain UTF-8 text through without issues', () => {
    expect(decodeText(new TextEncoder().encode('水质'), 'x')).toEqual({ text: '水质', encoding: 'utf-8', issues: [] });
  });
});

describe('decodeText on a file larger than one string can hold', () => {
  it('is an error saying so and what to do, not a crash', () => {
    // A decoder that fails as V8 does past ~512 million characters (a real file would need 600 MB here).
    vi.stubGlobal('TextDecoder', class { decode(): string { throw new RangeError('Invalid string length'); } });
    try {
      const r = decodeText(new Uint8Array(3_000_000), 'forest-parcels.geojson');
      expect(r.tooLarge).toBe(true);
      expect(r.text).toBe('');
      expect(r.issues).toEqual([expect.objectContaining({ severity: 'error', file: 'forest-parcels.geojson', code: 'text.tooLarge' })]);
      expect(r.issues[0]!.message).toMatch(/^is 3 MB, more text than this program can hold at once/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
