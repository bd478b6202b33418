/** A seeded pseudo-random generator for reproducible Monte Carlo runs: mulberry32 (Tommy
 * Ettinger's 32-bit generator). Small, fast, period 2^32, and good enough for perturbing a few
 * dozen weights a few thousand times; it is not for cryptography. The same seed gives the same
 * sequence on every platform, since it uses only 32-bit integer arithmetic (Math.imul). */
export type Random = () => number;

/** Numbers in [0, 1) from a seed (any finite number; only its low 32 bits count). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
