/**
 * Computes every indicator of the plan for a dataset: the spatial ones from the geometry, the
 * others from the statistics file. The browser board, the worker and the CLI all call this.
 */
import { formatIssue } from '../data/dataset.ts';
import type { DataIssue, Dataset, MissingInput } from '../data/dataset.ts';
import type { Lang } from '../format/format-number.ts';
import { localizeMissing, messagePart } from '../i18n/messages.ts';
import type { MessageCode, MessageParams, ReportWarning } from '../i18n/messages.ts';
import { formatWaterClass } from '../water/water-class.ts';
import { ALL_INDICATORS, meetsTarget } from './catalog.ts';
import type { IndicatorDef, Target } from './catalog.ts';
import type { ComputeInput } from './indicator.ts';
import type { IndicatorResult, Measured } from './indicator-result.ts';
import { explainIndicator } from './explain.ts';
import { inputGaps } from './input-gaps.ts';
import { makeOverlayContext } from './overlay-context.ts';
import { geosStats, overlayEngineName } from '../geo/geos-overlay.ts';
import { evaluateSections } from './section-results.ts';
import type { SectionResult } from './section-results.ts';

export interface Report {
  readonly dataset: string;
  readonly indicators: readonly IndicatorResult[];
  readonly sections: readonly SectionResult[];
  /** In English (the CLI prints these). */
  readonly warnings: readonly string[];
  /** The same warnings, one for one, with what they are made of, to show them in Chinese too (localizeWarning). */
  readonly warningDetails: readonly ReportWarning[];
  /**
   * What computed the area indicators' overlays: "GEOS 3.13.0 (WebAssembly)" (with "; JSTS for n
   * overlay(s) GEOS failed on" where it fell back), "JSTS" (GEOS not loaded), or "PostGIS" (the
   * CLI's `--engine postgis`). Areas are ellipsoidal (WGS84) in every case.
   */
  readonly overlays: string;
}

/** The target of an indicator after the manifest's overrides (and, where the plan says "above the provincial mean", the statistics file). */
export function effectiveTarget(def: IndicatorDef, dataset: Dataset): Target | null {
  const override = dataset.manifest.targets[def.id];
  const statTarget = dataset.statistics[def.id]?.target;
  const base = def.target ?? (statTarget !== undefined ? { op: '>' as const, value: statTarget } : null);
  if (override === undefined) return base;
  return { op: base?.op ?? '>=', value: override };
}

/**
 * Computes the report. `extraWarnings` (the loader's warnings) come first among the report's
 * warnings: issues (shown in either language) or plain English text. `progress` (optional) is
 * called before each indicator with its index and the total, so a worker can report progress.
 * Values are unrounded; pass/fail uses them as they are. `measured` (optional) gives the
 * measurements of some indicators made elsewhere (by PostGIS: the CLI's `--engine postgis`), used
 * instead of their own computation; everything else (targets, gaps, pass, explanation) is the same.
 */
export function computeReport(dataset: Dataset, extraWarnings: readonly (string | DataIssue)[] = [], progress?: (done: number, total: number, id: string) => void, measured: Readonly<Record<string, Measured>> = {}): Report {
  const warningDetails: ReportWarning[] = extraWarnings.map((w) => (typeof w === 'string' ? { message: w } : { message: formatIssue(w), issue: w }));
  const warn = <C extends MessageCode>(code: C, params: MessageParams<C>, missing?: readonly MissingInput[]) =>
    warningDetails.push({ ...messagePart(code, params), ...(missing ? { missing } : {}) });
  const sections = evaluateSections(dataset);
  for (const s of sections) {
    if (s.level === null) warn('report.sectionNoLevel', { id: s.id, name: s.name });
    if (s.targetClass === null) warn('report.sectionNoTarget', { id: s.id, name: s.name });
    if (s.cls === null) warn('report.sectionNoClass', { id: s.id, name: s.name });
  }
  const known = new Set(ALL_INDICATORS.map((d) => d.id));
  for (const id of Object.keys(dataset.statistics)) if (!known.has(id)) warn('report.unknownStatistic', { id });

  const engine = overlayEngineName();
  const failedBefore = geosStats().failures;
  const input: ComputeInput = { dataset, overlay: makeOverlayContext(dataset), sections };
  const indicators = ALL_INDICATORS.map((def, i): IndicatorResult => {
    progress?.(i, ALL_INDICATORS.length, def.id);
    const m = Object.hasOwn(measured, def.id) ? measured[def.id]! : def.compute(input);
    const target = effectiveTarget(def, dataset);
    const { gaps, empty } = inputGaps(def, dataset);
    const value = empty ? null : m.value;
    const missing = uniqueMissing([...gaps, ...(m.missing ?? [])]);
    const complete = value !== null && missing.length === 0;
    // The measuring function's own words for what it lacked (e.g. "sections (市控 or above, with samples
    // or class)") stay as `unavailable` when nothing else is listed as missing.
    const own = Array.isArray(m.details.missing) ? (m.details.missing as unknown[]).map(String) : [];
    const details = { ...Object.fromEntries(Object.entries(m.details).filter(([k]) => k !== 'missing')), ...(value === null && missing.length === 0 && own.length > 0 ? { unavailable: own } : {}) };
    const result: IndicatorResult = {
      id: def.id, name: def.nameZh, nameEn: def.nameEn, supplementary: def.supplementary ?? false, value, unit: def.unit, target,
      pass: complete ? meetsTarget(value, target) : null, source: def.source, complete,
      details: missing.length > 0 ? { ...details, missing } : details,
      explanation: { zh: '', en: '' }, highlight: def.highlight ? def.highlight(input) : null,
    };
    return { ...result, explanation: { zh: explainIndicator(result, 'zh'), en: explainIndicator(result, 'en') } };
  });
  for (const ind of indicators) {
    if (ind.source !== 'computed' || ind.complete) continue;
    const missing = (ind.details.missing as readonly MissingInput[] | undefined) ?? [];
    warn('report.indicatorIncomplete', { id: ind.id, available: ind.value === null ? 0 : 1, missing: describeMissing(missing) }, missing);
  }
  progress?.(ALL_INDICATORS.length, ALL_INDICATORS.length, '');
  const failed = Math.max(0, geosStats().failures - failedBefore);
  const overlays = Object.keys(measured).length > 0 ? 'PostGIS' : failed > 0 ? `${engine}; JSTS for ${failed} overlay(s) GEOS failed on` : engine;
  return { dataset: dataset.manifest.name, indicators, sections, warnings: warningDetails.map((w) => w.message), warningDetails, overlays };
}

/** Removes repeated entries (same layer, file, feature and reason). */
function uniqueMissing(list: readonly MissingInput[]): MissingInput[] {
  const seen = new Set<string>();
  return list.filter((m) => { const k = `${m.layer}\u0000${m.file}\u0000${m.feature ?? ''}\u0000${m.id ?? ''}\u0000${m.reason}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

/** A one-line summary of what is missing: the first few entries and how many more (English unless `lang` says otherwise). */
export function describeMissing(list: readonly MissingInput[] | undefined, lang: Lang = 'en'): string {
  return localizeMissing(list, lang);
}

/** The report in the CLI's `--json` shape. */
export function reportJson(report: Report): object {
  return {
    dataset: report.dataset,
    overlays: report.overlays,
    indicators: report.indicators.map((i) => ({ id: i.id, name: i.name, value: i.value, unit: i.unit, target: i.target, pass: i.pass, source: i.source, complete: i.complete, details: i.details })),
    sections: report.sections.map((s) => ({
      id: s.id, name: s.name, class: s.cls === null ? null : formatWaterClass(s.cls), targetClass: s.targetClass === null ? null : formatWaterClass(s.targetClass), compliant: s.compliant,
      ...(s.tnClass !== null ? { tnClass: formatWaterClass(s.tnClass) } : {}),
      ...(s.trophic ? { trophic: { tli: s.trophic.tli, grade: s.trophic.grade, gradeEn: s.trophic.gradeEn } } : {}),
    })),
    warnings: report.warnings,
  };
}
