/**
 * Computes every indicator of the plan for a dataset: the spatial ones from the geometry, the
 * others from the statistics file. The browser board, the worker and the CLI all call this.
 */
import type { Dataset } from '../data/dataset.ts';
import { formatWaterClass } from '../water/water-class.ts';
import { ALL_INDICATORS, meetsTarget } from './catalog.ts';
import type { IndicatorDef, Target } from './catalog.ts';
import { forestCoverage } from './forest-coverage.ts';
import type { IndicatorResult, Measured } from './indicator-result.ts';
import { makeOverlayContext } from './overlay-context.ts';
import { parkGreenPerCapita, parkServiceCoverage } from './park-green.ts';
import { protectedShare } from './protected-share.ts';
import { evaluateSections } from './section-results.ts';
import type { SectionResult } from './section-results.ts';
import { drinkingWaterCompliance, functionZoneCompliance, sectionsGoodRate } from './water-indicators.ts';

export interface Report {
  readonly dataset: string;
  readonly indicators: readonly IndicatorResult[];
  readonly sections: readonly SectionResult[];
  readonly warnings: readonly string[];
}

/** The target of an indicator after the manifest's overrides (and, where the plan says "above the provincial mean", the statistics file). */
export function effectiveTarget(def: IndicatorDef, dataset: Dataset): Target | null {
  const override = dataset.manifest.targets[def.id];
  const statTarget = dataset.statistics[def.id]?.target;
  const base = def.target ?? (statTarget !== undefined ? { op: '>' as const, value: statTarget } : null);
  if (override === undefined) return base;
  return { op: base?.op ?? '>=', value: override };
}

function reported(def: IndicatorDef, dataset: Dataset): Measured {
  const s = dataset.statistics[def.id];
  if (!s || s.value === null) return { value: null, details: { missing: [`statistics: ${def.id}`] } };
  return { value: s.value as number, details: { ...(s.year !== undefined ? { year: s.year } : {}), ...(s.source ? { source: s.source } : {}), ...(s.unit ? { unit: s.unit } : {}) } };
}

/**
 * Computes the report. `progress` (optional) is called before each indicator with its index and
 * the total, so a worker can report progress. Values are unrounded; pass/fail uses them as they are.
 */
export function computeReport(dataset: Dataset, extraWarnings: readonly string[] = [], progress?: (done: number, total: number, id: string) => void): Report {
  const warnings: string[] = [...extraWarnings];
  const ctx = makeOverlayContext(dataset);
  const sections = evaluateSections(dataset);
  for (const s of sections) {
    if (s.targetClass === null) warnings.push(`Section ${s.id} (${s.name}) has no targetClass and lies in no water-function zone; it is left out of functionZoneCompliance.`);
    if (s.cls === null) warnings.push(`Section ${s.id} (${s.name}) has no class: its samples have no GB 3838 parameter.`);
  }
  const known = new Set(ALL_INDICATORS.map((d) => d.id));
  for (const id of Object.keys(dataset.statistics)) if (!known.has(id)) warnings.push(`Statistics value "${id}" is not an indicator of the plan and is ignored.`);

  const spatial: Record<string, () => Measured> = {
    protectedShare: () => protectedShare(dataset, ctx),
    forestCoverage: () => forestCoverage(dataset, ctx),
    parkGreenPerCapita: () => parkGreenPerCapita(dataset),
    parkServiceCoverage: () => parkServiceCoverage(dataset),
    sectionsGoodRate: () => sectionsGoodRate(sections),
    functionZoneCompliance: () => functionZoneCompliance(sections),
    drinkingWaterCompliance: () => drinkingWaterCompliance(sections),
  };
  const indicators = ALL_INDICATORS.map((def, i): IndicatorResult => {
    progress?.(i, ALL_INDICATORS.length, def.id);
    const m = def.source === 'computed' ? spatial[def.id]!() : reported(def, dataset);
    const target = effectiveTarget(def, dataset);
    return { id: def.id, name: def.nameZh, value: m.value, unit: def.unit, target, pass: meetsTarget(m.value, target), source: def.source, details: m.details };
  });
  progress?.(ALL_INDICATORS.length, ALL_INDICATORS.length, '');
  return { dataset: dataset.manifest.name, indicators, sections, warnings };
}

/** The report in the CLI's `--json` shape. */
export function reportJson(report: Report): object {
  return {
    dataset: report.dataset,
    indicators: report.indicators.map((i) => ({ id: i.id, name: i.name, value: i.value, unit: i.unit, target: i.target, pass: i.pass, source: i.source, details: i.details })),
    sections: report.sections.map((s) => ({ id: s.id, name: s.name, class: s.cls === null ? null : formatWaterClass(s.cls), targetClass: s.targetClass === null ? null : formatWaterClass(s.targetClass), compliant: s.compliant })),
    warnings: report.warnings,
  };
}
