import { describe, expect, it } from 'vitest';
import { generateCountyWorkbook } from '../../../scripts/demo';
import { GOAL_STATUSES } from '../../../src-shared/model';

const wb = generateCountyWorkbook();
const villages = wb.units.filter((u) => u.level === 'village');
const unitByCode = new Map(wb.units.map((u) => [u.code, u]));

describe('demo county: goals', () => {
  it('has about 1,900 goals for the latest year, 5-10 per village', () => {
    expect(wb.goals.length).toBeGreaterThanOrEqual(1800);
    expect(wb.goals.length).toBeLessThanOrEqual(2000);
    expect(new Set(wb.goals.map((g) => g.period))).toEqual(new Set(['2025']));
    for (const v of villages) {
      const n = wb.goals.filter((g) => g.unit === v.code).length;
      expect(n).toBeGreaterThanOrEqual(5);
      expect(n).toBeLessThanOrEqual(10);
    }
  });

  it('has about 98% of goals done, the others partial, missed or dropped', () => {
    const done = wb.goals.filter((g) => g.status === 'done').length;
    expect(done / wb.goals.length).toBeGreaterThan(0.97);
    expect(done / wb.goals.length).toBeLessThan(0.995);
    for (const g of wb.goals) expect(GOAL_STATUSES).toContain(g.status);
    for (const s of ['partial', 'missed', 'dropped']) expect(wb.goals.some((g) => g.status === s)).toBe(true);
  });

  it('has unique codes, Chinese titles and consistent target/actual', () => {
    expect(new Set(wb.goals.map((g) => g.code)).size).toBe(wb.goals.length);
    for (const g of wb.goals) {
      expect(g.title).toMatch(/\p{Script=Han}/u);
      expect(g.target).not.toBeNull();
      const target = g.target ?? 0;
      if (g.status === 'done') expect(g.actual ?? -1).toBeGreaterThanOrEqual(target);
      if (g.status === 'partial' || g.status === 'missed') expect(g.actual ?? Infinity).toBeLessThan(target);
      if (g.status === 'dropped') expect(g.actual).toBeNull();
    }
  });

  it('links goals to existing indicators where set, and has the township party committee verify', () => {
    const codes = new Set(wb.indicators.map((i) => i.code));
    const linked = wb.goals.filter((g) => g.indicator !== null);
    expect(linked.length).toBeGreaterThan(wb.goals.length / 3);
    for (const g of linked) expect(codes.has(g.indicator ?? '')).toBe(true);
    for (const g of wb.goals) {
      const township = unitByCode.get(unitByCode.get(g.unit)?.parent ?? '');
      expect(g.verifiedBy).toBe(`${township?.name}党委`);
    }
  });

  it('reports V6.1 of the latest year as each village’s share of goals done', () => {
    let checked = 0;
    for (const v of villages) {
      const mine = wb.goals.filter((g) => g.unit === v.code);
      const expected = Math.round((1000 * mine.filter((g) => g.status === 'done').length) / mine.length) / 10;
      const obs = wb.observations.find((o) => o.period === '2025' && o.unit === v.code && o.indicator === 'V6.1');
      if (obs?.value === null || obs === undefined) continue;
      expect(obs.value).toBeCloseTo(Math.max(60, expected), 6);
      checked++;
    }
    expect(checked).toBeGreaterThan(240);
  });
});
