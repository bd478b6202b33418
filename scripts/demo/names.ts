/** Place names of the demo. 青岚县 and 云岚市 are fictional; the township and village names are
 * built from common place-name parts (石桥, 李家, 龙塘 …), so some will also exist somewhere in
 * China, as such names do many times over, but no real place is described. */
import type { Rng } from './random';

export const COUNTY_NAME = '青岚县';
export const COUNTY_CODE = 'QL';

export type Terrain = '平原' | '丘陵' | '山区';
export const TERRAINS: readonly Terrain[] = ['平原', '丘陵', '山区'];

export interface TownshipProfile {
  name: string;
  /** Distance from the county seat, 0 (the seat itself) to 1 (the remotest). */
  distance: number;
  /** Probabilities of 平原, 丘陵, 山区 for its villages. */
  terrain: [number, number, number];
  /** Relative number of villages. */
  size: number;
}

/** Fifteen townships from the county seat (城关镇) out to the mountains. */
export const TOWNSHIPS: readonly TownshipProfile[] = [
  { name: '城关镇', distance: 0.0, terrain: [0.8, 0.2, 0], size: 1.3 },
  { name: '东岚镇', distance: 0.15, terrain: [0.7, 0.3, 0], size: 1.15 },
  { name: '河口镇', distance: 0.2, terrain: [0.6, 0.4, 0], size: 1.1 },
  { name: '新桥镇', distance: 0.3, terrain: [0.6, 0.35, 0.05], size: 1.0 },
  { name: '柳林镇', distance: 0.35, terrain: [0.5, 0.45, 0.05], size: 1.0 },
  { name: '白沙镇', distance: 0.45, terrain: [0.3, 0.6, 0.1], size: 1.0 },
  { name: '双河镇', distance: 0.5, terrain: [0.25, 0.6, 0.15], size: 0.95 },
  { name: '龙潭镇', distance: 0.55, terrain: [0.1, 0.6, 0.3], size: 1.0 },
  { name: '石门镇', distance: 0.6, terrain: [0.1, 0.5, 0.4], size: 0.9 },
  { name: '桃源乡', distance: 0.65, terrain: [0.05, 0.55, 0.4], size: 0.85 },
  { name: '青峰镇', distance: 0.75, terrain: [0, 0.35, 0.65], size: 1.0 },
  { name: '高坪乡', distance: 0.8, terrain: [0, 0.3, 0.7], size: 0.9 },
  { name: '云台乡', distance: 0.85, terrain: [0, 0.2, 0.8], size: 0.8 },
  { name: '马鞍乡', distance: 0.9, terrain: [0, 0.15, 0.85], size: 0.8 },
  { name: '松岭乡', distance: 1.0, terrain: [0, 0.1, 0.9], size: 0.75 },
];

const SURNAMES = ['李', '王', '张', '刘', '陈', '杨', '周', '吴', '徐', '胡', '郭', '何', '罗', '谢', '唐', '曾'];
/** Endings that follow a surname: 李家村, 王庄村, 陈湾村. */
const SURNAME_ENDINGS = ['家', '庄', '湾', '营', '店', '坪', '岗'];
const PLACE_STARTS = [
  '东', '西', '南', '北', '上', '下', '前', '后', '大', '小', '新', '高', '中', '石', '龙', '凤', '马',
  '鹤', '柳', '桃', '梅', '竹', '松', '枫', '杏', '白', '黄', '红', '青', '金', '双', '长', '平', '安',
  '和', '兴', '永', '太', '清', '花', '茶', '沙', '泉', '樟',
];
const PLACE_ENDINGS = [
  '湾', '岭', '坪', '桥', '沟', '塘', '坝', '岗', '溪', '山', '河', '林', '园', '田', '冲', '坡', '寨',
  '堡', '铺', '口', '峪', '台', '洼', '渡', '滩', '源', '院', '庄',
];

/** `count` distinct village names (two characters + 村), drawn in a seeded order. Combinations
 * that repeat a character or reuse a township's name are left out. */
export function villageNames(rng: Rng, count: number): string[] {
  const taken = new Set(TOWNSHIPS.map((t) => t.name.slice(0, 2)));
  const all: string[] = [];
  for (const s of SURNAMES) for (const e of SURNAME_ENDINGS) all.push(s + e);
  for (const s of PLACE_STARTS) for (const e of PLACE_ENDINGS) if (s !== e) all.push(s + e);
  const pool = all.filter((n) => !taken.has(n));
  if (pool.length < count) throw new Error(`only ${pool.length} village names for ${count} villages`);
  return rng.shuffle(pool).slice(0, count).map((n) => `${n}村`);
}

/** The party committee of a township, which verifies its villages' goals. */
export function townshipCommittee(townshipName: string): string {
  return `${townshipName}党委`;
}
