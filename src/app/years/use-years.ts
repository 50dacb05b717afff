/**
 * The dataset's other years (its manifest's `years`), fetched from the report worker once the
 * dataset is loaded, and again when a layer is replaced or monitoring samples are joined (the
 * current year is the dataset as it is now): each year's indicators and what changed from the
 * first to the last.
 */
import { useEffect, useState } from 'react';
import type { Dataset } from '../../core/index.ts';
import type { YearsSummary } from '../report/worker-protocol.ts';

/** The years of `dataset` as it is now; null while loading or when it has no other year. */
export function useYears(dataset: Dataset | null, fetchYears: () => Promise<YearsSummary | null>): YearsSummary | null {
  const [got, setGot] = useState<{ dataset: Dataset; years: YearsSummary | null } | null>(null);
  const hasYears = !!dataset && Object.keys(dataset.manifest.years).some((y) => Number(y) !== dataset.manifest.year);
  useEffect(() => {
    if (!hasYears || !dataset || got?.dataset === dataset) return;
    let live = true;
    void fetchYears().then((years) => { if (live) setGot({ dataset, years }); });
    return () => { live = false; };
  }, [hasYears, dataset, got, fetchYears]);
  return hasYears && got?.dataset === dataset ? got.years : null;
}
