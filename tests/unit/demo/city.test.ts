import { describe, expect, it } from 'vitest';
import { generateCityWorkbook } from '../../../scripts/demo';

const wb = generateCityWorkbook();
const counties = wb.units.filter((u) => u.level === 'county');
const byCode = new Map(wb.indicators.map((i) => [i.code, i]));

describe('demo city', () => {
  it('has one city and about 12 counties of three classes', () => {
    expect(wb.units.filter((u) => u.level === 'city')).toHaveLength(1);
    expect(counties.length).toBeGreaterThanOrEqual(10);
    expect(counties.length).toBeLessThanOrEqual(14);
    expect(new Set(counties.map((c) => c.category))).toEqual(new Set(['百强县', '农业县', '生态县']));
    expect(new Set(counties.map((c) => c.name)).size).toBe(counties.length);
  });

  it('uses the city catalog (C codes) and annual periods only, no goals', () => {
    expect(wb.indicators.every((i) => i.code.startsWith('C'))).toBe(true);
    const periods = [...new Set(wb.observations.map((o) => o.period))];
    expect(periods.length).toBeGreaterThanOrEqual(2);
    expect(periods.every((p) => /^\d{4}$/.test(p))).toBe(true);
    expect(wb.goals).toEqual([]);
    const leaves = wb.indicators.filter((i) => !wb.indicators.some((c) => c.parent === i.code));
    expect(wb.observations).toHaveLength(periods.length * counties.length * leaves.length);
  });

  it('keeps every value within the typical range', () => {
    const outside = wb.observations.filter((o) => {
      const ind = byCode.get(o.indicator);
      return o.value === null || !ind || o.value < (ind.typicalMin ?? -Infinity) || o.value > (ind.typicalMax ?? Infinity);
    });
    expect(outside).toEqual([]);
  });

  it('has a few adjustments', () => {
    const nonZero = wb.observations.filter((o) => byCode.get(o.indicator)?.kind !== 'indicator' && o.value !== 0);
    expect(nonZero.length).toBeGreaterThanOrEqual(3);
    expect(nonZero.length).toBeLessThanOrEqual(40);
  });
});
