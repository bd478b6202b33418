/** How each village indicator of resources/catalog/indicators.csv is generated. Level indicators
 * follow the endowment e (so they correlate across indicators), process and survey indicators
 * follow governance g, growth indicators follow a catch-up term and dynamism d rather than the
 * level. Numbers are raw; they are clamped to the typical range and rounded afterwards. */
import type { Village } from './county-units';
import { gauss, type IndicatorModel } from './series';

type Model = IndicatorModel<Village>;

const byTerrain = (v: Village, plain: number, hill: number, mountain: number) =>
  v.terrain === '平原' ? plain : v.terrain === '丘陵' ? hill : mountain;

/** Weak-village threshold of collective income (docs/domain-notes.md: under 5万元 a year). */
const WEAK_INCOME = 5;

/** V1.1 collective operating income (万元) and V1.2 its growth (%), drawn together so the growth
 * is the real change of the income. The income is lognormal (about two thirds of villages under
 * 5万元 in 2023, fewer later). Growth is high from small bases (catch-up, new projects) and
 * depends on dynamism rather than the level, with a few extreme small-base jumps and some falls. */
const collectiveIncome: Model = {
  codes: ['V1.1', 'V1.2'],
  draw(v, rng, shape) {
    const income: number[] = [];
    const growth: number[] = [];
    let prev = Math.max(0.2, Math.exp(Math.log(2.6) + 1.05 * v.e + rng.normal(0, 0.55))); // 2022
    prev = Math.round(prev * 100) / 100;
    for (let t = 0; t < shape.years; t++) {
      const catchUp = 9 * Math.max(0, Math.log(WEAK_INCOME / prev));
      // Small incomes swing more in relative terms than large ones.
      let g = 11 + catchUp + 6 * v.d + rng.normal(0, 8 + 8 * Math.exp(-prev / 10));
      if (prev < 3 && rng.chance(0.06)) g += rng.uniform(40, 90); // a new project on a tiny base
      if (rng.chance(0.03)) g -= rng.uniform(15, 30); // a lease ended, a business closed
      g = Math.min(100, Math.max(-30, g));
      const next = Math.min(150, Math.max(0.2, Math.round(prev * (1 + g / 100) * 100) / 100));
      income.push(next);
      growth.push(100 * (next / prev - 1));
      prev = next;
    }
    return { 'V1.1': { annual: income, quarterly: [] }, 'V1.2': { annual: growth, quarterly: [] } };
  },
};

/** V5.1 per-capita disposable income (元) and V5.2 its growth (%). Poorer villages grow a little
 * faster (catch-up) but dynamism dominates, so growth is only weakly tied to the level. */
const householdIncome: Model = {
  codes: ['V5.1', 'V5.2'],
  draw(v, rng, shape) {
    const level: number[] = [];
    const growth: number[] = [];
    const yearEffect = [0.6, -0.2, 0.1];
    let prev = Math.round(Math.exp(Math.log(17800) + 0.18 * v.e + rng.normal(0, 0.07))); // 2022
    for (let t = 0; t < shape.years; t++) {
      const g = Math.max(0, 6.6 - 0.5 * v.e + 1.1 * v.d + (yearEffect[t] ?? 0) + rng.normal(0, 1.3));
      const next = Math.round(prev * (1 + g / 100));
      level.push(next);
      growth.push(100 * (next / prev - 1));
      prev = next;
    }
    return { 'V5.1': { annual: level, quarterly: [] }, 'V5.2': { annual: growth, quarterly: [] } };
  },
};

/** V1.3 new business entities: a stock of registered entities that mostly grows by a few a year. */
const businessEntities: Model = {
  codes: ['V1.3'],
  draw(v, rng, shape) {
    let count = rng.poisson(Math.exp(1.45 + 0.45 * v.e + byTerrain(v, 0.2, 0, -0.2)));
    const annual: number[] = [];
    for (let t = 0; t < shape.years; t++) {
      if (t > 0) count += rng.poisson(Math.max(0.1, 0.7 + 0.3 * v.e + 0.3 * v.d)) - (rng.chance(0.12) ? 1 : 0);
      count = Math.max(0, count);
      annual.push(count);
    }
    return { 'V1.3': { annual, quarterly: [] } };
  },
};

/** V3.1 civilized-village title level 0-3: titles are kept, and a few villages move up a year. */
const civilizedTitle: Model = {
  codes: ['V3.1'],
  draw(v, rng, shape) {
    const latent = 0.6 * v.e + 0.6 * v.g + rng.normal(0, 0.7);
    let level = latent < -0.45 ? 0 : latent < 0.55 ? 1 : latent < 1.35 ? 2 : 3;
    const annual: number[] = [];
    for (let t = 0; t < shape.years; t++) {
      if (t > 0 && level < 3 && rng.chance(0.05 + 0.04 * Math.max(0, v.g))) level++;
      annual.push(level);
    }
    return { 'V3.1': { annual, quarterly: [] } };
  },
};

/** V3.2 activities at the cultural centre: a count around a village's own rate. */
const culturalActivities: Model = {
  codes: ['V3.2'],
  draw(v, rng, shape) {
    const rate = Math.exp(Math.log(16) + 0.2 * v.g + 0.15 * v.e + rng.normal(0, 0.25));
    const annual: number[] = [];
    for (let t = 0; t < shape.years; t++) annual.push(rng.poisson(rate + t));
    return { 'V3.2': { annual, quarterly: [] } };
  },
};

/** V4.1 'five-strong' standards met, 0-5: governance, slowly improving. */
const fiveStrong: Model = {
  codes: ['V4.1'],
  draw(v, rng, shape) {
    let latent = 3.2 + 1.0 * v.g + rng.normal(0, 0.6);
    const annual: number[] = [];
    for (let t = 0; t < shape.years; t++) {
      if (t > 0) latent += rng.normal(0.15, 0.4);
      annual.push(Math.round(latent));
    }
    return { 'V4.1': { annual, quarterly: [] } };
  },
};

/** V4.4 petitions bypassing levels: rare events, more frequent where governance is weak. */
const petitions: Model = {
  codes: ['V4.4'],
  draw(v, rng, shape) {
    const rate = Math.exp(-1.6 - 0.7 * v.g);
    const annual: number[] = [];
    for (let t = 0; t < shape.years; t++) annual.push(rng.poisson(rate));
    return { 'V4.4': { annual, quarterly: [] } };
  },
};

/** V6.1 goal completion. Annual values of years without goal records come from a simulated
 * goal list (5-10 goals, about 1% not done, more where governance is weak); the latest year's
 * value is replaced by the real completion of the generated goals (county-goals.ts). Quarterly:
 * completion of the milestones due by the quarter's end. */
const goalCompletion: Model = {
  codes: ['V6.1'],
  draw(v, rng, shape) {
    const annual: number[] = [];
    for (let t = 0; t < shape.years; t++) {
      const n = rng.int(5, 10);
      let failed = 0;
      for (let k = 0; k < n; k++) if (rng.chance(0.011 * Math.exp(-0.9 * v.g))) failed++;
      annual.push((100 * (n - Math.min(failed, 2))) / n);
    }
    const quarterly: number[] = [];
    for (let q = 0; q < shape.quarters; q++) quarterly.push(100 - Math.max(0, rng.normal(3 - 2.5 * v.g, 5)));
    return { 'V6.1': { annual, quarterly } };
  },
};

const cat = (v: Village, periUrban: number, relocation = 0) =>
  v.category === '城郊融合' ? periUrban : v.category === '搬迁撤并' ? relocation : 0;

export const COUNTY_MODELS: readonly Model[] = [
  collectiveIncome,
  businessEntities,
  gauss('V1.4', { base: (v) => 32 + 11 * v.e + byTerrain(v, 8, 0, -9), sd0: 6, trend: 2.5, sd1: 2 }),
  gauss('V1.5', { base: (v) => 100.5 + 0.8 * v.g - cat(v, 3), sd0: 3, sd1: 2.5, rho: 0.5 }),
  gauss('V2.1', { base: (v) => 71 + 9 * v.e, sd0: 6, trend: 4, sd1: 2 }),
  gauss('V2.2', { base: (v) => 86 + 5 * v.e, sd0: 4, trend: 2, sd1: 2 }),
  gauss('V2.3', { base: (v) => 27 + 15 * v.e + cat(v, 10), sd0: 10, trend: 5, sd1: 3 }),
  gauss('V2.4', { base: (v) => 29 + 3 * v.e + byTerrain(v, 0, 3, 7), sd0: 5, trend: 0.8, sd1: 1 }),
  gauss('V2.5', { base: (v) => 81 + 3 * v.e + 4 * v.g, sd0: 4, trend: 1, sd1: 3, rho: 0.7, sdQ: 3.5 }),
  civilizedTitle,
  culturalActivities,
  gauss('V3.3', { base: (v) => 74 + 7 * v.g + 2 * v.e, sd0: 6, trend: 1, sd1: 3, rho: 0.8 }),
  fiveStrong,
  gauss('V4.2', { base: (v) => 88 + 4 * v.g, sd0: 3, trend: 0.8, sd1: 2, rho: 0.8, sdQ: 3 }),
  gauss('V4.3', { base: (v) => 86 + 4 * v.g + v.e, sd0: 4, trend: 0.5, sd1: 2.5, rho: 0.8 }),
  petitions,
  gauss('V4.5', { base: (v) => 89 + 4 * v.g, sd0: 3, trend: 0.8, sd1: 2, rho: 0.8, sdQ: 2.5 }),
  householdIncome,
  gauss('V5.3', { base: (v) => 84 + 5 * v.g + cat(v, 0, -3), sd0: 7, trend: 3, sd1: 3 }),
  gauss('V5.4', { base: (v) => 87 + 5 * v.e + byTerrain(v, 2, 0, -4), sd0: 4, trend: 2, sd1: 1.5 }),
  goalCompletion,
  gauss('V6.2', { base: (v) => 78 + 5 * v.g + 2 * v.e, sd0: 5, trend: 1, sd1: 3, rho: 0.6 }),
  gauss('V6.3', { base: (v) => 92 + 3 * v.g, sd0: 3, trend: 0.5, sd1: 2, rho: 0.6 }),
  gauss('V6.4', { base: (v) => 86 + 5 * v.g, sd0: 5, trend: 1.2, sd1: 3, rho: 0.7, sdQ: 4 }),
  gauss('V7.1', { base: (v) => 88.5 + 2.5 * v.g + 0.5 * v.e, sd0: 2.5, trend: 0.4, sd1: 1.5, rho: 0.7 }),
  gauss('V7.2', { base: (v) => 85 + 3 * v.g, sd0: 3, trend: 1, sd1: 2, rho: 0.7 }),
  gauss('V7.3', { base: (v) => 87.5 + 3 * v.g, sd0: 3, trend: 0.5, sd1: 2, rho: 0.7 }),
  gauss('V7.4', { base: (v) => 89 + 3.5 * v.g, sd0: 3, trend: 0.3, sd1: 2, rho: 0.7 }),
];

