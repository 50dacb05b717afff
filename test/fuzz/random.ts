/**
 * The fuzzer's randomness: a small seeded generator (sfc32), and one seed per case derived from the
 * run's seed, the campaign and the case's number — so a case is the same whatever ran before it,
 * and `--seed N` repeats a run exactly.
 */

/** A seeded pseudo-random sequence, with the draws the shape families need. */
export interface Rand {
  /** Uniform in [0, 1). */
  (): number;
  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number;
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  /** Log-uniform in [lo, hi) (lo > 0): as many small values as large ones. */
  log(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One of the items. */
  pick<T>(items: readonly T[]): T;
}

/** A Rand from a 32-bit seed (sfc32, its state warmed up by 12 draws). */
export function random(seed: number): Rand {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const r = next as Rand;
  r.range = (lo, hi) => lo + (hi - lo) * next();
  r.int = (lo, hi) => lo + Math.floor((hi - lo + 1) * next());
  r.log = (lo, hi) => lo * Math.exp(Math.log(hi / lo) * next());
  r.chance = (p) => next() < p;
  r.pick = (items) => items[Math.floor(items.length * next())]!;
  return r;
}

/** The seed of case `index` of a campaign in the run of seed `seed` (FNV-1a over the three). */
export function caseSeed(seed: number, campaign: string, index: number): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}/${campaign}/${index}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}
