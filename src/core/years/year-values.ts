/** Each year's indicator values side by side (the pack's earlier-year columns, the CLI's `--years` JSON). */
import type { YearReport } from './compare-years.ts';

/** One year's indicator values, by indicator id. */
export interface YearValues {
  readonly year: number;
  /** Each indicator's value in its own unit; a string is a rating (EI 优 …); null where the year has none. */
  readonly indicators: Readonly<Record<string, number | string | null>>;
}

/**
 * Each year's indicator values: the computed ones from that year's layers, and the reported ones
 * (energy per GDP, good-air days, …) from that year's own statistics file — a year whose manifest
 * names no statistics file has them null, never the current year's figures.
 */
export function yearValues(reports: readonly YearReport[]): YearValues[] {
  return reports.map((r) => ({
    year: r.year,
    indicators: Object.fromEntries(r.report.indicators.map((i) => [i.id, typeof i.value === 'number' || typeof i.value === 'string' ? i.value : null])),
  }));
}
