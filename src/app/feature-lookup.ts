/** Finding dataset features by `_fid`, and sections by id. */
import { sectionId } from '../core/indicators/section-results.ts';
import type { Dataset, LayerFeature } from '../core/data/dataset.ts';
import { geometryBBox } from '../core/geo/bbox.ts';
import type { BBox } from '../core/geo/bbox.ts';
import { fidOf, refOf } from '../map/display-features.ts';

/** The feature a `_fid` names, with its layer; null when there is none. */
export function featureByFid(dataset: Dataset | null, fid: string | null): { layer: string; feature: LayerFeature } | null {
  const ref = refOf(fid);
  if (!dataset || !ref) return null;
  const index = Number(ref.fid.slice(ref.layer.length + 1));
  const feature = dataset.layers[ref.layer]?.features[index];
  return feature ? { layer: ref.layer, feature } : null;
}

/** The `_fid` of the section with an id; null when there is none. */
export function sectionFid(dataset: Dataset | null, id: string): string | null {
  const i = dataset?.layers.sections?.features.findIndex((f, k) => sectionId(f.properties, k) === id) ?? -1;
  return i >= 0 ? fidOf('sections', i) : null;
}

/** The box around some features, or null for none. */
export function featuresBBox(features: readonly LayerFeature[]): BBox | null {
  if (features.length === 0) return null;
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const c = geometryBBox(f.geometry);
    b[0] = Math.min(b[0], c[0]); b[1] = Math.min(b[1], c[1]); b[2] = Math.max(b[2], c[2]); b[3] = Math.max(b[3], c[3]);
  }
  return b;
}
