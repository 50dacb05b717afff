/** The one-line "how it was computed" of an indicator, in Chinese or English, from its record and result. */
import type { MissingInput } from '../data/dataset.ts';
import { roleName } from '../data/roles.ts';
import type { Lang } from '../format/format-number.ts';
import { localizeReason } from '../i18n/messages.ts';
import { indicatorById } from './catalog.ts';
import type { IndicatorResult } from './indicator-result.ts';

/** The missing inputs in a few words: per layer, the file and reason, or how many features are missing. */
function missingText(missing: readonly MissingInput[], lang: Lang): string {
  const zh = lang === 'zh';
  const byLayer = new Map<string, MissingInput[]>();
  for (const m of missing) byLayer.set(m.layer, [...(byLayer.get(m.layer) ?? []), m]);
  return [...byLayer].map(([layer, list]) => {
    const whole = list.find((m) => m.feature === undefined && m.id === undefined);
    const n = list.length;
    const what = whole ? `${whole.file} ${localizeReason(whole, lang)}` : zh ? `${n} 个要素（${list[0]!.file}）` : `${n} feature${n > 1 ? 's' : ''} of ${list[0]!.file}`;
    return zh ? `${roleName(layer, lang)}（${what}）` : `${roleName(layer, lang)} (${what})`;
  }).join(zh ? '；' : '; ');
}

/**
 * How the value came about: the record's explanation of the details; for a value that is not
 * available, what is missing; for an incomplete one, what is missing followed by the explanation.
 */
export function explainIndicator(result: IndicatorResult, lang: Lang): string {
  const zh = lang === 'zh';
  const missing = (result.details.missing as readonly MissingInput[] | undefined) ?? [];
  const record = indicatorById(result.id);
  if (result.value === null) {
    const unavailable = (result.details.unavailable as readonly string[] | undefined) ?? [];
    const what = missing.length > 0 ? missingText(missing, lang) : unavailable.join(zh ? '、' : ', ');
    return `${zh ? '缺少数据：' : 'Missing: '}${what || (zh ? '无可计算的数据' : 'nothing to compute from')}`;
  }
  const how = record ? record.explain(result, lang) : '';
  if (missing.length === 0) return how;
  return `${zh ? '不完整，缺少：' : 'Incomplete, missing: '}${missingText(missing, lang)}${how ? `${zh ? '。' : '. '}${how}` : ''}`;
}
