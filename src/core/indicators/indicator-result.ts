/** The shape of one indicator in a report (also the CLI's `--json` output). */
import type { MissingInput } from '../data/dataset.ts';
import type { Highlight, Target } from './indicator.ts';

export interface IndicatorResult {
  readonly id: string;
  /** Chinese name (the plan's wording). */
  readonly name: string;
  readonly nameEn: string;
  /** Not in the plan, shown for context. */
  readonly supplementary: boolean;
  /** null when the inputs are missing ("not available", never 0). */
  readonly value: number | string | null;
  readonly unit: string;
  readonly target: Target | null;
  /** null when the value is missing or incomplete (an incomplete value is never judged). */
  readonly pass: boolean | null;
  readonly source: 'computed' | 'reported';
  /**
   * False when inputs the indicator reads did not load (a layer, features), a layer it needs is
   * empty or lies outside the district, or items it counts have no value; `details.missing`
   * lists them. Always true for a reported value that is given.
   */
  readonly complete: boolean;
  readonly details: Readonly<Record<string, unknown>>;
  /** How the value came about, in both languages (from the indicator's record), for the board. */
  readonly explanation: { readonly zh: string; readonly en: string };
  /** The features behind the value (from the indicator's record); null for reported indicators. */
  readonly highlight: Highlight | null;
}

/** What an indicator function measures before the target is applied. */
export interface Measured {
  readonly value: number | null;
  readonly details: Readonly<Record<string, unknown>>;
  /** Items the indicator counts but could not evaluate (e.g. sections without a class). */
  readonly missing?: readonly MissingInput[];
}

/**
 * How an area indicator measured its areas (its details' `areaMethod`): from the polygons' edges
 * without building the union (src/core/geo/boolean-area.ts), or by overlays — the same values.
 */
export type AreaMethod = 'edges' | 'overlays';

/** The indicators of a report whose areas were measured from the polygons' edges. */
export function indicatorsFromEdges<T extends Pick<IndicatorResult, 'details'>>(indicators: readonly T[]): T[] {
  return indicators.filter((i) => i.details.areaMethod === 'edges');
}

/** A measurement that cannot be made because inputs are missing. */
export function notAvailable(missing: readonly string[]): Measured {
  return { value: null, details: { missing } };
}

/** How an indicator stands, for every display: judged pass/fail, incomplete (a value from partial inputs), or not available. */
export type IndicatorStatus = 'pass' | 'fail' | 'incomplete' | 'na';

/**
 * The status of an indicator: 'na' without a value, 'incomplete' with a value from partial
 * inputs (never shown as a plain fail), else pass or fail (or 'na' when there is no target).
 */
export function indicatorStatus(ind: Pick<IndicatorResult, 'value' | 'pass' | 'complete'>): IndicatorStatus {
  if (ind.value === null) return 'na';
  if (!ind.complete) return 'incomplete';
  return ind.pass === null ? 'na' : ind.pass ? 'pass' : 'fail';
}
