import { describe, expect, it } from 'vitest';
import { generateCountyWorkbook } from '../../../scripts/demo';
import { column, median, pearson, present } from './stats';

const wb = generateCountyWorkbook();
const villages = wb.units.filter((u) => u.level === 'village').map((u) => u.code);
const byCode = new Map(wb.indicators.map((i) => [i.code, i]));
const isAdjustment = (code: string) => byCode.get(code)?.kind !== 'indicator';

describe('demo county: values', () => {
  it('keeps every value within the indicator’s typical_min and typical_max', () => {
    const outside = wb.observations.filter((o) => {
      const ind = byCode.get(o.indicator);
      if (o.value === null || !ind) return false;
      return o.value < (ind.typicalMin ?? -Infinity) || o.value > (ind.typicalMax ?? Infinity);
    });
    expect(outside).toEqual([]);
  });

  it('reports counts, levels and yuan as integers, percentages with at most one decimal', () => {
    for (const o of wb.observations) {
      if (o.value === null || isAdjustment(o.indicator)) continue;
      const unit = byCode.get(o.indicator)?.unit;
      if (unit && ['个', '次', '项', '级', '元'].includes(unit)) expect(Number.isInteger(o.value)).toBe(true);
      if (unit === '%') expect(Math.abs(o.value * 10 - Math.round(o.value * 10))).toBeLessThan(1e-9);
    }
  });

  it('leaves between 1% and 3% of ordinary cells missing, and no adjustment', () => {
    const ordinary = wb.observations.filter((o) => !isAdjustment(o.indicator));
    const missing = ordinary.filter((o) => o.value === null).length;
    expect(missing / ordinary.length).toBeGreaterThan(0.01);
    expect(missing / ordinary.length).toBeLessThan(0.03);
    expect(wb.observations.filter((o) => isAdjustment(o.indicator) && o.value === null)).toEqual([]);
  });

  it('correlates level indicators with each other (endowment)', () => {
    for (const year of ['2023', '2024', '2025']) {
      const collective = column(wb, year, 'V1.1', villages);
      expect(pearson(collective, column(wb, year, 'V5.1', villages))).toBeGreaterThan(0.3);
      expect(pearson(column(wb, year, 'V2.1', villages), column(wb, year, 'V5.4', villages))).toBeGreaterThan(0.3);
    }
  });

  it('does not make growth a copy of the level', () => {
    for (const year of ['2023', '2024', '2025']) {
      expect(Math.abs(pearson(column(wb, year, 'V5.2', villages), column(wb, year, 'V5.1', villages)))).toBeLessThan(0.5);
      expect(Math.abs(pearson(column(wb, year, 'V1.2', villages), column(wb, year, 'V1.1', villages)))).toBeLessThan(0.5);
    }
  });

  it('makes each year follow the last (temporal persistence)', () => {
    for (const code of ['V1.1', 'V2.1', 'V5.1', 'V7.1']) {
      expect(pearson(column(wb, '2024', code, villages), column(wb, '2025', code, villages))).toBeGreaterThan(0.6);
    }
  });

  it('computes V1.2 as the change of V1.1 against the year before', () => {
    // Growth in 2025 = 100 × (income 2025 / income 2024 − 1), up to rounding and the 100% cap.
    const prev = column(wb, '2024', 'V1.1', villages);
    const now = column(wb, '2025', 'V1.1', villages);
    const growth = column(wb, '2025', 'V1.2', villages);
    let checked = 0;
    villages.forEach((_, i) => {
      const [p, n, g] = [prev[i], now[i], growth[i]];
      if (p === null || n === null || g === null) return;
      const expected = Math.min(100, 100 * (n / p - 1));
      expect(Math.abs(g - expected)).toBeLessThan(0.06);
      checked++;
    });
    expect(checked).toBeGreaterThan(200);
  });

  it('skews collective income: about two thirds of villages under 5万元 at first, fewer later', () => {
    const weakShare = (year: string) => {
      const xs = present(column(wb, year, 'V1.1', villages));
      return xs.filter((x) => x < 5).length / xs.length;
    };
    expect(weakShare('2023')).toBeGreaterThan(0.58);
    expect(weakShare('2023')).toBeLessThan(0.75);
    expect(weakShare('2025')).toBeLessThan(weakShare('2023'));
    const xs = present(column(wb, '2023', 'V1.1', villages));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean).toBeGreaterThan(1.5 * median(xs)); // right-skewed
  });

  it('spreads income growth from -30 to 100 with a few extreme small-base values', () => {
    const all = ['2023', '2024', '2025'].flatMap((y) => column(wb, y, 'V1.2', villages).map((g, i) => ({ g, i, y })));
    const extreme = all.filter((x) => x.g !== null && x.g >= 60);
    expect(extreme.length).toBeGreaterThan(0);
    expect(extreme.length).toBeLessThan(all.length * 0.1);
    // The extreme growth rates start from small bases.
    for (const { i, y } of extreme) {
      const before = y === '2023' ? null : column(wb, String(Number(y) - 1), 'V1.1', villages)[i];
      if (before !== null) expect(before).toBeLessThan(10);
    }
    expect(present(all.map((x) => x.g)).some((g) => g < 0)).toBe(true);
  });

  it('makes peri-urban villages richer than relocation villages', () => {
    const cat = new Map(wb.units.map((u) => [u.code, u.category]));
    const income = column(wb, '2025', 'V5.1', villages);
    const of = (c: string) => present(income.filter((_, i) => cat.get(villages[i]) === c));
    expect(median(of('城郊融合'))).toBeGreaterThan(median(of('搬迁撤并')) * 1.1);
  });

  it('puts survey rates around 85-95%', () => {
    for (const code of ['V7.1', 'V7.2', 'V7.3', 'V7.4']) {
      const m = median(present(column(wb, '2025', code, villages)));
      expect(m).toBeGreaterThan(85);
      expect(m).toBeLessThan(95);
    }
  });
});

describe('demo county: adjustments', () => {
  const entries = (prefix: string, year: string) =>
    new Set(wb.observations.filter((o) => o.period === year && o.indicator.startsWith(prefix) && (o.value ?? 0) > 0).map((o) => o.unit));

  it('gives bonus and penalty points to a few dozen villages each year, within caps', () => {
    for (const year of ['2023', '2024', '2025']) {
      expect(entries('VB', year).size).toBeGreaterThanOrEqual(12);
      expect(entries('VB', year).size).toBeLessThanOrEqual(60);
      expect(entries('VP', year).size).toBeGreaterThanOrEqual(12);
      expect(entries('VP', year).size).toBeLessThanOrEqual(60);
    }
  });

  it('vetoes 2-4 villages in the latest year only, with 1 as the value', () => {
    expect(entries('VV', '2025').size).toBeGreaterThanOrEqual(2);
    expect(entries('VV', '2025').size).toBeLessThanOrEqual(4);
    expect(entries('VV', '2024').size).toBe(0);
    expect(entries('VV', '2023').size).toBe(0);
    const vetoValues = new Set(wb.observations.filter((o) => o.indicator.startsWith('VV')).map((o) => o.value));
    expect(vetoValues).toEqual(new Set([0, 1]));
  });
});
