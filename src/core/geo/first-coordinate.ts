/** The first coordinate pair in nested GeoJSON coordinates, to tell lon/lat from projected metres. */

/**
 * The first [x, y] found in a coordinates value (any nesting, depth first), or null when there is
 * none. Iterative, so arbitrarily deep input cannot overflow the stack; looks at most `limit` arrays.
 */
export function firstPair(v: unknown, limit = 100000): [number, number] | null {
  const stack: unknown[] = [v];
  let seen = 0;
  while (stack.length > 0 && seen++ < limit) {
    const c = stack.pop();
    if (!Array.isArray(c)) continue;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') return [c[0], c[1]];
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]);
  }
  return null;
}
