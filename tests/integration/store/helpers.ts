import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { openStore, type Store } from '../../../src-main/store';
import { openDatabase } from '../../../src-main/store/db';
import { makeIndicator, type Goal, type Indicator, type Observation, type Unit, type Workbook } from '../../../src-shared/model';

/** A fresh folder under the OS temp dir; `cleanup` removes every folder made so far. */
const made: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-store-'));
  made.push(dir);
  return dir;
}
export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function node(code: string, parent: string | null, position: number, extra: Partial<Indicator> = {}): Indicator {
  return makeIndicator(code, { name: `name of ${code}`, parent, position, ...extra });
}

export function unit(code: string, position: number, extra: Partial<Unit> = {}): Unit {
  return { code, name: `unit ${code}`, parent: null, level: null, category: null, groups: {}, attributes: {}, position, ...extra };
}

export function goal(unitCode: string, period: string, code: string, extra: Partial<Goal> = {}): Goal {
  return {
    unit: unitCode,
    period,
    code,
    title: `goal ${code} of ${unitCode}`,
    indicator: null,
    target: null,
    actual: null,
    status: 'set',
    verifiedBy: null,
    note: null,
    ...extra,
  };
}

/** The small county used by most tests: two dimensions, three leaves, a bonus item; a township
 * and two villages; periods 2023 and 2024. Rows are in the store's reading order (period,
 * unit position, indicator position), so readWorkbook can be compared with toEqual. */
export const LEAVES = ['ECO.GDP', 'ECO.INC', 'SOC.EDU', 'BONUS'] as const;
export function smallCounty(): Workbook {
  const indicators = [
    node('ECO', null, 0, { name: '经济发展', nameEn: 'Economy', weight: 60 }),
    node('ECO.GDP', 'ECO', 1, {
      unit: '万元', typicalMin: 0, typicalMax: 5000, department: '统计局', fineKind: 'quantitative',
      description: 'GDP per head', attributes: { source: 'yearbook', 备注: '年度' },
    }),
    node('ECO.INC', 'ECO', 2, { direction: -1, weight: 2.5, scoring: 'target', target: 12.5 }),
    node('SOC', null, 3, { aggregation: 'geometric', weight: 40 }),
    node('SOC.EDU', 'SOC', 4, { scoring: 'fixed', typicalMin: 0, typicalMax: 100 }),
    node('BONUS', null, 5, { kind: 'bonus', weight: 5, scoring: 'points' }),
  ];
  const units = [
    unit('T1', 0, { name: '城关镇', level: 'township' }),
    unit('V1', 1, { parent: 'T1', level: 'village', category: '集聚提升', groups: { gdp: 'L' } }),
    unit('V2', 2, { parent: 'T1', level: 'village', category: '城郊融合', groups: { gdp: 'S' }, attributes: { 村支书: '张三' } }),
  ];
  const values: Record<string, Record<string, (number | null)[]>> = {
    '2023': { V1: [100, 3, 70, 0], V2: [80, 4, null, 1] },
    '2024': { V1: [110, 2.5, 75, 2], V2: [90, 3.5, 60, 0] },
  };
  const observations: Observation[] = [];
  for (const [period, byUnit] of Object.entries(values)) {
    for (const [u, row] of Object.entries(byUnit)) {
      LEAVES.forEach((indicator, i) => observations.push({ unit: u, period, indicator, value: row[i] }));
    }
  }
  const goals = [
    goal('V1', '2023', 'G1', { indicator: 'ECO.GDP', target: 100, actual: 100, status: 'done', verifiedBy: '督查室' }),
    goal('V1', '2024', 'G1', { indicator: 'ECO.GDP', target: 120, actual: 110, status: 'partial', note: '差一点' }),
    goal('V2', '2024', 'G2', { title: '修路', status: 'set' }),
  ];
  return { indicators, units, observations, goals };
}

/** Reads a CSV-folder workbook of the shape of tests/fixtures/asem (a long or wide data sheet
 * with unit and period, every cell a number or empty). Only for these tests: the real reader
 * is src-main/io. */
export function readAsemFolder(dir: string): Workbook {
  const sheet = (name: string) =>
    Papa.parse<Record<string, string>>(readFileSync(join(dir, `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const indicators = sheet('indicators').map((r, i) =>
    node(r.code, r.parent || null, i, { name: r.name, weight: Number(r.weight), direction: r.direction === '-1' ? -1 : 1, unit: r.unit || null }),
  );
  const units = sheet('units').map((r, i) => {
    const groups: Record<string, string> = {};
    for (const [k, v] of Object.entries(r)) if (k.startsWith('group:')) groups[k.slice(6)] = v;
    return unit(r.code, i, { name: r.name, groups });
  });
  const observations: Observation[] = [];
  for (const r of sheet('data')) {
    for (const [k, v] of Object.entries(r)) {
      if (k === 'unit' || k === 'period') continue;
      observations.push({ unit: r.unit, period: r.period, indicator: k, value: v.trim() === '' ? null : Number(v) });
    }
  }
  return { indicators, units, observations, goals: [] };
}

/** Runs `fn` on a new store in a fresh folder and closes it afterwards. */
export function withStore<T>(fn: (store: Store, path: string) => T): T {
  const path = join(tempDir(), 'k.db');
  const store = openStore(path);
  try {
    return fn(store, path);
  } finally {
    store.close();
  }
}

/** A count read through a second connection (what is really in the file). */
export function count(path: string, sql: string): number {
  const db = openDatabase(path);
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}

/** A store at `path` with the peers-style `workbook` imported, whose period reads are counted:
 * the periods read from SQLite, in order, in `reads`. */
export function countingStore(path: string, workbook: Workbook): { store: Store; reads: string[] } {
  const store = openStore(path, { user: 'importer' });
  store.applyImport(workbook, { fileName: 'a.xlsx', sha256: '1'.repeat(64) });
  const reads: string[] = [];
  const periodValues = store.periodValues.bind(store);
  store.periodValues = (period: string) => {
    reads.push(period);
    return periodValues(period);
  };
  return { store, reads };
}
