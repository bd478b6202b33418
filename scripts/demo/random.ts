/** A small seeded PRNG for the demo generator: sfc32 seeded through splitmix32, with Box-Muller
 * normals. Math.random is never used, so the same seed always gives the same demo data. */

/** FNV-1a over the UTF-16 code units of a string: turns a fork label into a 32-bit number. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32: spreads a seed over the four words of sfc32's state. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) >>> 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** The second Box-Muller normal, kept for the next call. */
  private spare: number | null = null;

  /** `path` names the stream; forks derive their seed from seed and path, not from the parent's
   * current state, so adding draws in one part of the generator never shifts another part. */
  constructor(
    readonly seed: number,
    readonly path = '',
  ) {
    const state = { s: (fnv1a(path) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0 };
    this.a = splitmix32(state);
    this.b = splitmix32(state);
    this.c = splitmix32(state);
    this.d = splitmix32(state);
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent stream for one part of the generator. */
  fork(label: string): Rng {
    return new Rng(this.seed, `${this.path}/${label}`);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** Integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Normal by Box-Muller. */
  normal(mean = 0, sd = 1): number {
    if (this.spare !== null) {
      const z = this.spare;
      this.spare = null;
      return mean + sd * z;
    }
    const u1 = 1 - this.next(); // in (0, 1], so the log is finite
    const u2 = this.next();
    const r = Math.sqrt(-2 * Math.log(u1));
    this.spare = r * Math.sin(2 * Math.PI * u2);
    return mean + sd * r * Math.cos(2 * Math.PI * u2);
  }

  /** Poisson count: Knuth's product method for small means, a rounded normal for large ones. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 40) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index drawn with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number {
    const total = weights.reduce((s, w) => s + Math.max(0, w), 0);
    if (!(total > 0)) throw new Error('weightedIndex needs a positive weight');
    let u = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= Math.max(0, weights[i]);
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** k distinct indices, each drawn with probability proportional to its weight
   * (Efraimidis-Spirakis keys u^(1/w)); returned in the order of the input. */
  weightedSample(weights: readonly number[], k: number): number[] {
    const keyed = weights.map((w, i) => ({ i, key: w > 0 ? Math.log(1 - this.next()) / w : -Infinity }));
    keyed.sort((x, y) => y.key - x.key || x.i - y.i);
    return keyed
      .slice(0, Math.min(k, weights.length))
      .filter((x) => x.key > -Infinity)
      .map((x) => x.i)
      .sort((x, y) => x - y);
  }
}
