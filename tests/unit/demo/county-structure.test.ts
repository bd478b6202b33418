import { describe, expect, it } from 'vitest';
import { generateCountyWorkbook, VILLAGE_CATEGORIES } from '../../../scripts/demo';

const wb = generateCountyWorkbook();
const county = wb.units.filter((u) => u.level === 'county');
const townships = wb.units.filter((u) => u.level === 'township');
const villages = wb.units.filter((u) => u.level === 'village');
const leafCodes = new Set(wb.indicators.filter((i) => !wb.indicators.some((c) => c.parent === i.code)).map((i) => i.code));

describe('demo county: units', () => {
  it('has one county, about 15 townships and about 260 villages', () => {
    expect(county).toHaveLength(1);
    expect(townships.length).toBeGreaterThanOrEqual(13);
    expect(townships.length).toBeLessThanOrEqual(17);
    expect(villages.length).toBeGreaterThanOrEqual(240);
    expect(villages.length).toBeLessThanOrEqual(280);
    expect(wb.units).toHaveLength(1 + townships.length + villages.length);
  });

  it('links townships to the county and villages to townships', () => {
    for (const t of townships) expect(t.parent).toBe(county[0].code);
    const townshipCodes = new Set(townships.map((t) => t.code));
    for (const v of villages) expect(townshipCodes.has(v.parent ?? '')).toBe(true);
    // Every township has villages.
    for (const t of townships) expect(villages.some((v) => v.parent === t.code)).toBe(true);
  });

  it('names townships 乡/镇 and villages with two characters + 村, all unique', () => {
    for (const t of townships) expect(t.name).toMatch(/^..[乡镇]$/u);
    for (const v of villages) expect(v.name).toMatch(/^..村$/u);
    expect(new Set(villages.map((v) => v.name)).size).toBe(villages.length);
    expect(new Set(wb.units.map((u) => u.code)).size).toBe(wb.units.length);
  });

  it('gives villages the four plan types with the intended shares', () => {
    const share = (c: string) => villages.filter((v) => v.category === c).length / villages.length;
    for (const v of villages) expect(VILLAGE_CATEGORIES).toContain(v.category);
    expect(share('集聚提升')).toBeCloseTo(0.45, 1);
    expect(share('城郊融合')).toBeCloseTo(0.15, 1);
    expect(share('特色保护')).toBeCloseTo(0.15, 1);
    expect(share('搬迁撤并')).toBeCloseTo(0.25, 1);
  });

  it('clusters peri-urban villages in the townships nearest the seat (listed first)', () => {
    // Townships are listed from the county seat outwards: the first third should hold most
    // 城郊融合 villages, the last third most 搬迁撤并 villages.
    const third = Math.floor(townships.length / 3);
    const near = new Set(townships.slice(0, third).map((t) => t.code));
    const far = new Set(townships.slice(-third).map((t) => t.code));
    const peri = villages.filter((v) => v.category === '城郊融合');
    const reloc = villages.filter((v) => v.category === '搬迁撤并');
    expect(peri.filter((v) => near.has(v.parent ?? '')).length / peri.length).toBeGreaterThan(0.6);
    expect(reloc.filter((v) => far.has(v.parent ?? '')).length / reloc.length).toBeGreaterThan(0.5);
  });

  it('has a 地形 group on every village', () => {
    for (const v of villages) expect(['平原', '丘陵', '山区']).toContain(v.groups['地形']);
    expect(new Set(villages.map((v) => v.groups['地形'])).size).toBe(3);
  });
});

describe('demo county: periods and data rows', () => {
  it('has the three years and the current year’s first three quarters', () => {
    expect([...new Set(wb.observations.map((o) => o.period))]).toEqual(['2023', '2024', '2025', '2026Q1', '2026Q2', '2026Q3']);
  });

  it('has data only for villages, only for leaf indicators, one cell each', () => {
    const villageCodes = new Set(villages.map((v) => v.code));
    expect(wb.observations.filter((o) => !villageCodes.has(o.unit))).toEqual([]);
    expect(wb.observations.filter((o) => !leafCodes.has(o.indicator))).toEqual([]);
    const keys = new Set(wb.observations.map((o) => `${o.period}|${o.unit}|${o.indicator}`));
    expect(keys.size).toBe(wb.observations.length);
  });

  it('has every leaf for every village in each year', () => {
    for (const year of ['2023', '2024', '2025']) {
      expect(wb.observations.filter((o) => o.period === year)).toHaveLength(villages.length * leafCodes.size);
    }
  });

  it('carries only a few process indicators in the quarters, none of them adjustments', () => {
    const quarterly = new Set(wb.observations.filter((o) => o.period.includes('Q')).map((o) => o.indicator));
    expect(quarterly.size).toBeGreaterThanOrEqual(3);
    expect(quarterly.size).toBeLessThanOrEqual(6);
    for (const code of ['V2.5', 'V4.2', 'V6.1', 'V6.4']) expect(quarterly.has(code)).toBe(true);
    const kinds = new Map(wb.indicators.map((i) => [i.code, i.kind]));
    for (const code of quarterly) expect(kinds.get(code)).toBe('indicator');
    for (const q of ['2026Q1', '2026Q2', '2026Q3']) {
      expect(wb.observations.filter((o) => o.period === q)).toHaveLength(villages.length * quarterly.size);
    }
  });
});
