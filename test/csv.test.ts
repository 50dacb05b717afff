import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../src/core/index.ts';

describe('csv', () => {
  it('quotes commas, quotes and line breaks; empties null; guards formulas but not negative numbers', () => {
    expect([csvCell('a,b'), csvCell('say "hi"'), csvCell('x\ny'), csvCell(null), csvCell(-3), csvCell('-3.5'), csvCell('=SUM(A1)'), csvCell('@x'), csvCell('+86 575')])
      .toEqual(['"a,b"', '"say ""hi"""', '"x\ny"', '', '-3', '-3.5', "'=SUM(A1)", "'@x", "'+86 575"]);
  });
  it('starts with a BOM and ends rows with CRLF', () => {
    expect(csvText([['名称', 'n'], ['汤浦水库', 1]])).toBe('\uFEFF名称,n\r\n汤浦水库,1\r\n');
  });
});
