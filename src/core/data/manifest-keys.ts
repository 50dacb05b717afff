/**
 * Keys of manifest.json the loader does not know. A key it does not read is not an error in JSON,
 * but here it means something the user meant is silently not done: a top-level `"samples"` leaves
 * every section without samples. Each one is named with where it belongs, or the known key it is
 * nearest to.
 */
import { isRole, likelyRole } from './roles.ts';

/** Keys read at the top of a manifest (`note` is free text for people). */
export const MANIFEST_KEYS = ['name', 'year', 'sample', 'note', 'layers', 'protectedRoles', 'targets', 'statistics', 'database', 'years'] as const;

/** Keys read in a layer's entry of `layers`. */
export const LAYER_KEYS = ['file', 'fields', 'samples', 'tiles', 'minzoom', 'maxzoom', 'bounds', 'layer', 'table', 'geometry'] as const;

/**
 * A key the loader does not know: where it stands (`layer` null at the top of the manifest) and
 * what it probably should be — `inLayer` (a layer entry's key written at the top, e.g. `samples`),
 * `inLayers` (a layer written at the top instead of inside `layers`), `atTop` (a top-level key
 * written in a layer), `meant` (the nearest known key), or none.
 */
export interface UnknownKey {
  readonly key: string;
  readonly layer: string | null;
  readonly belongs: 'inLayer' | 'inLayers' | 'atTop' | 'meant' | null;
  /** The known key meant (belongs 'meant'), the layer it belongs in (belongs 'inLayer': `sections` for `samples`). */
  readonly target?: string;
}

/** Levenshtein distance between two short strings, case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[y.length]!;
}

/** The known key nearest to `key` (at most 2 edits, or a difference of case or of `_`/`-`), or undefined. */
function nearest(key: string, known: readonly string[]): string | undefined {
  const plain = (k: string) => k.toLowerCase().replace(/[_-]/g, '');
  const same = known.find((k) => plain(k) === plain(key));
  if (same) return same;
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const d = distance(key, k);
    if (d < bestD) { best = k; bestD = d; }
  }
  return best;
}

/** What an unknown key at the top of the manifest probably is. */
function atTop(key: string): UnknownKey {
  if ((LAYER_KEYS as readonly string[]).includes(key)) return { key, layer: null, belongs: 'inLayer', ...(key === 'samples' ? { target: 'sections' } : {}) };
  const role = isRole(key) ? key : likelyRole(key);
  if (role) return { key, layer: null, belongs: 'inLayers', target: role };
  const meant = nearest(key, MANIFEST_KEYS);
  return meant ? { key, layer: null, belongs: 'meant', target: meant } : { key, layer: null, belongs: null };
}

/** What an unknown key in a layer's entry probably is. */
function inLayer(key: string, layer: string): UnknownKey {
  const meant = nearest(key, LAYER_KEYS);
  // A layer key one letter off (`sample` for `samples`) is likelier than the top-level key of that name.
  if (meant && distance(key, meant) <= 1) return { key, layer, belongs: 'meant', target: meant };
  if ((MANIFEST_KEYS as readonly string[]).includes(key)) return { key, layer, belongs: 'atTop' };
  return meant ? { key, layer, belongs: 'meant', target: meant } : { key, layer, belongs: null };
}

/**
 * Every key of the manifest object and of its layers' entries (those written as objects) that the
 * loader does not read, in the order they appear. Keys starting with `$` (e.g. `$schema`) and
 * `_` (comments, by a common convention) are left alone.
 */
export function unknownManifestKeys(manifest: Readonly<Record<string, unknown>>): UnknownKey[] {
  const skip = (k: string) => k.startsWith('$') || k.startsWith('_');
  const out: UnknownKey[] = [];
  for (const key of Object.keys(manifest)) if (!skip(key) && !(MANIFEST_KEYS as readonly string[]).includes(key)) out.push(atTop(key));
  const layers = manifest.layers;
  if (layers && typeof layers === 'object' && !Array.isArray(layers)) {
    for (const [name, spec] of Object.entries(layers as Record<string, unknown>)) {
      if (!spec || typeof spec !== 'object' || Array.isArray(spec)) continue;
      for (const key of Object.keys(spec)) if (!skip(key) && !(LAYER_KEYS as readonly string[]).includes(key)) out.push(inLayer(key, name));
    }
  }
  return out;
}
