/**
 * Evaluation of one monitoring section over a year: annual means of each parameter, the class
 * of those means, and the class of each month's samples. Sample values are read with
 * parseMeasurement (numbers as text, `0.05L`, `<0.01`, `ND(0.01)`: half the detection limit).
 */
import { classify, tnClass } from './gb3838-classify.ts';
import type { Classification } from './gb3838-classify.ts';
import type { WaterBody } from './gb3838-limits.ts';
import { measurementValue } from './measurement.ts';
import type { WaterClass } from './water-class.ts';

/**
 * One sample: an ISO date (`2018-03-15`) and raw parameter values in mg/L (numbers, numbers as
 * text, or values below the detection limit such as `"0.05L"`).
 */
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
 * Arithmetic mean of each parameter over the samples that report it, values read with
 * parseMeasurement: a value below the detection limit counts as half the limit (环办〔2011〕22号);
 * missing, invalid values and values below an unknown limit are skipped, not counted as 0.
 * `date` is not a parameter.
 *
 * @example parameterMeans([{ date: '2018-01-05', NH3N: '0.05L' }, { date: '2018-02-05', NH3N: 0.96 }]) // { NH3N: 0.4925 }
 */
export function parameterMeans(samples: readonly Sample[]): Record<string, number> {
  const sum = new Map<string, number>();
  const count = new Map<string, number>();
  for (const s of samples) {
    for (const [k, raw] of Object.entries(s)) {
      if (k === 'date') continue;
      const v = measurementValue(raw, k);
      if (v === null) continue;
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

/** TN class of the annual mean total nitrogen of a lake or reservoir (null for rivers or without TN). */
export function annualTnClass(samples: readonly Sample[], body: WaterBody): WaterClass | null {
  return tnClass(parameterMeans(samples), body);
}

/** Month (1–12) of an ISO date string, or null when the string is not a date. */
export function monthOf(date: string): number | null {
  const m = /^\d{4}-(\d{2})/.exec(date);
  if (!m) return null;
  const month = Number(m[1]);
  return month >= 1 && month <= 12 ? month : null;
}

/** The samples of each month (1–12) that has any, in month order; undated samples are left out. */
function byMonth(samples: readonly Sample[]): Map<number, Sample[]> {
  const months = new Map<number, Sample[]>();
  for (const s of samples) {
    const m = monthOf(s.date);
    if (m === null) continue;
    const list = months.get(m) ?? [];
    list.push(s);
    months.set(m, list);
  }
  return new Map([...months.entries()].sort((a, b) => a[0] - b[0]));
}

/**
 * Class of each month that has samples, keyed 1–12: the class of that month's sample (or, when a
 * month has several, of their mean). Months without samples are absent.
 */
export function monthlyClasses(samples: readonly Sample[], body: WaterBody): Map<number, Classification> {
  const out = new Map<number, Classification>();
  for (const [m, list] of byMonth(samples)) out.set(m, annualClassification(list, body));
  return out;
}

/**
 * TN class of each month that has samples, keyed 1–12, for a lake or reservoir (of the month's
 * mean TN; null in a month without TN). Empty for rivers.
 */
export function monthlyTnClasses(samples: readonly Sample[], body: WaterBody): Map<number, WaterClass | null> {
  const out = new Map<number, WaterClass | null>();
  if (body === 'river') return out;
  for (const [m, list] of byMonth(samples)) out.set(m, annualTnClass(list, body));
  return out;
}

/**
 * Class of every single sample, in input order (null where a sample has no evaluated parameter).
 * Raw values are read as in classify (`0.05L` is 0.025).
 */
export function sampleClasses(samples: readonly Sample[], body: WaterBody): (WaterClass | null)[] {
  return samples.map((s) => classify(s, body).cls);
}
