/** The feature a `_fid` names: from the light dataset when it is there, else fetched from the worker. */
import { useEffect, useState } from 'react';
import type { LayerFeature } from '../core/data/dataset.ts';
import { refOf } from '../map/display-features.ts';
import { featureByFid } from './feature-lookup.ts';
import type { ReportApi } from './report/use-report.ts';

export function useFeature(rs: ReportApi, fid: string | null): { layer: string; feature: LayerFeature } | null {
  const local = featureByFid(rs.dataset, fid);
  const ref = refOf(fid);
  const remoteNeeded = !local && ref !== null && rs.light.includes(ref.layer);
  const [remote, setRemote] = useState<{ fid: string; layer: string; feature: LayerFeature } | null>(null);
  const { fetchFeature } = rs;
  useEffect(() => {
    if (!remoteNeeded || !fid) return;
    let alive = true;
    void fetchFeature(fid).then((r) => { if (alive && r.feature) setRemote({ fid, layer: r.layer, feature: r.feature }); });
    return () => { alive = false; };
  }, [remoteNeeded, fid, fetchFeature, rs.dataset]);
  if (local) return local;
  return remoteNeeded && remote?.fid === fid ? { layer: remote.layer, feature: remote.feature } : null;
}
