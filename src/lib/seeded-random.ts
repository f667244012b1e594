/**
 * mulberry32: a small seeded generator of numbers in [0, 1). The same seed
 * gives the same sequence on every run: the benchmark's corpus is the same
 * for the same N, and a generated test case that fails fails again.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
