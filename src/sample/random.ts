/** Seeded pseudo-random numbers, so `npm run sample` writes the same data every time. */

/** A generator of numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number in [lo, hi). */
export function between(rand: () => number, lo: number, hi: number): number {
  return lo + (hi - lo) * rand();
}

/** Approximately normal noise (sum of uniforms), mean 0, standard deviation `sd`. */
export function gaussian(rand: () => number, sd: number): number {
  return (rand() + rand() + rand() + rand() - 2) * sd * Math.sqrt(3);
}

/** Picks an item with the given weights. */
export function pickWeighted<T>(rand: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) { r -= w; if (r < 0) return item; }
  return items[items.length - 1]![0];
}

/**
 * A 32-bit seed from a text (FNV-1a), for a generator of its own: `seededRandom(textSeed('SY10'))`
 * draws the same numbers whatever else is drawn before it.
 */
export function textSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}
