/** Finding dataset features by identity { layer, index }, and sections by id. */
import { geometryBBox, sectionId } from '../core/index.ts';
import type { BBox, Dataset, FeatureId, LayerFeature } from '../core/index.ts';

/** The feature an id names, when the (light) dataset holds it; null otherwise. */
export function featureAt(dataset: Dataset | null, id: FeatureId | null): LayerFeature | null {
  if (!dataset || !id) return null;
  return dataset.layers[id.layer]?.features[id.index] ?? null;
}

/** The identity of the section with a given id; null when there is none. */
export function sectionFeatureId(dataset: Dataset | null, id: string): FeatureId | null {
  const i = dataset?.layers.sections?.features.findIndex((f, k) => sectionId(f.properties, k) === id) ?? -1;
  return i >= 0 ? { layer: 'sections', index: i } : null;
}

/**
 * The map filter that draws only the sections with the given ids (null ids: all of them, no filter).
 */
export function sectionsFilter(dataset: Dataset | null, ids: readonly string[] | null): { indices: number[]; keep: true } | null {
  if (!ids) return null;
  const want = new Set(ids);
  const indices: number[] = [];
  dataset?.layers.sections?.features.forEach((f, k) => { if (want.has(sectionId(f.properties, k))) indices.push(k); });
  return { indices, keep: true };
}

/** The box around some features, or null for none. */
export function featuresBBox(features: readonly Pick<LayerFeature, 'geometry'>[]): BBox | null {
  if (features.length === 0) return null;
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const c = geometryBBox(f.geometry);
    b[0] = Math.min(b[0], c[0]); b[1] = Math.min(b[1], c[1]); b[2] = Math.max(b[2], c[2]); b[3] = Math.max(b[3], c[3]);
  }
  return b;
}
