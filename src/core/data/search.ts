/**
 * Finding features by name or id: towns, red lines, protected areas, parks, sections, water-function
 * zones. Case and spaces are ignored; a name that starts with the query ranks before one that only
 * contains it. Latin letters may also be the pinyin (initials or full) of consecutive characters of
 * a name (`tpsk` → 汤浦水库), through a matcher the caller passes in (the app loads a pinyin library
 * for it on demand). Coordinates are read elsewhere (geo/coordinates.ts).
 */
import type { Dataset, FeatureId } from './dataset.ts';
import { featureLabel } from './roles.ts';

/** The layers searched, in the order their hits are listed. */
export const SEARCHED_LAYERS = ['towns', 'sections', 'redLines', 'protectedAreas', 'parks', 'waterFunctionZones', 'heritageAreas', 'permanentFarmland'] as const;

export interface SearchHit {
  readonly id: FeatureId;
  /** What the list shows: the name (or id, or number). */
  readonly label: string;
  /** The id when it differs from the label (a section's 断面编号). */
  readonly code: string | null;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/**
 * Tells whether Latin letters are the pinyin of consecutive characters of a Chinese text, and
 * where they start (0: at the beginning); null when they are not.
 */
export type PinyinMatch = (text: string, letters: string) => number | null;

/**
 * Up to `limit` features of the searched layers whose name or id contains the query; with
 * `pinyin`, also those whose name the letters spell in pinyin (after the others, names spelt from
 * their first character first).
 */
export function searchFeatures(dataset: Dataset, query: string, limit = 12, pinyin?: PinyinMatch): SearchHit[] {
  const q = norm(query);
  if (!q) return [];
  const starts: SearchHit[] = [];
  const contains: SearchHit[] = [];
  const spelt: { hit: SearchHit; at: number }[] = [];
  const letters = pinyin && /^[a-z]+$/.test(q) ? q : null;
  for (const layer of SEARCHED_LAYERS) {
    (dataset.layers[layer]?.features ?? []).forEach((f, index) => {
      const label = featureLabel(f.properties, index);
      const idRaw = f.properties.id;
      const code = idRaw !== undefined && idRaw !== null && String(idRaw) !== label ? String(idRaw) : null;
      const texts = [label, code ?? ''].map(norm);
      if (texts.some((t) => t.startsWith(q))) starts.push({ id: { layer, index }, label, code });
      else if (texts.some((t) => t.includes(q))) contains.push({ id: { layer, index }, label, code });
      else if (letters && /[\u4e00-\u9fff]/.test(label)) {
        const at = pinyin!(label, letters);
        if (at !== null) spelt.push({ hit: { id: { layer, index }, label, code }, at });
      }
    });
  }
  const byStart = spelt.filter((s) => s.at === 0).concat(spelt.filter((s) => s.at !== 0)).map((s) => s.hit);
  return [...starts, ...contains, ...byStart].slice(0, limit);
}
