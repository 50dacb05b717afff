/** The three water indicators, from evaluated sections. */
import { sampleClasses } from '../water/section-evaluation.ts';
import { CLASS_LABELS } from '../water/water-class.ts';
import type { WaterClass } from '../water/water-class.ts';
import { notAvailable } from './indicator-result.ts';
import type { Measured } from './indicator-result.ts';
import type { SectionResult } from './section-results.ts';
import type { MissingInput } from '../data/dataset.ts';
import { atLeast } from './indicator.ts';
import type { ComputeInput, Indicator } from './indicator.ts';
import { missingReason } from '../i18n/messages.ts';

/** Levels that count as "市控 or above". */
export const CITY_OR_ABOVE: readonly string[] = ['国控', '省控', '市控'];

/** Number of sections per class label (I…劣V), every label present. */
export function countByClass(classes: readonly (WaterClass | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of [1, 2, 3, 4, 5, 6] as WaterClass[]) counts[CLASS_LABELS[c]] = 0;
  for (const c of classes) if (c !== null) counts[CLASS_LABELS[c]]! += 1;
  return counts;
}

/**
 * `sectionsGoodRate`: % of sections of level 国控/省控/市控 whose class is III or better.
 * Sections without a class are left out (and listed). Details: counts per class.
 */
export function sectionsGoodRate(sections: readonly SectionResult[]): Measured {
  const eligible = sections.filter((s) => s.level !== null && CITY_OR_ABOVE.includes(s.level));
  const rated = eligible.filter((s) => s.cls !== null);
  if (rated.length === 0) return notAvailable(['sections (市控 or above, with samples or class)']);
  const good = rated.filter((s) => s.cls! <= 3).length;
  return {
    value: (good / rated.length) * 100,
    details: { sections: rated.length, classIIIOrBetter: good, countByClass: countByClass(rated.map((s) => s.cls)), unrated: eligible.filter((s) => s.cls === null).map((s) => s.id) },
  };
}

/**
 * `functionZoneCompliance`: % of sections whose class is no worse than their target. Sections
 * without a target (own or from a zone) or without a class are left out and listed.
 */
export function functionZoneCompliance(sections: readonly SectionResult[]): Measured {
  const judged = sections.filter((s) => s.compliant !== null);
  const noTarget = sections.filter((s) => s.targetClass === null).map((s) => s.id);
  if (judged.length === 0) return { value: null, details: { missing: ['sections with a target class'], noTarget } };
  const ok = judged.filter((s) => s.compliant).length;
  return {
    value: (ok / judged.length) * 100,
    details: { sections: judged.length, compliant: ok, failing: judged.filter((s) => !s.compliant).map((s) => s.id), noTarget },
  };
}

/**
 * `drinkingWaterCompliance`: % of samples at drinking-water-source sections whose single-sample
 * class is III or better. A section with only an assessed class counts as one observation.
 */
export function drinkingWaterCompliance(sections: readonly SectionResult[]): Measured {
  const dw = sections.filter((s) => s.drinkingWater);
  let total = 0;
  let ok = 0;
  for (const s of dw) {
    const classes = s.samples.length > 0 ? sampleClasses(s.samples, s.waterBody) : [s.cls];
    for (const c of classes) {
      if (c === null) continue;
      total += 1;
      if (c <= 3) ok += 1;
    }
  }
  if (total === 0) return notAvailable(['drinking-water-source sections with samples']);
  return { value: (ok / total) * 100, details: { sections: dw.map((s) => s.id), samples: total, compliantSamples: ok } };
}

/** Sections an indicator counts but cannot judge (without a class): incomplete inputs. */
function unclassed(sections: readonly SectionResult[], input: ComputeInput): MissingInput[] {
  const file = input.dataset.manifest.layers.sections?.file ?? 'manifest.json';
  return sections.filter((s) => s.cls === null).map((s) => ({ layer: 'sections', file, id: s.id, ...missingReason('missing.noClass', {}) }));
}

/** Indices of the sections (as in the layer) that pass a test. */
function sectionIndices(sections: readonly SectionResult[], keep: (s: SectionResult) => boolean): number[] {
  return sections.flatMap((s, i) => (keep(s) ? [i] : []));
}

const cityOrAbove = (s: SectionResult) => s.level !== null && CITY_OR_ABOVE.includes(s.level);

export const sectionsGoodRateIndicator: Indicator = {
  id: 'sectionsGoodRate', nameZh: '市控以上断面达到或优于Ⅲ类水质比例', nameEn: 'City-controlled-and-above sections at class III or better', unit: '%', domain: 'security',
  method: { zh: '市控及以上断面中年均水质（GB 3838-2002，单因子评价，按最差项目定类）达到或优于Ⅲ类的断面数 ÷ 市控及以上断面数 × 100', en: 'City-controlled-and-above sections whose annual class (GB 3838-2002, single-factor: the worst parameter decides) is III or better ÷ all such sections × 100' },
  target: atLeast(80), source: 'computed', inputs: { needs: ['sections'] },
  compute: (input) => ({ ...sectionsGoodRate(input.sections), missing: unclassed(input.sections.filter(cityOrAbove), input) }),
  explain: (r, lang) => {
    const d = r.details as { sections?: number; classIIIOrBetter?: number };
    return lang === 'zh' ? `市控以上 ${d.sections} 个断面中 ${d.classIIIOrBetter} 个达到或优于Ⅲ类` : `${d.classIIIOrBetter} of ${d.sections} city-level-and-above sections at III or better`;
  },
  // The sections that hold the rate back: 市控 or above, worse than III.
  highlight: ({ sections }) => ({ layers: ['sections'], outline: [{ layer: 'sections', indices: sectionIndices(sections, (s) => cityOrAbove(s) && s.cls !== null && s.cls > 3) }] }),
};

export const functionZoneComplianceIndicator: Indicator = {
  id: 'functionZoneCompliance', nameZh: '水环境功能区水质达标率', nameEn: 'Sections meeting their water-function-zone target', unit: '%', domain: 'security',
  method: { zh: '年均水质类别不劣于所在水环境功能区目标类别的断面数 ÷ 有目标类别的断面数 × 100', en: 'Sections whose annual class is no worse than the target of their water-function zone ÷ sections with a target × 100' },
  target: atLeast(80), source: 'computed', inputs: { needs: ['sections'], refines: ['waterFunctionZones'] },
  // A section without a target lies in no function zone: outside the rate (a warning), not missing.
  compute: (input) => ({ ...functionZoneCompliance(input.sections), missing: unclassed(input.sections.filter((s) => s.targetClass !== null), input) }),
  explain: (r, lang) => {
    const d = r.details as { sections?: number; compliant?: number; noTarget?: readonly string[] };
    const left = d.noTarget?.length ?? 0;
    return lang === 'zh'
      ? `${d.sections} 个有目标的断面中 ${d.compliant} 个达标${left ? `；${left} 个无目标未计` : ''}`
      : `${d.compliant} of ${d.sections} sections with a target meet it${left ? `; ${left} without a target left out` : ''}`;
  },
  highlight: ({ sections }) => ({ layers: ['sections', 'waterFunctionZones'], outline: [{ layer: 'sections', indices: sectionIndices(sections, (s) => s.compliant === false) }] }),
};

export const drinkingWaterComplianceIndicator: Indicator = {
  id: 'drinkingWaterCompliance', nameZh: '集中式饮用水水源地水质达标率', nameEn: 'Drinking-water source compliance', unit: '%', domain: 'living',
  method: { zh: '集中式饮用水水源地断面各次监测中达到或优于Ⅲ类的次数 ÷ 监测总次数 × 100', en: 'Samples at the drinking-water source sections at class III or better ÷ all their samples × 100' },
  target: atLeast(100), source: 'computed', inputs: { needs: ['sections'], refines: ['protectedAreas'] },
  compute: (input) => ({ ...drinkingWaterCompliance(input.sections), missing: unclassed(input.sections.filter((s) => s.drinkingWater), input) }),
  explain: (r, lang) => {
    const d = r.details as { sections?: readonly string[]; samples?: number; compliantSamples?: number };
    const n = d.sections?.length ?? 0;
    return lang === 'zh' ? `${n} 个水源断面 ${d.samples} 次监测中 ${d.compliantSamples} 次达到或优于Ⅲ类` : `${d.compliantSamples} of ${d.samples} samples at ${n} source sections at III or better`;
  },
  highlight: ({ sections }) => ({ layers: ['sections', 'protectedAreas'], outline: [{ layer: 'sections', indices: sectionIndices(sections, (s) => s.drinkingWater) }] }),
};
