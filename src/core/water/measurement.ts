/**
 * Reading one monitored value as agency files write it: a number, a number as text, or a value
 * below the detection limit (`0.01L`, `<0.01`, `ND(0.01)`, `未检出`). By 《地表水环境质量评价办法
 * （试行）》(环办〔2011〕22号) a value below the detection limit takes part in means and classes as
 * half the limit.
 */
import { messagePart } from '../i18n/messages.ts';
import type { MessagePart } from '../i18n/messages.ts';

/** What a raw sample value means. */
export type MeasurementParse =
  | { readonly kind: 'missing' }
  | {
    readonly kind: 'value';
    /** The value to compute with: the measured value, or half the detection limit. */
    readonly value: number;
    readonly belowDetection: boolean;
    /** The detection limit when below it, else null. */
    readonly detectionLimit: number | null;
    /** True when the limit came from METHOD_DETECTION_LIMITS (written `ND` / `未检出` alone). */
    readonly limitFromTable?: boolean;
  }
  /** Below the detection limit, without a limit, for a key that has no entry in METHOD_DETECTION_LIMITS. */
  | { readonly kind: 'unknown-limit' }
  /** `message` in English; `code` and `params` name it in src/core/i18n/messages.ts. */
  | ({ readonly kind: 'invalid' } & MessagePart);

/** Detection limit of a standard analysis method for one sample key. */
export interface MethodDetectionLimit {
  readonly key: string;
  /** mg/L. */
  readonly limit: number;
  /** The method standard, e.g. `GB 11893-89`, whose scope clause gives the limit. */
  readonly method: string;
}

/**
 * Detection limits of the standard methods, used when a file writes `ND` / `未检出` without a limit.
 * Each was checked against the method standard's scope clause (as quoted in public copies of it). Keys whose limit could
 * not be checked are left out (NH3N HJ 535-2009, TN HJ 636-2012, BOD5 HJ 505-2009, petroleum
 * HJ 970-2018, volatile phenol HJ 503-2009, cyanide HJ 484-2009, Cu/Zn/Pb/Cd GB 7475-87): for them a
 * bare `ND` gives `unknown-limit`; files should write the limit (`0.025L`, `ND(0.025)`).
 */
export const METHOD_DETECTION_LIMITS: readonly MethodDetectionLimit[] = [
  // "the minimum detectable concentration of this standard is 0.01 mg/L" (25 mL sample).
  { key: 'TP', limit: 0.01, method: 'GB 11893-89' },
  // The standard states no separate limit; its range is 0.5–4.5 mg/L, whose lower end is used.
  { key: 'CODMn', limit: 0.5, method: 'GB 11892-89' },
  // "When the sampling volume is 10.0 ml, the detection-limit of this method is 4 mg/L".
  { key: 'COD', limit: 4, method: 'HJ 828-2017' },
  // 汞的检出限为0.04 μg/L，砷0.3 μg/L，硒0.4 μg/L.
  { key: 'Hg', limit: 0.00004, method: 'HJ 694-2014' },
  { key: 'As', limit: 0.0003, method: 'HJ 694-2014' },
  { key: 'Se', limit: 0.0004, method: 'HJ 694-2014' },
  // 最低检出浓度为0.004 mg/L (50 ml, 30 mm cell).
  { key: 'Cr6', limit: 0.004, method: 'GB 7467-87' },
  // 最低检测限为含氟化物（以F计）0.05 mg/L.
  { key: 'F', limit: 0.05, method: 'GB 7484-87' },
  // 最低检出浓度为0.05 mg/L LAS (100 ml, 10 mm cell).
  { key: 'LAS', limit: 0.05, method: 'GB 7494-87' },
  // 方法的检出限为0.005 mg/L (100 mL, 1 cm cell), as an operating procedure quoting the method.
  { key: 'S2', limit: 0.005, method: 'GB/T 16489-1996' },
];

/** METHOD_DETECTION_LIMITS by sample key. */
export const DETECTION_LIMIT_BY_KEY: ReadonlyMap<string, MethodDetectionLimit> = new Map(METHOD_DETECTION_LIMITS.map((d) => [d.key, d]));

const MISSING = new Set(['', '-', '—', '–', '－', '--', '——']);
const NUMBER = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';
const PLAIN = new RegExp(`^${NUMBER}$`);
const SUFFIX_L = new RegExp(`^(${NUMBER})\\s*L$`);
const LESS_THAN = new RegExp(`^<\\s*(${NUMBER})$`);
const NOT_DETECTED = new RegExp(`^(?:ND|N\\.D\\.|未检出)\\s*(?:\\(\\s*(${NUMBER})\\s*\\)|<\\s*(${NUMBER}))?$`, 'i');

/** At most 20 characters of a raw value, for messages. */
function preview(raw: unknown): string {
  const s = typeof raw === 'string' ? raw.trim() : String(raw);
  return s.length > 20 ? `${s.slice(0, 20)}…` : s;
}

function checked(value: number, key: string, raw: unknown): MeasurementParse {
  if (!Number.isFinite(value)) return { kind: 'invalid', ...messagePart('value.notFinite', { key }) };
  if (key === 'pH' && (value < 0 || value > 14)) return { kind: 'invalid', ...messagePart('value.phRange', { value }) };
  if (value < 0 && key !== 'temp') return { kind: 'invalid', ...messagePart('value.negative', { key, raw: preview(raw) }) };
  return { kind: 'value', value, belowDetection: false, detectionLimit: null };
}

function below(limit: number, key: string, raw: unknown, fromTable: boolean): MeasurementParse {
  if (!Number.isFinite(limit) || limit <= 0) return { kind: 'invalid', ...messagePart('value.badLimit', { key, raw: preview(raw) }) };
  const out = { kind: 'value' as const, value: limit / 2, belowDetection: true, detectionLimit: limit };
  return fromTable ? { ...out, limitFromTable: true } : out;
}

/**
 * Reads one raw sample value for sample key `key` (`NH3N`, `TP`, `pH`, …). Accepts numbers and numbers
 * as text (`"0.12"`, `" 7.5 "`); below the detection limit L written `0.01L`, `<0.01`, `＜0.01`,
 * `ND(0.01)`, `ND<0.01`, `未检出(0.01)`, `未检出<0.01` (value L/2, `belowDetection`); `ND` / `未检出`
 * alone (half the method's limit from METHOD_DETECTION_LIMITS, `limitFromTable`, or `unknown-limit`
 * for a key without an entry). null, undefined, '', '-' and '—' are `missing`. Anything else, a negative
 * value (except water temperature `temp`) or a pH outside 0–14 is `invalid`, with a message quoting at
 * most 20 characters of the value. Full-width forms (`＜`, `（`, `０`) are read as ASCII.
 *
 * @example parseMeasurement('0.05L', 'NH3N') // { kind: 'value', value: 0.025, belowDetection: true, detectionLimit: 0.05 }
 */
export function parseMeasurement(raw: unknown, key: string): MeasurementParse {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'number') return checked(raw, key, raw);
  if (typeof raw !== 'string') return { kind: 'invalid', ...messagePart('value.wrongType', { key, type: Array.isArray(raw) ? 'list' : typeof raw }) };
  const s = raw.normalize('NFKC').trim();
  if (MISSING.has(s)) return { kind: 'missing' };
  if (PLAIN.test(s)) return checked(Number(s), key, raw);
  const limit = SUFFIX_L.exec(s)?.[1] ?? LESS_THAN.exec(s)?.[1];
  if (limit !== undefined) return below(Number(limit), key, raw, false);
  const nd = NOT_DETECTED.exec(s);
  if (nd) {
    const given = nd[1] ?? nd[2];
    if (given !== undefined) return below(Number(given), key, raw, false);
    const entry = DETECTION_LIMIT_BY_KEY.get(key);
    return entry ? below(entry.limit, key, raw, true) : { kind: 'unknown-limit' };
  }
  return { kind: 'invalid', ...messagePart('value.notNumber', { key, raw: preview(raw) }) };
}

/** The number to compute with, or null when the value is missing, invalid or has an unknown limit. */
export function measurementValue(raw: unknown, key: string): number | null {
  const m = parseMeasurement(raw, key);
  return m.kind === 'value' ? m.value : null;
}

/** A sample value that cannot take part in the evaluation. */
export interface MeasurementIssue {
  /** 1-based position of the sample. */
  readonly sample: number;
  readonly key: string;
  readonly kind: 'unknown-limit' | 'invalid';
  /** English; `code` and `params` name it in src/core/i18n/messages.ts. */
  readonly message: string;
  readonly code: MessagePart['code'];
  readonly params: MessagePart['params'];
}

/**
 * The values of the samples that are left out of the evaluation, in sample then key order:
 * invalid ones and `ND` without a limit for keys without a method limit. `date` is not a value.
 * For callers that report warnings (the evaluation itself skips these values silently).
 */
export function measurementIssues(samples: readonly Readonly<Record<string, unknown>>[]): MeasurementIssue[] {
  const out: MeasurementIssue[] = [];
  samples.forEach((s, i) => {
    for (const [key, raw] of Object.entries(s)) {
      if (key === 'date') continue;
      const m = parseMeasurement(raw, key);
      if (m.kind === 'invalid') out.push({ sample: i + 1, key, kind: 'invalid', message: m.message, code: m.code, params: m.params });
      else if (m.kind === 'unknown-limit') out.push({ sample: i + 1, key, kind: 'unknown-limit', ...messagePart('value.unknownLimit', { key }) });
    }
  });
  return out;
}
