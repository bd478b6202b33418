import { afterEach, describe, expect, it } from 'vitest';
import { KaopingError } from '../../../src-shared/api/errors';
import type { Mark, Workbook } from '../../../src-shared/model';
import { openDatabase } from '../../../src-main/store/db';
import { appliedMigrations } from '../../../src-main/store/migrate';
import { cleanup, count, node, smallCounty, withStore } from './helpers';

afterEach(cleanup);

const META = { fileName: 'county.xlsx', sha256: 'd'.repeat(64), user: 'tester' };

const mark = (unit: string, period: string, indicator: string, expert: string, value: number, note: string | null = null): Mark => ({
  unit, period, indicator, expert, value, note,
});

/** The small county with marks on SOC.EDU (2023, 2024) and on ECO.GDP (2024), listed in the
 * store's reading order: period, unit position, indicator position, then as imported. */
function countyWithMarks(): Workbook {
  return {
    ...smallCounty(),
    marks: [
      mark('V1', '2023', 'SOC.EDU', 'A', 70),
      mark('V1', '2024', 'ECO.GDP', 'A', 50),
      mark('V1', '2024', 'SOC.EDU', 'B', 80, '材料齐全'),
      mark('V1', '2024', 'SOC.EDU', 'A', 90),
      mark('V1', '2024', 'SOC.EDU', 'C', 60),
      mark('V2', '2024', 'SOC.EDU', 'A', 65),
    ],
  };
}



describe('expert marks in the store', () => {
  it('come with migration 002', () => {
    withStore((store, path) => {
      store.close();
      const db = openDatabase(path);
      // later migrations (003 peer groups, 004 scenarios, …) follow; 002 is the marks one
      expect(appliedMigrations(db).map((m) => [m.version, m.name]).slice(0, 2)).toEqual([[1, 'init'], [2, 'marks']]);
      db.close();
    });
  });

  it('are written and read back unchanged, per period and in the workbook', () => {
    withStore((store) => {
      const wb = countyWithMarks();
      const summary = store.applyImport(wb, META);
      expect(summary.marks).toBe(6);
      expect(store.listMarks()).toEqual(wb.marks);
      expect(store.listMarks('2023')).toEqual(wb.marks!.slice(0, 1));
      expect(store.listMarks('2024')).toEqual(wb.marks!.slice(1));
      expect(store.readWorkbook()).toEqual(wb);
    });
  });

  it('a workbook without marks reads back without a marks list, and its summary has no count', () => {
    withStore((store) => {
      const summary = store.applyImport(smallCounty(), META);
      expect('marks' in summary).toBe(false);
      expect(store.listMarks()).toEqual([]);
      expect('marks' in store.readWorkbook()).toBe(false);
    });
  });

  it('a re-import supersedes the marks of each (unit, period) it holds; history stays', () => {
    withStore((store, path) => {
      const wb = countyWithMarks();
      const first = store.applyImport(wb, META);
      // V1 2024 again, with only two marks on SOC.EDU (A changed, D new): V1's 2024 marks on
      // ECO.GDP and from B and C go too, as a set. V2 2024 and V1 2023 are not in the file.
      const again: Workbook = {
        ...smallCounty(),
        observations: [],
        goals: [],
        marks: [mark('V1', '2024', 'SOC.EDU', 'A', 95), mark('V1', '2024', 'SOC.EDU', 'D', 85)],
      };
      const second = store.applyImport(again, { ...META, sha256: 'e'.repeat(64) });
      expect(second.marks).toBe(2);
      expect(store.listMarks()).toEqual([wb.marks![0], ...again.marks!, wb.marks![5]]);

      const [imp1, imp2] = store.listImports();
      expect(store.markHistory('V1', 'SOC.EDU', '2024', 'A')).toEqual([
        { value: 90, note: null, importId: first.importId, at: imp1.at, supersededAt: imp2.at },
        { value: 95, note: null, importId: second.importId, at: imp2.at, supersededAt: null },
      ]);
      expect(store.markHistory('V1', 'SOC.EDU', '2024', 'B')).toEqual([
        { value: 80, note: '材料齐全', importId: 1, at: imp1.at, supersededAt: imp2.at },
      ]);

      // A third import without marks leaves them alone.
      store.applyImport(smallCounty(), { ...META, sha256: 'f'.repeat(64) });
      expect(store.listMarks()).toEqual([wb.marks![0], ...again.marks!, wb.marks![5]]);

      store.close();
      // Nothing deleted: 6 + 2 rows, the 4 of V1 2024 superseded by import 2.
      expect(count(path, 'SELECT count(*) FROM marks')).toBe(8);
      expect(count(path, 'SELECT count(*) FROM marks WHERE superseded_by_import = 2')).toBe(4);
      expect(count(path, 'SELECT count(*) FROM marks WHERE superseded_by_import IS NULL')).toBe(4);
    });
  });

  it('keep an indicator that a later tree drops: it is retired, and its marks leave the current lists', () => {
    withStore((store) => {
      const wb = smallCounty();
      wb.indicators.push(node('ECO.EXP', 'ECO', 6));
      store.applyImport({ ...wb, marks: [mark('V1', '2024', 'ECO.EXP', 'A', 7)] }, META);
      const tree = wb.indicators.filter((n) => n.code !== 'ECO.EXP');
      const summary = store.applyImport({ ...smallCounty(), indicators: tree }, META);
      expect(summary.retired).toEqual(['ECO.EXP']);
      expect(store.listMarks()).toEqual([]);
      expect(store.markHistory('V1', 'ECO.EXP', '2024', 'A').map((v) => v.value)).toEqual([7]);
    });
  });

  it('refuse a mark on an indicator outside the workbook’s tree, writing nothing', () => {
    withStore((store) => {
      let error: unknown;
      try {
        store.applyImport({ ...smallCounty(), marks: [mark('V1', '2024', 'NOPE', 'A', 1)] }, META);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(KaopingError);
      expect((error as KaopingError).key).toBe('store.unknownIndicator');
      expect(store.isEmpty()).toBe(true);
    });
  });

  it('record the periods of marks even when no value has them', () => {
    withStore((store) => {
      store.applyImport({ ...smallCounty(), marks: [mark('V1', '2025Q1', 'SOC.EDU', 'A', 80)] }, META);
      expect(store.listPeriods().map((p) => [p.code, p.observations])).toEqual([['2023', 8], ['2024', 8], ['2025Q1', 0]]);
      expect(store.listMarks('2025Q1')).toHaveLength(1);
    });
  });
});
