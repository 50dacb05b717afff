/**
 * GB 3838-2002 single-factor evaluation: each parameter gets a class from its limits, and the
 * water gets the worst of them (worse than V is 劣V).
 */
import { GB3838_PARAMETERS } from './gb3838-limits.ts';
import type { ParameterLimits, WaterBody } from './gb3838-limits.ts';
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

/** True when the parameter counts for a class on this kind of water body. */
export function parameterApplies(p: ParameterLimits, body: WaterBody): boolean {
  return !p.appliesTo || p.appliesTo.includes(body);
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
 * Single-factor class of a set of parameter values in mg/L (faecal coliform per litre) keyed by
 * sample key (`DO`, `CODMn`, `NH3N`, `TP`, …). Keys that are unknown, not numbers, or that do not
 * apply to the water body (TN and faecal coliform on rivers, water temperature anywhere) are ignored.
 */
export function classify(values: Readonly<Record<string, unknown>>, body: WaterBody): Classification {
  const parameters: ParameterClass[] = [];
  for (const p of GB3838_PARAMETERS) {
    const v = values[p.key];
    if (typeof v !== 'number' || !Number.isFinite(v) || !parameterApplies(p, body)) continue;
    parameters.push({ key: p.key, value: v, cls: parameterClass(p, v, body) });
  }
  if (parameters.length === 0) return { cls: null, decisive: [], parameters };
  let worst: WaterClass = 1;
  for (const pc of parameters) if (pc.cls > worst) worst = pc.cls;
  // pH inside its range "passes" as class I and is not named as a decisive factor then.
  const decisive = parameters.filter((pc) => pc.cls === worst && !(pc.key === 'pH' && worst !== 6)).map((pc) => pc.key);
  return { cls: worst, decisive, parameters };
}
