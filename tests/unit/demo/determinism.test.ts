import { describe, expect, it } from 'vitest';
import { DEMO_SEED, generateCityWorkbook, generateCountyWorkbook } from '../../../scripts/demo';

describe('demo generator determinism', () => {
  it('gives an identical county workbook for the same seed', () => {
    const a = generateCountyWorkbook({ seed: DEMO_SEED });
    const b = generateCountyWorkbook();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gives a different county workbook for a different seed', () => {
    const a = generateCountyWorkbook({ seed: 1 });
    const b = generateCountyWorkbook({ seed: 2 });
    expect(JSON.stringify(a.units)).not.toBe(JSON.stringify(b.units));
    const differing = a.observations.filter((o, i) => o.value !== b.observations[i]?.value).length;
    // Most values change, not a handful.
    expect(differing).toBeGreaterThan(a.observations.length / 2);
    // The indicator tree is the catalog's, whatever the seed.
    expect(a.indicators).toEqual(b.indicators);
  });

  it('gives an identical city workbook for the same seed and a different one otherwise', () => {
    expect(JSON.stringify(generateCityWorkbook({ seed: 5 }))).toBe(JSON.stringify(generateCityWorkbook({ seed: 5 })));
    expect(JSON.stringify(generateCityWorkbook({ seed: 5 }).observations))
      .not.toBe(JSON.stringify(generateCityWorkbook({ seed: 6 }).observations));
  });
});
