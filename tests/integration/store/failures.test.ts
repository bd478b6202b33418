import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src-main/store';
import type { Workbook } from '../../../src-shared/model';
import { cleanup, node, sha256File, smallCounty, tempDir } from './helpers';

afterEach(cleanup);

const META = { fileName: 'bad.xlsx', sha256: 'f'.repeat(64), user: 'tester' };

/** A database holding one good import, closed (so the WAL is checkpointed into the file). */
function seeded(): string {
  const path = join(tempDir(), 'k.db');
  const store = openStore(path);
  store.applyImport(smallCounty(), { ...META, fileName: 'good.xlsx' });
  store.close();
  return path;
}

/** Asserts that `bad` fails to import and that the database file is byte-for-byte the same. */
function expectUntouched(bad: Workbook, error: RegExp): void {
  const path = seeded();
  expect(existsSync(`${path}-wal`)).toBe(false);
  const before = sha256File(path);

  const store = openStore(path);
  expect(() => store.applyImport(bad, META)).toThrow(error);
  // The connection stays usable and sees the old state.
  expect(store.readWorkbook()).toEqual(smallCounty());
  expect(store.listImports()).toHaveLength(1);
  expect(store.listAudit()).toHaveLength(1);
  store.close();

  expect(existsSync(`${path}-wal`)).toBe(false);
  expect(sha256File(path)).toBe(before);
}

/** The next file: a changed tree (SOC.EDU dropped, so retiring happens before the failure),
 * a renamed unit, new 2024 values. */
function nextWorkbook(): Workbook {
  const wb = smallCounty();
  wb.indicators = wb.indicators.filter((n) => n.code !== 'SOC.EDU');
  wb.units[1] = { ...wb.units[1], name: '改名村' };
  wb.observations = wb.observations.filter((o) => o.period === '2024' && o.indicator !== 'SOC.EDU').map((o) => ({ ...o, value: 1 }));
  return wb;
}

describe('a failing import writes nothing', () => {
  it('opening and closing a database, with no write, leaves its file unchanged', () => {
    const path = seeded();
    const before = sha256File(path);
    openStore(path).close();
    expect(sha256File(path)).toBe(before);
  });

  it('the next workbook imports fine (the failures below come from the one fault each adds)', () => {
    const path = seeded();
    const store = openStore(path);
    expect(store.applyImport(nextWorkbook(), META).retired).toEqual(['SOC.EDU']);
    store.close();
  });

  it('an observation naming an indicator that is not in the tree', () => {
    const wb = nextWorkbook();
    wb.observations.push({ unit: 'V1', period: '2024', indicator: 'SOC.EDU', value: 5 });
    expectUntouched(wb, /store\.unknownIndicator/);
  });

  it('an observation naming an unknown unit (a foreign key, mid-transaction)', () => {
    const wb = nextWorkbook();
    wb.observations.push({ unit: 'V9', period: '2024', indicator: 'ECO.GDP', value: 5 });
    expectUntouched(wb, /FOREIGN KEY/);
  });

  it('a node whose parent is missing (a deferred foreign key, failing at commit)', () => {
    const wb = nextWorkbook();
    wb.indicators.push(node('ORPHAN', 'NO.SUCH.PARENT', 9));
    expectUntouched(wb, /FOREIGN KEY/);
  });

  it('the same cell twice in one workbook', () => {
    const wb = nextWorkbook();
    wb.observations.push({ ...wb.observations[0], value: 99 });
    expectUntouched(wb, /UNIQUE/);
  });

  it('a goal with a status the format does not know, after everything else was written', () => {
    const wb = nextWorkbook();
    wb.goals.push({ ...wb.goals[0], code: 'BAD', status: 'unknown' as never });
    expectUntouched(wb, /CHECK/);
  });

  it('a goal naming an indicator that is not in the tree', () => {
    const wb = nextWorkbook();
    wb.goals.push({ ...wb.goals[0], code: 'G7', indicator: 'NOPE' });
    expectUntouched(wb, /store\.unknownIndicator/);
  });
});
