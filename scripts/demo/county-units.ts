/** The demo county's units: the county, its townships and its villages, with each village's plan
 * type (category), terrain and the latent traits that drive its values. */
import type { Unit } from '../../src-shared/model';
import {
  COUNTY_CODE, COUNTY_NAME, TERRAINS, TOWNSHIPS, villageNames,
  type Terrain, type TownshipProfile,
} from './names';
import type { Rng } from './random';

/** The four village types of the national plan (乡村振兴战略规划 2018–2022). */
export type VillageCategory = '集聚提升' | '城郊融合' | '特色保护' | '搬迁撤并';
export const VILLAGE_CATEGORIES: readonly VillageCategory[] = ['集聚提升', '城郊融合', '特色保护', '搬迁撤并'];

/** Target shares; 集聚提升 takes what is left. */
const CATEGORY_SHARES: Record<Exclude<VillageCategory, '集聚提升'>, number> = {
  城郊融合: 0.15,
  特色保护: 0.15,
  搬迁撤并: 0.25,
};

export const VILLAGE_COUNT = 260;

export interface Township extends TownshipProfile {
  code: string;
}

export interface Village {
  code: string;
  name: string;
  township: Township;
  category: VillageCategory;
  terrain: Terrain;
  /** Endowment (location, land, capital), standardised over the county: drives the level
   * indicators, so they correlate with each other. */
  e: number;
  /** Governance capacity of the village committees: drives process and survey indicators;
   * moderately correlated with e. */
  g: number;
  /** Dynamism: persistent drive to grow, independent of the level. */
  d: number;
}

export interface CountyUnits {
  units: Unit[];
  townships: Township[];
  villages: Village[];
}

/** Splits `total` over weights by largest remainder, each part at least `min`. */
function apportion(weights: number[], total: number, min: number): number[] {
  const free = total - min * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w / sum) * free);
  const parts = raw.map((r) => Math.floor(r));
  let left = free - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]++;
    left--;
  }
  return parts.map((p) => p + min);
}

/** Indices of the `k` highest scores (ties by index). */
function topK(scores: number[], k: number): Set<number> {
  const order = scores.map((s, i) => ({ s, i })).sort((a, b) => b.s - a.s || a.i - b.i);
  return new Set(order.slice(0, k).map((x) => x.i));
}

function standardise(xs: number[]): number[] {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) || 1;
  return xs.map((x) => (x - mean) / sd);
}

/** Endowment shifts by plan type and terrain: peri-urban villages are richer, villages to be
 * relocated poorer; plains richer than mountains. */
const CATEGORY_ENDOWMENT: Record<VillageCategory, number> = { 城郊融合: 0.9, 集聚提升: 0.15, 特色保护: 0, 搬迁撤并: -0.75 };
const TERRAIN_ENDOWMENT: Record<Terrain, number> = { 平原: 0.35, 丘陵: 0, 山区: -0.4 };

export function buildCountyUnits(rng: Rng): CountyUnits {
  const townships: Township[] = TOWNSHIPS.map((t, i) => ({ ...t, code: `${COUNTY_CODE}${String(i + 1).padStart(2, '0')}` }));

  // Villages per township: around the profile's size, at least 10.
  const sizeRng = rng.fork('sizes');
  const counts = apportion(townships.map((t) => t.size * Math.exp(sizeRng.normal(0, 0.12))), VILLAGE_COUNT, 10);

  const names = villageNames(rng.fork('names'), VILLAGE_COUNT);
  const terrainRng = rng.fork('terrain');
  const seats: { township: Township; terrain: Terrain; code: string }[] = [];
  townships.forEach((township, ti) => {
    for (let k = 0; k < counts[ti]; k++) {
      const terrain = TERRAINS[terrainRng.weightedIndex(township.terrain)];
      seats.push({ township, terrain, code: `${township.code}${String(k + 1).padStart(3, '0')}` });
    }
  });

  // Plan types by quota, so the shares hold for every seed: peri-urban villages are the ones
  // nearest the seat, relocation villages the remote mountain ones, heritage villages mostly in
  // the hills; the rest are cluster-and-upgrade villages.
  const catRng = rng.fork('categories');
  const n = seats.length;
  const category: (VillageCategory | null)[] = seats.map(() => null);
  const assign = (cat: VillageCategory, share: number, score: (i: number) => number) => {
    const free = seats.map((_, i) => i).filter((i) => category[i] === null);
    const chosen = topK(free.map(score), Math.round(share * n));
    free.forEach((i, j) => { if (chosen.has(j)) category[i] = cat; });
  };
  const terrainScore = (t: Terrain, plain: number, hill: number, mountain: number) =>
    t === '平原' ? plain : t === '丘陵' ? hill : mountain;
  assign('城郊融合', CATEGORY_SHARES['城郊融合'], (i) =>
    -3 * seats[i].township.distance + terrainScore(seats[i].terrain, 0.4, 0, -0.5) + catRng.normal(0, 0.5));
  assign('搬迁撤并', CATEGORY_SHARES['搬迁撤并'], (i) =>
    2 * seats[i].township.distance + terrainScore(seats[i].terrain, -0.8, 0.3, 1.2) + catRng.normal(0, 0.7));
  assign('特色保护', CATEGORY_SHARES['特色保护'], (i) =>
    terrainScore(seats[i].terrain, -0.3, 0.5, 0.3) + catRng.normal(0, 1));

  // Latent traits. Each township has its own effect (leadership, roads, a market town).
  const traitRng = rng.fork('traits');
  const townshipEffect = new Map(townships.map((t) => [t.code, traitRng.normal(0, 0.3)]));
  const cats = category.map((c) => c ?? '集聚提升');
  const e = standardise(seats.map((s, i) =>
    CATEGORY_ENDOWMENT[cats[i]] + TERRAIN_ENDOWMENT[s.terrain] + (townshipEffect.get(s.township.code) ?? 0)
    + traitRng.normal(0, 0.7)));
  const g = standardise(e.map((ei) => 0.35 * ei + Math.sqrt(1 - 0.35 ** 2) * traitRng.normal()));
  const d = standardise(seats.map(() => traitRng.normal()));

  const villages: Village[] = seats.map((s, i) => ({
    code: s.code,
    name: names[i],
    township: s.township,
    category: cats[i],
    terrain: s.terrain,
    e: e[i],
    g: g[i],
    d: d[i],
  }));

  const units: Unit[] = [];
  const push = (u: Omit<Unit, 'position' | 'attributes'>) => units.push({ ...u, attributes: {}, position: units.length });
  push({ code: COUNTY_CODE, name: COUNTY_NAME, parent: null, level: 'county', category: null, groups: {} });
  for (const t of townships) push({ code: t.code, name: t.name, parent: COUNTY_CODE, level: 'township', category: null, groups: {} });
  for (const v of villages) {
    push({ code: v.code, name: v.name, parent: v.township.code, level: 'village', category: v.category, groups: { 地形: v.terrain } });
  }
  return { units, townships, villages };
}
