/** Ranking zones (towns) by an indicator, best first, as the By-town view and the exhibition show them. */
import type { ZoneIndicators } from '../../core/compute.ts';
import type { Target } from '../../core/index.ts';

/** True when a higher value is better: the target is "≥" or ">" (or there is none). */
export function higherIsBetter(target: Target | null): boolean {
  return target ? target.op === '>=' || target.op === '>' : true;
}

/**
 * The zones ranked by indicator `id`, best first (by the target's direction); zones without a
 * value last; ties in layer order.
 */
export function rankZones(zones: readonly ZoneIndicators[], id: string, target: Target | null): ZoneIndicators[] {
  const higher = higherIsBetter(target);
  return [...zones].sort((a, b) => {
    const x = a.indicators[id] ?? null; const y = b.indicators[id] ?? null;
    if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
    return (higher ? y - x : x - y) || a.index - b.index;
  });
}
