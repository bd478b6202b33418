import { toHalfWidth } from './cells';

/** The names docs/workbook-format.md gives sheets and columns, with their Chinese aliases.
 * Matching is case-insensitive after trimming; spaces and hyphens count as underscores
 * (`Typical Min`, `name-en`) and full-width letters as ASCII. */

export type SheetKind = 'indicators' | 'units' | 'data' | 'goals' | 'marks';
export const SHEET_KINDS: readonly SheetKind[] = ['indicators', 'units', 'data', 'goals', 'marks'];
export const REQUIRED_SHEETS: readonly SheetKind[] = ['indicators', 'units', 'data'];
/** The Chinese name of each sheet, as docs/workbook-format.md gives it (for messages). */
export const SHEET_ZH: Record<SheetKind, string> = { indicators: '指标', units: '单位', data: '数据', goals: '目标', marks: '评分' };

const SHEET_ALIASES: Record<SheetKind, string[]> = {
  indicators: ['indicators', 'indicator', '指标', '指标体系'],
  units: ['units', 'unit', '单位', '考核对象'],
  data: ['data', 'observations', '数据'],
  goals: ['goals', 'goal', '目标', '赶考目标'],
  marks: ['marks', 'mark', '评分', '专家评分', '专家评审'],
};

/** Normal form of a header or sheet name for matching. */
export function normaliseName(s: string): string {
  return toHalfWidth(s).trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const sheetByName = new Map<string, SheetKind>();
for (const k of SHEET_KINDS) for (const a of SHEET_ALIASES[k]) sheetByName.set(normaliseName(a), k);

/** The sheet a tab or a CSV file (name without extension) stands for, if any. */
export function sheetKindOf(name: string): SheetKind | null {
  return sheetByName.get(normaliseName(name)) ?? null;
}

/** Columns of each sheet: field -> accepted header names (the first is the canonical one,
 * which export writes). */
export const INDICATOR_COLUMNS = {
  code: ['code', '编码', '指标编码'],
  name: ['name', 'name_zh', '名称', '指标名称'],
  name_en: ['name_en', '英文名称'],
  parent: ['parent', '上级', '上级编码'],
  weight: ['weight', '权重', '分值'],
  direction: ['direction', '方向'],
  unit: ['unit', '单位', '计量单位'],
  kind: ['kind', '类型'],
  scoring: ['scoring', '计分方法'],
  aggregation: ['aggregation', '汇总方式'],
  target: ['target', '目标值'],
  typical_min: ['typical_min'],
  typical_max: ['typical_max'],
  department: ['department', 'source_department_zh', '责任单位'],
  description: ['description', 'note', '说明', '备注'],
} as const;

export const UNIT_COLUMNS = {
  code: ['code', '编码', '单位编码'],
  name: ['name', '名称', '单位名称'],
  parent: ['parent', '上级', '上级编码'],
  level: ['level', '层级'],
  category: ['category', '类别'],
} as const;

/** Prefixes of the units sheet's grouping columns (`group:gdp`). */
export const GROUP_PREFIXES = ['group:', '分组:'];

export const DATA_COLUMNS = {
  unit: ['unit', '单位编码', '单位'],
  /** The unit's name and a row number, for people reading a wide sheet: read past (the units
   * sheet is authoritative), so that an office sheet need not lose them before import. */
  name: ['name', '名称', '单位名称'],
  seq: ['序号', '#'],
  period: ['period', '期间'],
  indicator: ['indicator', '指标', '指标编码'],
  value: ['value', '值', '数值'],
} as const;

export const GOAL_COLUMNS = {
  unit: ['unit', '单位编码', '单位'],
  period: ['period', '期间'],
  code: ['code', '编码', '目标编码'],
  title: ['title', '标题', '目标名称'],
  indicator: ['indicator', '指标', '指标编码'],
  target: ['target', '目标值'],
  actual: ['actual', '实际值', '完成值'],
  status: ['status', '状态'],
  verified_by: ['verified_by', '核验', '核验单位'],
  note: ['note', '说明', '备注'],
} as const;

/** The optional `marks` sheet (专家评分): one row per expert, unit, period and indicator. */
export const MARK_COLUMNS = {
  unit: ['unit', '单位编码', '单位'],
  period: ['period', '期间'],
  indicator: ['indicator', '指标', '指标编码'],
  expert: ['expert', '专家', '评审专家', '评分人'],
  value: ['value', 'mark', '评分', '分数', '得分', '值'],
  note: ['note', '说明', '备注'],
} as const;

export type ColumnSpec = Readonly<Record<string, readonly string[]>>;

const lookupCache = new WeakMap<ColumnSpec, Map<string, string>>();

/** The field a header stands for in a sheet, or null for an unknown column. */
export function fieldOf(spec: ColumnSpec, header: string): string | null {
  let map = lookupCache.get(spec);
  if (!map) {
    map = new Map();
    for (const [field, names] of Object.entries(spec)) for (const n of names) map.set(normaliseName(n), field);
    lookupCache.set(spec, map);
  }
  return map.get(normaliseName(header)) ?? null;
}

/** For a `group:<name>` header, the group's name; null otherwise. */
export function groupNameOf(header: string): string | null {
  const h = header.trim();
  // toHalfWidth maps one character to one, so prefix lengths carry over to the original.
  const lower = toHalfWidth(h).toLowerCase();
  for (const p of GROUP_PREFIXES) {
    if (lower.startsWith(p)) {
      const name = h.slice(p.length).trim();
      return name === '' ? null : name;
    }
  }
  return null;
}
