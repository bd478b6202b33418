/** Templates of villages' annual goals (赶考目标) in the style of Case A's goal lists: a concrete
 * task with a number, linked to the indicator it moves where there is one. */
import type { GoalStatus } from '../../src-shared/model';
import type { Village, VillageCategory } from './county-units';
import type { Rng } from './random';

export interface GoalContext {
  v: Village;
  rng: Rng;
  status: GoalStatus;
  /** The village's raw value of an indicator in the goal's year and the year before. */
  current: (code: string) => number | null | undefined;
  previous: (code: string) => number | null | undefined;
}

export interface GoalTemplate {
  key: string;
  indicator: string | null;
  /** Only for villages of these plan types. */
  categories?: readonly VillageCategory[];
  /** Relative chance to be chosen (default 1). */
  weight?: number;
  /** A yes/no goal (target 1): done or not, never partly done. */
  binary?: boolean;
  /** Whether the template applies to a village at all. */
  fits?: (ctx: GoalContext) => boolean;
  /** Decimals of target and actual (default 0). */
  decimals?: number;
  /** The target is a value of the linked indicator: the actual is the village's reported value,
   * and the target is set around it according to the status. */
  measured?: boolean;
  /** When done, the linked indicator's value that year is at least the actual. */
  raises?: boolean;
  /** Highest possible actual (e.g. 5 of the five standards). */
  cap?: number;
  target: (ctx: GoalContext) => number;
  title: (target: number, ctx: GoalContext) => string;
}

const stepped = (rng: Rng, lo: number, hi: number, step: number) => lo + step * rng.int(0, Math.round((hi - lo) / step));

const TITLE_LEVELS = ['县级', '市级', '省级'];
const fmt = (x: number, decimals = 0) => x.toFixed(decimals);

/** For a measured goal: a target the value reaches when done, misses otherwise. */
function measuredTarget(ctx: GoalContext, code: string, decimals: number, grain: number): number {
  const actual = ctx.current(code) ?? 0;
  const ratio =
    ctx.status === 'done' ? ctx.rng.uniform(0.82, 0.97)
      : ctx.status === 'partial' ? 1 / ctx.rng.uniform(0.6, 0.95)
        : 1 / ctx.rng.uniform(0.3, 0.5);
  const raw = (actual * ratio) / grain;
  const rounded = (ctx.status === 'done' ? Math.floor(raw) : Math.ceil(raw)) * grain;
  return Number(rounded.toFixed(decimals));
}

export const GOAL_TEMPLATES: readonly GoalTemplate[] = [
  {
    key: 'collective-income', indicator: 'V1.1', measured: true, decimals: 1, weight: 2.5,
    fits: (c) => (c.current('V1.1') ?? 0) >= 0.5,
    target: (c) => measuredTarget(c, 'V1.1', 1, 0.1),
    title: (t) => `村集体经营性收入达到${fmt(t, 1)}万元`,
  },
  {
    key: 'household-income', indicator: 'V5.1', measured: true, weight: 1.5,
    target: (c) => measuredTarget(c, 'V5.1', 0, 100),
    title: (t) => `村民人均可支配收入达到${fmt(t)}元`,
  },
  { key: 'entities', indicator: 'V1.3', target: (c) => c.rng.int(1, 3), title: (t) => `新培育家庭农场或农民合作社${t}个` },
  {
    key: 'land-transfer', indicator: 'V1.4', fits: (c) => c.v.terrain !== '山区',
    target: (c) => stepped(c.rng, 50, 400, 10), title: (t) => `新增土地流转面积${t}亩`,
  },
  {
    key: 'farmland', indicator: null, fits: (c) => c.v.category !== '搬迁撤并' && c.v.terrain !== '山区',
    target: (c) => stepped(c.rng, 100, 800, 50), title: (t) => `建设高标准农田${t}亩`,
  },
  { key: 'toilets', indicator: 'V2.1', weight: 1.5, target: (c) => c.rng.int(10, 60), title: (t) => `完成${t}户农村卫生厕所改造` },
  { key: 'waste', indicator: 'V2.2', target: (c) => c.rng.int(2, 8), title: (t) => `新增垃圾分类收集点${t}个` },
  {
    key: 'sewage', indicator: 'V2.3', fits: (c) => c.v.e > -0.6,
    target: (c) => c.rng.int(1, 2), title: (t) => `建成村级污水处理设施${t}处`,
  },
  { key: 'greening', indicator: 'V2.4', target: (c) => stepped(c.rng, 200, 2000, 50), title: (t) => `新植绿化苗木${t}株` },
  { key: 'clean-up', indicator: 'V2.5', weight: 1.5, target: (c) => c.rng.int(4, 12), title: (t) => `开展人居环境集中整治行动${t}次` },
  {
    key: 'civilized', indicator: 'V3.1', binary: true, raises: true,
    fits: (c) => (c.previous('V3.1') ?? 3) < 3,
    target: () => 1,
    title: (_t, c) => `创建${TITLE_LEVELS[c.previous('V3.1') ?? 0]}文明村`,
  },
  { key: 'culture', indicator: 'V3.2', raises: true, target: (c) => c.rng.int(12, 40), title: (t) => `举办村级文化体育活动${t}场` },
  { key: 'customs', indicator: 'V3.3', target: (c) => c.rng.int(2, 8), title: (t) => `开展移风易俗宣传和红白理事会活动${t}次` },
  {
    key: 'five-strong', indicator: 'V4.1', raises: true, cap: 5,
    fits: (c) => (c.previous('V4.1') ?? 5) < 5,
    target: (c) => Math.min(5, (c.previous('V4.1') ?? 4) + 1),
    title: (t) => `村党组织“五强”标准达标${t}项`,
  },
  { key: 'party-life', indicator: 'V4.2', weight: 1.5, target: (c) => c.rng.int(12, 24), title: (t) => `开展“三会一课”和主题党日活动${t}次` },
  { key: 'disputes', indicator: 'V4.3', target: (c) => c.rng.int(2, 10), title: (t) => `化解矛盾纠纷和信访积案${t}件` },
  { key: 'members', indicator: null, target: (c) => c.rng.int(1, 3), title: (t) => `发展年轻党员${t}名` },
  { key: 'disclosure', indicator: 'V4.5', target: () => 4, title: (t) => `按季度公开党务村务财务${t}次` },
  { key: 'poverty', indicator: 'V5.3', target: (c) => c.rng.int(3, 15), title: (t) => `落实防返贫监测户帮扶措施${t}户` },
  { key: 'tap-water', indicator: 'V5.4', target: (c) => c.rng.int(10, 80), title: (t) => `新增或改造自来水入户${t}户` },
  {
    key: 'roads', indicator: null, decimals: 1,
    target: (c) => Math.round(c.rng.uniform(0.5, 5) * 10) / 10, title: (t) => `硬化村组道路${fmt(t, 1)}公里`,
  },
  { key: 'irrigation', indicator: null, target: (c) => stepped(c.rng, 200, 2000, 50), title: (t) => `修缮灌溉渠系${t}米` },
  { key: 'training', indicator: null, target: (c) => stepped(c.rng, 30, 200, 5), title: (t) => `组织农民实用技能培训${t}人次` },
  { key: 'jobs', indicator: null, target: (c) => c.rng.int(5, 40), title: (t) => `新增就业岗位${t}个` },
  { key: 'street-lights', indicator: null, target: (c) => c.rng.int(10, 60), title: (t) => `安装太阳能路灯${t}盏` },
  // Goals of one plan type.
  {
    key: 'homestays', indicator: 'V1.1', categories: ['城郊融合'], weight: 2.5,
    target: (c) => c.rng.int(2, 8), title: (t) => `发展农家乐和民宿${t}家`,
  },
  {
    key: 'farm-shop', indicator: null, categories: ['城郊融合'], weight: 2.5,
    target: (c) => c.rng.int(1, 3), title: (t) => `建成城郊农产品直销点${t}个`,
  },
  {
    key: 'idle-buildings', indicator: 'V1.1', categories: ['城郊融合'], weight: 2.5,
    target: (c) => stepped(c.rng, 500, 3000, 100), title: (t) => `盘活闲置厂房和集体用房${t}平方米`,
  },
  {
    key: 'old-houses', indicator: null, categories: ['特色保护'], weight: 2.5,
    target: (c) => c.rng.int(2, 10), title: (t) => `修缮传统民居${t}处`,
  },
  {
    key: 'village-museum', indicator: null, categories: ['特色保护'], weight: 2, binary: true,
    target: () => 1, title: () => '建成村史馆',
  },
  {
    key: 'tourists', indicator: null, categories: ['特色保护'], weight: 2.5, decimals: 1,
    target: (c) => Math.round(c.rng.uniform(0.5, 5) * 10) / 10, title: (t) => `接待乡村旅游游客${fmt(t, 1)}万人次`,
  },
  {
    key: 'resettlement', indicator: null, categories: ['搬迁撤并'], weight: 3,
    target: (c) => c.rng.int(5, 40), title: (t) => `完成易地搬迁安置${t}户`,
  },
  {
    key: 'reclamation', indicator: null, categories: ['搬迁撤并'], weight: 2.5,
    target: (c) => c.rng.int(5, 50), title: (t) => `完成旧宅基地复垦${t}亩`,
  },
  {
    key: 'service-centre', indicator: null, categories: ['集聚提升'], weight: 1.5, binary: true,
    target: () => 1, title: () => '建成村级便民服务中心',
  },
  {
    key: 'projects', indicator: 'V1.3', categories: ['集聚提升'], weight: 2,
    target: (c) => c.rng.int(1, 3), title: (t) => `引进农业产业项目${t}个`,
  },
  {
    key: 'cold-storage', indicator: null, categories: ['集聚提升'], weight: 1.5,
    target: (c) => stepped(c.rng, 100, 800, 50), title: (t) => `建设村级冷链仓储设施${t}平方米`,
  },
];

export const STATUS_NOTES: Record<Exclude<GoalStatus, 'done' | 'set'>, readonly string[]> = {
  partial: ['受资金到位滞后影响，仅完成部分', '施工受汛期影响，年底前未全部完工', '项目审批进度滞后，部分完成'],
  missed: ['项目未获上级批复，未能实施', '合作企业退出，目标未完成', '受市场价格下跌影响，未达目标'],
  dropped: ['因村庄规划调整，经乡镇党委同意取消', '项目并入县级统筹实施，经审核取消'],
};
