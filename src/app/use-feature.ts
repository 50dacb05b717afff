/** The feature an id names: from the light dataset when it is there, else fetched from the worker. */
import { useEffect, useState } from 'react';
import { featureKey } from '../core/index.ts';
import type { FeatureId, LayerFeature } from '../core/index.ts';
import { featureAt } from './feature-lookup.ts';
import type { ReportApi } from './report/use-report.ts';

/** The feature with its identity, or null while it is unknown (or there is none). */
export function useFeature(rs: ReportApi, id: FeatureId | null): { id: FeatureId; feature: LayerFeature } | null {
  const local = featureAt(rs.dataset, id);
  const remoteNeeded = !local && id !== null && rs.light.includes(id.layer);
  const key = id ? featureKey(id) : null;
  const [remote, setRemote] = useState<{ key: string; feature: LayerFeature } | null>(null);
  const { fetchFeature } = rs;
  useEffect(() => {
    if (!remoteNeeded || !id || !key) return;
    let alive = true;
    void fetchFeature(id).then((f) => { if (alive && f) setRemote({ key, feature: f }); });
    return () => { alive = false; };
    // `key` stands for `id` (a new object with the same identity must not fetch again).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remoteNeeded, key, fetchFeature, rs.dataset]);
  if (local && id) return { id, feature: local };
  return remoteNeeded && id && remote?.key === key ? { id, feature: remote.feature } : null;
}
