/** The shape of one indicator in a report (also the CLI's `--json` output). */
import type { Target } from './catalog.ts';

export interface IndicatorResult {
  readonly id: string;
  readonly name: string;
  /** null when the inputs are missing ("not available", never 0). */
  readonly value: number | string | null;
  readonly unit: string;
  readonly target: Target | null;
  readonly pass: boolean | null;
  readonly source: 'computed' | 'reported';
  readonly details: Readonly<Record<string, unknown>>;
}

/** What an indicator function measures before the target is applied. */
export interface Measured {
  readonly value: number | null;
  readonly details: Readonly<Record<string, unknown>>;
}

/** A measurement that cannot be made because inputs are missing. */
export function notAvailable(missing: readonly string[]): Measured {
  return { value: null, details: { missing } };
}
