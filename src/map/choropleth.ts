/**
 * Classes of a choropleth around an indicator's target: the target is always a class break, with
 * two classes below it and two above (for "≥" targets; mirrored for "<" / "≤"), so the colours say
 * at a glance which zones meet the target and how far the others are. Pure: the style and the
 * legend both use it.
 */

/** Colours from far below the target (red) to well beyond it (dark green); the target sits between the 3rd and 4th. */
export const CHOROPLETH_COLORS = ['#c62828', '#ef6c00', '#fbc02d', '#9ccc65', '#2e7d32'] as const;
export const CHOROPLETH_NO_DATA = '#cfd8dc';

export interface ChoroplethClass {
  /** Lower and upper bound of the class (from inclusive, to exclusive; null: open). */
  readonly from: number | null;
  readonly to: number | null;
  readonly color: string;
  /** True for the classes that meet the target. */
  readonly meets: boolean;
}

/** A break without floating-point noise (0.75 × 0.6 is 0.45, not 0.44999999999999996). */
const tidy = (x: number) => Number(x.toPrecision(12));

/**
 * The five classes for a target value and direction (`higherIsBetter`): for ≥ T, breaks at
 * 0.5 T, 0.75 T, T and 1.25 T (the last capped halfway to 100 for percentages, whose values
 * cannot pass 100: 1.25 × 80 would be 100, so 90); for < T, breaks at 0.75 T, T, 1.25 T and 1.5 T with the colours reversed.
 * A target of 100 % gives 80, 90, 100 (with nothing above it).
 */
export function targetClasses(target: number, higherIsBetter: boolean, percent: boolean): ChoroplethClass[] {
  if (higherIsBetter) {
    let breaks = [0.5 * target, 0.75 * target, target, 1.25 * target].map(tidy);
    if (percent && target >= 100) breaks = [80, 90, 100];
    else if (percent && breaks[3]! >= 100) breaks[3] = (target + 100) / 2;
    const edges = [null, ...breaks, null];
    const colors = breaks.length === 3 ? [CHOROPLETH_COLORS[0], CHOROPLETH_COLORS[1], CHOROPLETH_COLORS[2], CHOROPLETH_COLORS[4]] : CHOROPLETH_COLORS;
    return colors.map((color, i) => ({ from: edges[i] ?? null, to: edges[i + 1] ?? null, color, meets: edges[i] !== null && edges[i]! >= target }));
  }
  const breaks = [0.75 * target, target, 1.25 * target, 1.5 * target].map(tidy);
  const edges = [null, ...breaks, null];
  const colors = [...CHOROPLETH_COLORS].reverse();
  return colors.map((color, i) => ({ from: edges[i] ?? null, to: edges[i + 1] ?? null, color, meets: edges[i + 1] !== null && edges[i + 1]! <= target }));
}

/** The class colour of a value (null: the no-data colour). */
export function classColor(value: number | null, classes: readonly ChoroplethClass[]): string {
  if (value === null || !Number.isFinite(value)) return CHOROPLETH_NO_DATA;
  const c = classes.find((k) => (k.from === null || value >= k.from) && (k.to === null || value < k.to));
  return c?.color ?? CHOROPLETH_NO_DATA;
}

/** A class's range as text, numbers formatted by `format`: "< 11.0", "11.0 – 16.5", "≥ 27.5". */
export function classRange(k: Pick<ChoroplethClass, 'from' | 'to'>, format: (x: number) => string): string {
  if (k.from === null) return k.to === null ? '' : `< ${format(k.to)}`;
  return k.to === null ? `≥ ${format(k.from)}` : `${format(k.from)} – ${format(k.to)}`;
}
