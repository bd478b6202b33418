import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src-main/store';
import type { Observation, Workbook } from '../../../src-shared/model';
import { cleanup, count, goal, readAsemFolder, smallCounty, withStore } from './helpers';

afterEach(cleanup);

const META = { fileName: 'county.xlsx', sha256: 'a'.repeat(64), user: 'tester' };



describe('applyImport', () => {
  it('writes a workbook and reads it back unchanged', () => {
    withStore((store) => {
      expect(store.isEmpty()).toBe(true);
      const wb = smallCounty();
      const summary = store.applyImport(wb, META);
      expect(summary).toEqual({
        importId: 1,
        superseded: 0,
        observations: 2 * 2 * 4, // 2 periods x 2 villages x 4 leaves, the missing one included
        goals: 3,
        units: 3,
        indicators: 6,
        periods: ['2023', '2024'],
        retired: [],
      });
      expect(store.isEmpty()).toBe(false);
      expect(store.readWorkbook()).toEqual(wb);
      expect(store.listUnits()).toEqual(wb.units);
      expect(store.listIndicators()).toEqual(wb.indicators);
      expect(store.listGoals('2024')).toEqual(wb.goals.filter((g) => g.period === '2024'));
      // A missing value is a NULL row, not a zero and not an absent row.
      expect(store.currentObservations('2023')).toContainEqual({ unit: 'V2', period: '2023', indicator: 'SOC.EDU', value: null });
      expect(store.listPeriods()).toEqual([
        { code: '2023', kind: 'year', year: 2023, observations: 8 },
        { code: '2024', kind: 'year', year: 2024, observations: 8 },
      ]);
      const [record] = store.listImports();
      expect(record).toMatchObject({ id: 1, user: 'tester', fileName: 'county.xlsx', sha256: META.sha256, period: null, summary });
    });
  });

  it('orders periods by year, then year < half < quarter, and counts their current observations', () => {
    withStore((store) => {
      const wb = smallCounty();
      const v1 = (period: string, n: number): Observation[] =>
        ['ECO.GDP', 'ECO.INC', 'SOC.EDU', 'BONUS'].slice(0, n).map((indicator) => ({ unit: 'V1', period, indicator, value: 1 }));
      wb.observations = [...v1('2024Q1', 1), ...v1('2023', 2), ...v1('2024', 3), ...v1('2024H1', 4)];
      wb.goals = [goal('V2', '2022', 'G0')];
      const summary = store.applyImport(wb, { ...META, period: '2024Q1' });
      expect(summary.periods).toEqual(['2022', '2023', '2024', '2024H1', '2024Q1']);
      expect(store.listPeriods().map((p) => [p.code, p.kind, p.year, p.observations])).toEqual([
        ['2022', 'year', 2022, 0],
        ['2023', 'year', 2023, 2],
        ['2024', 'year', 2024, 3],
        ['2024H1', 'half', 2024, 4],
        ['2024Q1', 'quarter', 2024, 1],
      ]);
      expect(store.listImports()[0].period).toBe('2024Q1');
      // Without a period, observations come period by period in that order.
      expect(store.currentObservations().map((o) => o.period)).toEqual([
        '2023', '2023', '2024', '2024', '2024', '2024H1', '2024H1', '2024H1', '2024H1', '2024Q1',
      ]);
    });
  });

  it('re-import supersedes the values of the (unit, period) pairs it holds and keeps history', () => {
    withStore((store, path) => {
      const wb = smallCounty();
      const first = store.applyImport(wb, META);
      // The second file: only village V1 in 2024, with new values, one now missing.
      const again: Workbook = {
        ...smallCounty(),
        observations: [
          { unit: 'V1', period: '2024', indicator: 'ECO.GDP', value: 111 },
          { unit: 'V1', period: '2024', indicator: 'ECO.INC', value: 2.4 },
          { unit: 'V1', period: '2024', indicator: 'SOC.EDU', value: null },
          { unit: 'V1', period: '2024', indicator: 'BONUS', value: 3 },
        ],
        goals: [
          goal('V1', '2024', 'G1', { indicator: 'ECO.GDP', target: 120, actual: 125, status: 'done' }),
          goal('V1', '2024', 'G3', { title: '新增目标' }),
        ],
      };
      const second = store.applyImport(again, { ...META, fileName: 'v1-2024.xlsx', sha256: 'b'.repeat(64) });
      // V1 had 4 current values in 2024; V2's 2024 values and all of 2023 stay current.
      expect(second).toMatchObject({ importId: 2, superseded: 4, observations: 4, goals: 2, periods: ['2024'] });

      const expected2024 = [
        ...again.observations,
        ...wb.observations.filter((o) => o.period === '2024' && o.unit === 'V2'),
      ];
      expect(store.currentObservations('2024')).toEqual(expected2024);
      expect(store.currentObservations('2023')).toEqual(wb.observations.filter((o) => o.period === '2023'));
      expect(store.listPeriods().map((p) => p.observations)).toEqual([8, 8]);

      const [imp1, imp2] = store.listImports();
      expect(store.observationHistory('V1', 'ECO.GDP', '2024')).toEqual([
        { value: 110, importId: first.importId, at: imp1.at, supersededAt: imp2.at },
        { value: 111, importId: second.importId, at: imp2.at, supersededAt: null },
      ]);
      expect(store.observationHistory('V1', 'SOC.EDU', '2024').map((v) => v.value)).toEqual([75, null]);
      expect(store.observationHistory('V2', 'ECO.GDP', '2024')).toEqual([
        { value: 90, importId: 1, at: imp1.at, supersededAt: null },
      ]);

      // V1's 2024 goals were replaced as a set (G1 updated, G3 added); the rest untouched.
      expect(store.listGoals()).toEqual([wb.goals[0], ...again.goals, wb.goals[2]]);

      store.close();
      // Nothing deleted: 16 + 4 observation rows, 4 of them superseded; 3 + 2 goal rows.
      expect(count(path, 'SELECT count(*) FROM observations')).toBe(20);
      expect(count(path, 'SELECT count(*) FROM observations WHERE superseded_by_import = 2')).toBe(4);
      expect(count(path, 'SELECT count(*) FROM goals')).toBe(5);
      expect(count(path, 'SELECT count(*) FROM goals WHERE superseded_by_import IS NOT NULL')).toBe(1);
    });
  });

  it('re-importing the same file twice supersedes every value once and changes nothing current', () => {
    withStore((store) => {
      const wb = smallCounty();
      store.applyImport(wb, META);
      expect(store.applyImport(wb, META).superseded).toBe(16);
      expect(store.readWorkbook()).toEqual(wb);
      expect(store.observationHistory('V1', 'BONUS', '2023').map((v) => v.importId)).toEqual([1, 2]);
    });
  });

  it('updates units by code and keeps units the new file does not list', () => {
    withStore((store) => {
      const wb = smallCounty();
      store.applyImport(wb, META);
      const renamed = { ...wb.units[1], name: '新村', category: '特色保护', groups: { gdp: 'M' }, position: 0 };
      store.applyImport({ ...wb, units: [renamed], observations: [], goals: [] }, META);
      expect(store.listUnits()).toEqual([wb.units[0], renamed, wb.units[2]]);
    });
  });

  it('imports the ASEM fixture: 51 units x 49 indicators, 63 values missing', () => {
    withStore((store) => {
      const wb = readAsemFolder(fileURLToPath(new URL('../../fixtures/asem/workbook', import.meta.url)));
      const summary = store.applyImport(wb, META);
      expect(summary).toMatchObject({ observations: 51 * 49, units: 51, indicators: wb.indicators.length, periods: ['2018'] });
      const current = store.currentObservations('2018');
      expect(current).toHaveLength(51 * 49);
      expect(current.filter((o) => o.value === null)).toHaveLength(63);
      expect(store.readWorkbook().observations).toEqual(current);
      expect(new Set(current.map((o) => JSON.stringify(o)))).toEqual(new Set(wb.observations.map((o) => JSON.stringify(o))));
    });
  });

  it('works on a throw-away in-memory database', () => {
    const store = openStore(':memory:', { user: 'ci' });
    store.applyImport(smallCounty(), META);
    expect(store.readWorkbook()).toEqual(smallCounty());
    expect(store.user).toBe('ci');
    store.close();
  });
});
