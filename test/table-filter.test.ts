import { describe, expect, it } from 'vitest';
import { parseCellFilter, queryRows } from '../src/core/index.ts';
import type { AttributeTable } from '../src/core/index.ts';

const table: AttributeTable = {
  columns: [{ key: 'name', kind: 'text' }, { key: 'area', kind: 'number' }],
  indices: [0, 1, 2, 3, 4],
  cells: [['乔木林地 A', 120], ['竹林地', 5], ['灌木林地', null], [null, 20], ['ＡＢＣ', 20]],
};
const q = (filters: Record<string, string>, quick = '', sort: { key: string; asc: boolean } | null = null) => queryRows(table, { filters, quick, sort });

describe('parseCellFilter', () => {
  it('reads comparisons, ranges and equality on number columns', () => {
    const t = (f: string, v: number | null) => parseCellFilter(f, 'number')!(v);
    expect([t('>20', 20), t('>=20', 20), t('<20', 5), t('<= 5', 5), t('=20', 20), t('20', 20), t('!=20', 20), t('<>20', 5)]).toEqual([false, true, true, true, true, true, false, true]);
    expect([t('10..20', 10), t('20..10', 20), t('10..20', 21), t('1e2', 100), t('-5', -5), t('>5', null)]).toEqual([true, true, false, true, true, false]);
    expect(parseCellFilter('big', 'number')).toBeNull();
  });
  it('reads words, exact, not and empty on text columns (case and full width folded)', () => {
    const t = (f: string, v: string | null) => parseCellFilter(f, 'text')!(v);
    expect([t('林地 乔木', '乔木林地'), t('abc', 'ＡＢＣ'), t('=竹林', '竹林地'), t('=竹林地', '竹林地'), t('!竹', '竹林地'), t('!竹', null), t('=', null), t('=', 'x')]).toEqual([true, true, false, true, false, true, true, false]);
  });
});

describe('queryRows', () => {
  it('keeps rows passing every column filter and the quick filter', () => {
    expect(q({ area: '>=20' }).rows).toEqual([0, 3, 4]);
    expect(q({ area: '>=20', name: '林' }).rows).toEqual([0]);
    expect(q({}, '20').rows).toEqual([0, 3, 4]); // 120 holds 20: the quick filter finds text, not values
    expect(q({}, 'abc 20').rows).toEqual([4]);
    expect(q({ name: '=' }).rows).toEqual([3]);
  });
  it('reports filters it cannot read and ignores them', () => {
    expect(q({ area: 'large' })).toEqual({ rows: [0, 1, 2, 3, 4], invalid: ['area'] });
  });
  it('sorts numbers as numbers, empty cells last both ways, ties in layer order', () => {
    expect(q({}, '', { key: 'area', asc: true }).rows).toEqual([1, 3, 4, 0, 2]);
    expect(q({}, '', { key: 'area', asc: false }).rows).toEqual([0, 3, 4, 1, 2]);
    expect(q({}, '', { key: 'name', asc: true }).rows.at(-1)).toBe(3);
  });
});
