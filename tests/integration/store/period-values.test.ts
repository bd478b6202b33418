import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, smallCounty, withStore } from './helpers';

// The fast read behind a period's matrix: unit by unit, each unit's indicators in code order
// and its values in that order. Expected values worked from smallCounty's table by hand
// (LEAVES ECO.GDP, ECO.INC, SOC.EDU, BONUS; in code order BONUS, ECO.GDP, ECO.INC, SOC.EDU).

afterEach(cleanup);

const CODE_ORDER = ['BONUS', 'ECO.GDP', 'ECO.INC', 'SOC.EDU'];

describe('periodValues', () => {
  it('reads each unit with its indicators in code order and its values in that order, missing as NaN', () => {
    withStore((store) => {
      store.applyImport(smallCounty(), { fileName: 'a.xlsx', sha256: '1'.repeat(64) });
      const v = store.periodValues('2023');
      expect(v.units).toEqual(['V1', 'V2']);
      expect(v.indicators).toEqual([CODE_ORDER, CODE_ORDER]);
      // Units with the same list share one array.
      expect(v.indicators[0]).toBe(v.indicators[1]);
      // V1 (100, 3, 70, 0) and V2 (80, 4, missing, 1), reordered by code.
      expect([...v.values]).toEqual([0, 100, 3, 70, 1, 80, 4, NaN]);
    });
  });

  it('reads the current rows only: a re-import replaces one unit, the other keeps its values', () => {
    withStore((store) => {
      store.applyImport(smallCounty(), { fileName: 'a.xlsx', sha256: '1'.repeat(64) });
      const again = smallCounty();
      again.observations = again.observations
        .filter((o) => o.period === '2024' && o.unit === 'V1' && o.indicator !== 'BONUS')
        .map((o) => ({ ...o, value: o.indicator === 'ECO.GDP' ? 111 : o.value }));
      store.applyImport(again, { fileName: 'b.xlsx', sha256: '2'.repeat(64) });
      const v = store.periodValues('2024');
      expect(v.units).toEqual(['V1', 'V2']);
      // V1 now has three current rows (its BONUS row was superseded with the pair), V2 four.
      expect(v.indicators).toEqual([['ECO.GDP', 'ECO.INC', 'SOC.EDU'], CODE_ORDER]);
      // V1 (111, 2.5, 75); V2 (90, 3.5, 60, 0) reordered by code.
      expect([...v.values]).toEqual([111, 2.5, 75, 0, 90, 3.5, 60]);
    });
  });

  it('is empty for a period without values', () => {
    withStore((store) => {
      store.applyImport(smallCounty(), { fileName: 'a.xlsx', sha256: '1'.repeat(64) });
      const v = store.periodValues('2030');
      expect(v.units).toEqual([]);
      expect(v.values.length).toBe(0);
    });
  });
});
