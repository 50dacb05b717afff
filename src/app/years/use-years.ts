/**
 * The dataset's other years (its manifest's `years`), fetched from the report worker once the
 * dataset is loaded: each year's indicators and what changed from the first to the last.
 */
import { useEffect, useState } from 'react';
import type { Dataset } from '../../core/index.ts';
import type { YearsSummary } from '../report/worker-protocol.ts';

/** The years of the dataset of load `loadId`; null while loading or when it has no other year. */
export function useYears(dataset: Dataset | null, loadId: number, fetchYears: () => Promise<YearsSummary | null>): YearsSummary | null {
  const [got, setGot] = useState<{ loadId: number; years: YearsSummary | null } | null>(null);
  const hasYears = !!dataset && Object.keys(dataset.manifest.years).some((y) => Number(y) !== dataset.manifest.year);
  useEffect(() => {
    if (!hasYears || got?.loadId === loadId) return;
    let live = true;
    void fetchYears().then((years) => { if (live) setGot({ loadId, years }); });
    return () => { live = false; };
  }, [hasYears, loadId, got, fetchYears]);
  return hasYears && got?.loadId === loadId ? got.years : null;
}
