import { describe, expect, it } from 'vitest';
import { Rng } from '../../../scripts/demo/random';

describe('Rng (sfc32 + Box-Muller)', () => {
  it('repeats its sequence for a seed and differs between seeds and forks', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const seqA = Array.from({ length: 20 }, () => a.uint32());
    const seqB = Array.from({ length: 20 }, () => b.uint32());
    expect(seqA).toEqual(seqB);
    const c = new Rng(43);
    expect(Array.from({ length: 20 }, () => c.uint32())).not.toEqual(seqA);
    const f1 = new Rng(42).fork('x');
    const f2 = new Rng(42).fork('y');
    expect(f1.uint32()).not.toBe(f2.uint32());
  });

  it('derives a fork from seed and label only, not from draws made before', () => {
    const fresh = new Rng(7);
    const used = new Rng(7);
    for (let i = 0; i < 100; i++) used.next();
    expect(used.fork('part').next()).toBe(fresh.fork('part').next());
  });

  it('draws uniforms in [0,1) and normals with mean 0 and sd 1', () => {
    const r = new Rng(1);
    const n = 20000;
    const u = Array.from({ length: n }, () => r.next());
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const z = Array.from({ length: n }, () => r.normal());
    const mean = z.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(z.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
    // Standard error of the mean is 1/sqrt(20000) ≈ 0.007.
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });

  it('keeps int() inside its bounds and hits both ends', () => {
    const r = new Rng(3);
    const xs = Array.from({ length: 2000 }, () => r.int(5, 10));
    expect(new Set(xs)).toEqual(new Set([5, 6, 7, 8, 9, 10]));
  });

  it('draws Poisson counts with the requested mean', () => {
    const r = new Rng(9);
    const n = 20000;
    const xs = Array.from({ length: n }, () => r.poisson(2.5));
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    // sd of the mean: sqrt(2.5 / 20000) ≈ 0.011.
    expect(Math.abs(mean - 2.5)).toBeLessThan(0.05);
  });

  it('weightedSample returns distinct indices and never a zero weight', () => {
    const r = new Rng(5);
    const picked = r.weightedSample([0, 1, 1, 0, 5, 1], 3);
    expect(new Set(picked).size).toBe(3);
    expect(picked).not.toContain(0);
    expect(picked).not.toContain(3);
  });
});
