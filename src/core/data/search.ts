/**
 * Finding features by name or id: towns, red lines, protected areas, parks, sections, water-function
 * zones. Case and spaces are ignored; a name that starts with the query ranks before one that only
 * contains it. Coordinates are read elsewhere (geo/coordinates.ts).
 */
import type { Dataset, FeatureId } from './dataset.ts';
import { featureLabel } from './roles.ts';

/** The layers searched, in the order their hits are listed. */
export const SEARCHED_LAYERS = ['towns', 'sections', 'redLines', 'protectedAreas', 'parks', 'waterFunctionZones'] as const;

export interface SearchHit {
  readonly id: FeatureId;
  /** What the list shows: the name (or id, or number). */
  readonly label: string;
  /** The id when it differs from the label (a section's 断面编号). */
  readonly code: string | null;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/** Up to `limit` features of the searched layers whose name or id contains the query. */
export function searchFeatures(dataset: Dataset, query: string, limit = 12): SearchHit[] {
  const q = norm(query);
  if (!q) return [];
  const starts: SearchHit[] = [];
  const contains: SearchHit[] = [];
  for (const layer of SEARCHED_LAYERS) {
    (dataset.layers[layer]?.features ?? []).forEach((f, index) => {
      const label = featureLabel(f.properties, index);
      const idRaw = f.properties.id;
      const code = idRaw !== undefined && idRaw !== null && String(idRaw) !== label ? String(idRaw) : null;
      const texts = [label, code ?? ''].map(norm);
      if (texts.some((t) => t.startsWith(q))) starts.push({ id: { layer, index }, label, code });
      else if (texts.some((t) => t.includes(q))) contains.push({ id: { layer, index }, label, code });
    });
  }
  return [...starts, ...contains].slice(0, limit);
}
