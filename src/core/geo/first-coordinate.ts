/** The first coordinate pair in nested GeoJSON coordinates, to tell lon/lat from projected metres. */

/** The first [x, y] found in a coordinates value (any nesting), or null when there is none. */
export function firstPair(v: unknown): [number, number] | null {
  if (Array.isArray(v)) {
    if (typeof v[0] === 'number' && typeof v[1] === 'number') return [v[0], v[1]];
    for (const c of v) { const p = firstPair(c); if (p) return p; }
  }
  return null;
}
