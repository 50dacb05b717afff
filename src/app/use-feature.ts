/** The feature an id names: from the light dataset when it is there, else fetched from the worker. */
import { useEffect, useState } from 'react';
import { featureKey } from '../core/index.ts';
import type { FeatureId, LayerFeature } from '../core/index.ts';
import { featureAt } from './feature-lookup.ts';
import type { ReportApi } from './report/use-report.ts';

/**
 * The feature with its identity, or null while it is unknown (or there is none). A feature of a
 * layer drawn from the dataset's vector tiles is known only by the attributes in the tile the map
 * picked it on (`fromTiles`; geometry left empty: the tile's is cut and simplified).
 */
export function useFeature(rs: ReportApi, id: FeatureId | null, tileProperties: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {}): { id: FeatureId; feature: LayerFeature; fromTiles?: true } | null {
  const fromTile = id && rs.tiles[id.layer] ? tileProperties[featureKey(id)] : undefined;
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
  if (fromTile && id) return { id, feature: { type: 'Feature', properties: { ...fromTile }, geometry: { type: 'GeometryCollection', geometries: [] } }, fromTiles: true };
  if (local && id) return { id, feature: local };
  return remoteNeeded && id && remote?.key === key ? { id, feature: remote.feature } : null;
}
