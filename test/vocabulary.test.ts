/** The data's terms in English (src/core/i18n/vocabulary.ts): water classes, EI ratings, targets. */
import { describe, expect, it } from 'vitest';
import { formatTarget } from '../src/core/format/format-value.ts';
import { classText, term, unitText, WORSE_THAN_V } from '../src/core/i18n/vocabulary.ts';
import { CLASS_LABELS, formatWaterClass } from '../src/core/water/water-class.ts';

describe('vocabulary', () => {
  it('writes 劣V as "worse than V" in English, as it is in Chinese; I…V stay Roman numerals', () => {
    expect(WORSE_THAN_V).toBe('worse than V');
    expect(classText('en', '劣V')).toBe('worse than V');
    expect(classText('en', '劣Ⅴ')).toBe('worse than V');
    expect(classText('zh', '劣V')).toBe('劣V');
    expect(Object.values(CLASS_LABELS).map((l) => classText('en', l))).toEqual(['I', 'II', 'III', 'IV', 'V', 'worse than V']);
    expect(classText('en', formatWaterClass(null))).toBe('');
    // The data and the CLI's JSON keep the Chinese label.
    expect(formatWaterClass(6)).toBe('劣V');
  });

  it('names the EI ratings of HJ 192-2015 in English', () => {
    expect(['优', '良', '一般', '较差', '差'].map((v) => term('en', v))).toEqual(['excellent', 'good', 'fair', 'poor', 'very poor']);
    expect(term('zh', '优')).toBe('优');
    expect(formatTarget({ op: '==', value: '优' }, { lang: 'en' })).toBe('= excellent');
    expect(formatTarget({ op: '==', value: '优' }, { lang: 'zh' })).toBe('= 优');
    expect(formatTarget({ op: '==', value: '优' })).toBe('= 优');
  });

  it('leaves names and unknown values as they are', () => {
    expect(term('en', '曹娥江')).toBe('曹娥江');
    expect(unitText('en', '吨标煤/万元')).toBe('t sce/10k CNY');
  });
});
