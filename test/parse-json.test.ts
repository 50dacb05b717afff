import { describe, expect, it } from 'vitest';
import { duplicateKeys, lineColumn, parseJson } from '../src/core/data/parse-json.ts';

describe('parseJson', () => {
  it('gives the line and column of an error, never the text', () => {
    const r = parseJson('{\n  "a": 1,\n}');
    expect(r).toEqual({ ok: false, message: 'is not valid JSON: expected double-quoted property name at line 3, column 1', code: 'json.errorAt', params: { what: 'expected double-quoted property name', line: 3, column: 1 } });
    const secret = parseJson('root:x:0:0:root:/root:/bin/bash');
    expect(secret.ok).toBe(false);
    expect(JSON.stringify(secret)).not.toMatch(/root|bash/);
    expect(parseJson('{"a": [1, 2').ok).toBe(false);
    expect(parseJson('{"a": [1, 2')).toEqual({ ok: false, message: 'is not valid JSON (it ends too early: is it cut off?)', code: 'json.cutOff', params: {} });
  });
  it('parses deeply nested input without overflowing the stack', () => {
    const deep = `${'['.repeat(200000)}${']'.repeat(200000)}`;
    expect(parseJson(deep).ok).toBe(true);
    expect(duplicateKeys(deep)).toEqual([]);
  });
});

describe('duplicateKeys', () => {
  it('finds keys written twice in one object, with their line', () => {
    const text = '{\n "layers": {\n  "boundary": "a.geojson",\n  "boundary": "b.geojson"\n },\n "name": "x", "name": "y"\n}';
    expect(duplicateKeys(text)).toEqual(['"boundary" (line 4)', '"name" (line 6)']);
  });
  it('does not confuse the same key in different objects, values or escaped quotes', () => {
    expect(duplicateKeys('{"a": {"b": 1}, "c": {"b": 2}, "d": ["a", "a"], "e": "x\\"a\\""}')).toEqual([]);
  });
  it('counts lines from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
