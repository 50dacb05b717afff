import { describe, expect, it } from 'vitest';
import { guessFields } from '../src/core/data/field-aliases.ts';

describe('guessFields', () => {
  it('maps Chinese and coded attribute names to the missing canonical ones', () => {
    expect(guessFields('redLines', { 名称: '甲', 类型: '水源涵养' })).toEqual({ name: '名称', type: '类型' });
    expect(guessFields('forestParcels', { XBH: '001', DLMC: '乔木林地' })).toEqual({ id: 'XBH', landClass: 'DLMC' });
  });
  it('leaves canonical names alone and ignores empty aliases', () => {
    expect(guessFields('redLines', { name: '甲', 类型: '' })).toEqual({});
    expect(guessFields('residential', { 名称: 'x' })).toEqual({});
  });
});
