/**
 * Deterministic dice for the emulator. A roll depends only on the seed and a key (a request's
 * identity and its attempt number), never on arrival order, so concurrent scans fault the same
 * requests run after run.
 */

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Deterministic PRNG (mulberry32): the same seed gives the same sequence (the emulator's dice, the bench's synthetic estate). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A number in [0, 1) fixed by `seed` and `key`. */
export function roll(seed: number, key: string): number {
  return seededRandom(fnv1a(key) ^ Math.imul(seed, 0x9e3779b1))();
}
