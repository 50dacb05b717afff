/**
 * The By-town view's data: every computed indicator per town (from the report worker, computed
 * when the view is first opened and again when the data changes), the indicator chosen, its
 * classes around the target, and each town's colour for the map.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ByZone } from '../../core/compute.ts';
import type { IndicatorResult } from '../../core/index.ts';
import { classColor, targetClasses } from '../../map/index.ts';
import type { ChoroplethClass } from '../../map/index.ts';
import { higherIsBetter } from './rank-zones.ts';

export interface ByTown {
  /** null while computing (or when there is no towns layer: see `missing`). */
  readonly byZone: ByZone | null;
  readonly missing: boolean;
  readonly indicatorId: string;
  setIndicator(id: string): void;
  /** Classes around the chosen indicator's target (none without a numeric target). */
  readonly classes: readonly ChoroplethClass[];
  /** Each town's colour (by index in the towns layer); null when the view is not shown. */
  readonly colors: readonly string[] | null;
}

/** The classes of an indicator's result: around its numeric target, higher is better unless the target is "<" or "≤". */
export function classesOf(ind: IndicatorResult | undefined): ChoroplethClass[] {
  const t = ind?.target;
  if (!t || typeof t.value !== 'number') return [];
  return targetClasses(t.value, higherIsBetter(t), ind.unit === '%');
}

export function useByTown(active: boolean, version: unknown, fetchByZone: (role: string) => Promise<ByZone | null>, indicators: readonly IndicatorResult[] | null): ByTown {
  const [fetched, setFetched] = useState<{ version: unknown; byZone: ByZone | null } | null>(null);
  const [indicatorId, setIndicator] = useState('protectedShare');
  useEffect(() => {
    if (!active || fetched?.version === version) return;
    let live = true;
    void fetchByZone('towns').then((byZone) => { if (live) setFetched({ version, byZone }); });
    return () => { live = false; };
  }, [active, version, fetched, fetchByZone]);
  const current = fetched?.version === version ? fetched : null;
  const classes = useMemo(() => classesOf(indicators?.find((i) => i.id === indicatorId)), [indicators, indicatorId]);
  const colors = useMemo(() => (active && current?.byZone ? current.byZone.zones.map((z) => classColor(z.indicators[indicatorId] ?? null, classes)) : null), [active, current, indicatorId, classes]);
  return { byZone: current?.byZone ?? null, missing: current !== null && current.byZone === null, indicatorId, setIndicator, classes, colors };
}
