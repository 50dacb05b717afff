/**
 * Evaluation of one monitoring section over a year: annual means of each parameter, the class
 * of those means, and the class of each month's samples.
 */
import { classify } from './gb3838-classify.ts';
import type { Classification } from './gb3838-classify.ts';
import type { WaterBody } from './gb3838-limits.ts';
import type { WaterClass } from './water-class.ts';

/** One sample: an ISO date (`2018-03-15`) and parameter values in mg/L. */
export interface Sample {
  readonly date: string;
  readonly [parameter: string]: unknown;
}

/**
 * Removes binary floating-point noise from a computed mean (0.1 + 0.2 → 0.3), so that a mean that
 * is exactly on a class limit in decimal stays on it. Keeps 10 significant digits.
 */
export function cleanDecimal(x: number): number {
  return Number(x.toPrecision(10));
}

/**
 * Arithmetic mean of each numeric parameter over the samples that report it (missing or
 * non-numeric values are skipped, not counted as 0). `date` is not a parameter.
 */
export function parameterMeans(samples: readonly Sample[]): Record<string, number> {
  const sum = new Map<string, number>();
  const count = new Map<string, number>();
  for (const s of samples) {
    for (const [k, v] of Object.entries(s)) {
      if (k === 'date' || typeof v !== 'number' || !Number.isFinite(v)) continue;
      sum.set(k, (sum.get(k) ?? 0) + v);
      count.set(k, (count.get(k) ?? 0) + 1);
    }
  }
  const out: Record<string, number> = {};
  for (const [k, total] of sum) out[k] = cleanDecimal(total / count.get(k)!);
  return out;
}

/** Class of the annual means of the samples (GB 3838 single-factor method on annual means). */
export function annualClassification(samples: readonly Sample[], body: WaterBody): Classification {
  return classify(parameterMeans(samples), body);
}

/** Month (1–12) of an ISO date string, or null when the string is not a date. */
export function monthOf(date: string): number | null {
  const m = /^\d{4}-(\d{2})/.exec(date);
  if (!m) return null;
  const month = Number(m[1]);
  return month >= 1 && month <= 12 ? month : null;
}

/**
 * Class of each month that has samples, keyed 1–12: the class of that month's sample (or, when a
 * month has several, of their mean). Months without samples are absent.
 */
export function monthlyClasses(samples: readonly Sample[], body: WaterBody): Map<number, Classification> {
  const byMonth = new Map<number, Sample[]>();
  for (const s of samples) {
    const m = monthOf(s.date);
    if (m === null) continue;
    const list = byMonth.get(m) ?? [];
    list.push(s);
    byMonth.set(m, list);
  }
  const out = new Map<number, Classification>();
  for (const m of [...byMonth.keys()].sort((a, b) => a - b)) out.set(m, annualClassification(byMonth.get(m)!, body));
  return out;
}

/** Class of every single sample, in input order (null where a sample has no evaluated parameter). */
export function sampleClasses(samples: readonly Sample[], body: WaterBody): (WaterClass | null)[] {
  return samples.map((s) => classify(s, body).cls);
}
