/** The three water indicators, from evaluated sections. */
import { sampleClasses } from '../water/section-evaluation.ts';
import { CLASS_LABELS } from '../water/water-class.ts';
import type { WaterClass } from '../water/water-class.ts';
import { notAvailable } from './indicator-result.ts';
import type { Measured } from './indicator-result.ts';
import type { SectionResult } from './section-results.ts';

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
