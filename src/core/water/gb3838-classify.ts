/**
 * GB 3838-2002 single-factor evaluation (《地表水环境质量评价办法（试行）》, 环办〔2011〕22号): each
 * parameter gets a class from its limits, and the water gets the worst of them (worse than V is 劣V),
 * over every item of table 1 except water temperature, total nitrogen and faecal coliform. Lakes and
 * reservoirs get a separate TN class.
 */
import { GB3838_PARAMETERS, PARAMETER_BY_KEY } from './gb3838-limits.ts';
import type { ParameterLimits, WaterBody } from './gb3838-limits.ts';
import { measurementValue } from './measurement.ts';
import type { WaterClass } from './water-class.ts';

/** The class one parameter value earns. */
export interface ParameterClass {
  readonly key: string;
  readonly value: number;
  readonly cls: WaterClass;
}

/** Result of a single-factor evaluation. */
export interface Classification {
  /** The worst parameter class; null when no evaluated parameter had a value. */
  readonly cls: WaterClass | null;
  /** The parameters whose class equals the result (the "decisive" factors), in table order. */
  readonly decisive: readonly string[];
  /** Every evaluated parameter with its class, in table order. */
  readonly parameters: readonly ParameterClass[];
}

/**
 * True when the parameter counts for the class: every parameter of table 1 except total nitrogen
 * and faecal coliform, on rivers, lakes and reservoirs alike (`_body` is kept for callers).
 */
export function parameterApplies(p: ParameterLimits, _body?: WaterBody): boolean {
  return p.countsForClass !== false;
}

/**
 * Class of one parameter value. Values on a limit belong to the better class (≤ for concentrations,
 * ≥ for dissolved oxygen); pH outside 6–9 is 劣V, inside it does not lower the class.
 */
export function parameterClass(p: ParameterLimits, value: number, body: WaterBody): WaterClass {
  if (p.kind === 'range') return value >= p.limits[0]! && value <= p.limits[1]! ? 1 : 6;
  const limits = body !== 'river' && p.lakeLimits ? p.lakeLimits : p.limits;
  for (let k = 0; k < limits.length; k++) {
    const ok = p.kind === 'max' ? value <= limits[k]! : value >= limits[k]!;
    if (ok) return (k + 1) as WaterClass;
  }
  return 6;
}

/**
 * Single-factor class of a set of parameter values in mg/L keyed by sample key (`DO`, `CODMn`,
 * `NH3N`, `TP`, …), read with parseMeasurement: numbers, numbers as text, and values below the
 * detection limit (`0.05L`, `<0.01`, `ND(0.01)` count as half the limit). Keys that are unknown,
 * missing, invalid or below an unknown limit are ignored, and so are total nitrogen, faecal coliform
 * and water temperature, which never decide the class.
 *
 * @example classify({ DO: 8, NH3N: '0.05L', TN: 1.2 }, 'lake') // { cls: 1, decisive: ['DO', 'NH3N'], … }
 */
export function classify(values: Readonly<Record<string, unknown>>, body: WaterBody): Classification {
  const parameters: ParameterClass[] = [];
  for (const p of GB3838_PARAMETERS) {
    if (!parameterApplies(p, body)) continue;
    const v = measurementValue(values[p.key], p.key);
    if (v === null) continue;
    parameters.push({ key: p.key, value: v, cls: parameterClass(p, v, body) });
  }
  if (parameters.length === 0) return { cls: null, decisive: [], parameters };
  let worst: WaterClass = 1;
  for (const pc of parameters) if (pc.cls > worst) worst = pc.cls;
  // pH inside its range "passes" as class I and is not named as a decisive factor then.
  const decisive = parameters.filter((pc) => pc.cls === worst && !(pc.key === 'pH' && worst !== 6)).map((pc) => pc.key);
  return { cls: worst, decisive, parameters };
}

/**
 * TN class of a lake or reservoir: the class of its total nitrogen value (raw, read with
 * parseMeasurement) against the lake limits of table 1 (0.2, 0.5, 1.0, 1.5, 2.0 mg/L). It is
 * reported beside the class and never changes it. Null for rivers and without a TN value.
 *
 * @example tnClass({ TN: 0.9 }, 'reservoir') // 3
 */
export function tnClass(values: Readonly<Record<string, unknown>>, body: WaterBody): WaterClass | null {
  if (body === 'river') return null;
  const v = measurementValue(values.TN, 'TN');
  return v === null ? null : parameterClass(PARAMETER_BY_KEY.get('TN')!, v, body);
}
