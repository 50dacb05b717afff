/** The one-line "how it was computed" of each indicator, from its details. */
import type { MissingInput } from '../../core/data/dataset.ts';
import type { IndicatorResult } from '../../core/indicators/indicator-result.ts';
import { LAYER_GROUPS } from '../../map/layer-groups.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Lang } from '../i18n/strings.ts';

type D = Record<string, unknown>;

/** A role's display name where it is a layer group; other texts as they are. */
function roleName(role: string, lang: Lang): string {
  if (role === 'boundary') return lang === 'zh' ? '辖区边界' : 'district boundary';
  const g = LAYER_GROUPS.find((x) => x.id === role);
  return g ? (lang === 'zh' ? g.nameZh : g.nameEn) : role;
}
const km2 = (lang: Lang, m2: unknown) => `${formatNumber(lang, Number(m2) / 1e6, 2)} km²`;

/** A short explanation, in the language, of how the value came about; '' when there is nothing to say. */
export function howComputed(ind: IndicatorResult, lang: Lang): string {
  const d = ind.details as D;
  const zh = lang === 'zh';
  const missing = (d.missing as readonly MissingInput[] | undefined) ?? [];
  if (ind.value === null || missing.length > 0) {
    const text = missingText(missing, lang);
    if (ind.value === null) return zh ? `缺少数据：${text}` : `Missing: ${text}`;
    return `${zh ? '不完整，缺少' : 'Incomplete, missing'}: ${text}. ${computedText(ind, lang)}`;
  }
  return computedText(ind, lang);
}

/** The missing inputs in a few words: the layer, and the file with the feature where one feature is missing. */
function missingText(missing: readonly MissingInput[], lang: Lang): string {
  const zh = lang === 'zh';
  const byLayer = new Map<string, MissingInput[]>();
  for (const m of missing) byLayer.set(m.layer, [...(byLayer.get(m.layer) ?? []), m]);
  const parts = [...byLayer].map(([layer, list]) => {
    const features = list.filter((m) => m.feature !== undefined || m.id !== undefined);
    const whole = list.find((m) => m.feature === undefined && m.id === undefined);
    const what = whole ? `${whole.file} ${whole.reason}` : zh ? `${features.length} 个要素（${list[0]!.file}）` : `${features.length} feature${features.length > 1 ? 's' : ''} of ${list[0]!.file}`;
    return `${roleName(layer, lang)}（${what}）`.replace(/（(.*)）$/, zh ? '（$1）' : ' ($1)');
  });
  return parts.join(zh ? '；' : '; ');
}

function computedText(ind: IndicatorResult, lang: Lang): string {
  const d = ind.details as D;
  const zh = lang === 'zh';
  switch (ind.id) {
    case 'protectedShare':
      return zh
        ? `保护地合计 ${km2(lang, d.protectedAreaM2)}（重叠 ${km2(lang, d.overlapCountedOnceM2)} 只计一次）÷ 辖区 ${km2(lang, d.boundaryAreaM2)}`
        : `${km2(lang, d.protectedAreaM2)} protected (overlap of ${km2(lang, d.overlapCountedOnceM2)} counted once) ÷ district ${km2(lang, d.boundaryAreaM2)}`;
    case 'forestCoverage':
      return zh
        ? `${d.parcelsCounted} 个有林小班 ${km2(lang, d.forestAreaM2)} ÷ 辖区 ${km2(lang, d.boundaryAreaM2)}；${d.parcelsExcluded} 个非林地小班不计`
        : `${d.parcelsCounted} forest parcels, ${km2(lang, d.forestAreaM2)} ÷ district ${km2(lang, d.boundaryAreaM2)}; ${d.parcelsExcluded} non-forest parcels left out`;
    case 'parkGreenPerCapita':
      return zh
        ? `城镇内公园 ${km2(lang, d.parkAreaInUrbanM2)} ÷ 城镇人口 ${formatNumber(lang, Number(d.urbanPopulation), 0)} 人`
        : `${km2(lang, d.parkAreaInUrbanM2)} of parks in urban areas ÷ ${formatNumber(lang, Number(d.urbanPopulation), 0)} urban residents`;
    case 'parkServiceCoverage':
      return zh
        ? `居住用地 ${km2(lang, d.residentialAreaM2)} 中 ${km2(lang, d.servedAreaM2)} 在公园服务半径内（500 m：${d.parks500m} 个，300 m：${d.parks300m} 个）`
        : `${km2(lang, d.servedAreaM2)} of ${km2(lang, d.residentialAreaM2)} residential land within a park's reach (500 m: ${d.parks500m}, 300 m: ${d.parks300m} parks)`;
    case 'sectionsGoodRate':
      return zh ? `市控以上 ${d.sections} 个断面中 ${d.classIIIOrBetter} 个达到或优于Ⅲ类` : `${d.classIIIOrBetter} of ${d.sections} city-level-and-above sections at III or better`;
    case 'functionZoneCompliance':
      return zh
        ? `${d.sections} 个有目标的断面中 ${d.compliant} 个达标${(d.noTarget as string[]).length ? `；${(d.noTarget as string[]).length} 个无目标未计` : ''}`
        : `${d.compliant} of ${d.sections} sections with a target meet it${(d.noTarget as string[]).length ? `; ${(d.noTarget as string[]).length} without a target left out` : ''}`;
    case 'drinkingWaterCompliance':
      return zh ? `${(d.sections as string[]).length} 个水源断面 ${d.samples} 次监测中 ${d.compliantSamples} 次达到或优于Ⅲ类` : `${d.compliantSamples} of ${d.samples} samples at ${(d.sections as string[]).length} source sections at III or better`;
    default: {
      const parts = [d.source, d.year].filter((x) => x !== undefined && x !== null);
      return parts.join(' · ');
    }
  }
}
