import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CallName, type CallResult } from '../../../src-shared/api';
import { createService, type Service } from '../../../src-main/service';
import { openStore } from '../../../src-main/store';
import { openDatabase } from '../../../src-main/store/db';
import { callService, refusalOf } from './api-calls';
import { cleanup, tempDir } from '../store/helpers';
import { GRADES, scenarioCounty } from './scenarios-fixture';

// The scenario and sensitivity calls as a host makes them (input and result through the
// contract). Results are checked against the `score` call on databases that hold what a
// scenario only pretends (a changed value), or with the same weights as options.

let service: Service;
let path: string;

const call = <K extends CallName>(name: K, input: unknown, on: Service = service): Promise<CallResult<K>> => callService(on, name, input);
const refusal = (name: CallName, input: unknown) => refusalOf(service, name, input);

function tables(): { scenarios: unknown[]; audit: unknown[] } {
  const db = openDatabase(path);
  try {
    return {
      scenarios: db.prepare('SELECT * FROM scenarios ORDER BY id').all(),
      audit: db.prepare('SELECT * FROM audit_log ORDER BY id').all(),
    };
  } finally {
    db.close();
  }
}

async function serviceOn(workbook: ReturnType<typeof scenarioCounty>): Promise<{ service: Service; path: string }> {
  const p = join(tempDir(), 'k.db');
  const store = openStore(p, { user: 'importer' });
  store.applyImport(workbook, { fileName: 'a.xlsx', sha256: '1'.repeat(64) });
  store.close();
  return { service: await createService({ dbPath: p, user: '评审组' }), path: p };
}

const others: Service[] = [];

beforeEach(async () => {
  ({ service, path } = await serviceOn(scenarioCounty()));
  await call('saveScheme', { name: '基准', scheme: { grades: GRADES } });
});

afterEach(() => {
  service.close();
  for (const s of others.splice(0)) s.close();
  cleanup();
});

const byUnit = <T extends { unit: string }>(rows: T[]) => new Map(rows.map((r) => [r.unit, r]));

describe('storing scenarios', () => {
  it('saves, lists, renames and deletes, each audited with who and what', async () => {
    const definition = { overlay: { weights: { ECO: 30 } }, edits: [{ unit: 'V03', indicator: 'INC', op: 'multiply', value: 1.3 }] };
    const saved = await call('saveScenario', { name: '收入+30%', scheme: '基准', definition, note: '试算' });
    expect(saved).toMatchObject({ name: '收入+30%', scheme: '基准', note: '试算', definition: { ...definition, categories: {} } });
    expect(await call('listScenarios', {})).toEqual([saved]);
    const renamed = await call('renameScenario', { name: '收入+30%', newName: ' 收入增长 ' });
    expect(renamed.name).toBe('收入增长');
    expect(await call('deleteScenario', { name: '收入增长' })).toEqual({ deleted: '收入增长' });
    expect(await call('listScenarios', {})).toEqual([]);

    const store = openStore(path);
    const audit = store.listAudit().filter((e) => e.entity === 'scenario');
    store.close();
    expect(audit.map((e) => [e.action, e.entityKey, e.user])).toEqual([
      ['save', '收入+30%', '评审组'],
      ['rename', '收入增长', '评审组'],
      ['delete', '收入增长', '评审组'],
    ]);
    expect(audit[0].before).toBeNull();
    expect(audit[2].before).toMatchObject({ name: '收入增长', scheme: '基准' });
  });

  it('keeps a scheme a scenario is built on from being deleted', async () => {
    await call('saveScenario', { name: 's', scheme: '基准', definition: {} });
    expect((await refusal('deleteScheme', { name: '基准' })).key).toBe('store.schemeUsedByScenario');
  });

  it('refuses bad scenarios naming the problem, and writes nothing', async () => {
    await call('saveScenario', { name: 'ok', definition: {} });
    const before = tables();
    const cases: [CallName, unknown, string, RegExp][] = [
      ['saveScenario', { name: 'x', scheme: '无此方案', definition: {} }, 'store.unknownScheme', /无此方案/],
      ['saveScenario', { name: 'x', definition: { edits: [{ unit: 'V99', indicator: 'INC', op: 'set', value: 1 }] } }, 'scenarios.editUnknownUnit', /V99/],
      ['saveScenario', { name: 'x', definition: { edits: [{ unit: 'V01', indicator: 'ECO', op: 'set', value: 1 }] } }, 'scenarios.editUnknownIndicator', /ECO/],
      ['saveScenario', { name: 'x', definition: { edits: [{ unit: 'V01', indicator: 'INC', op: 'multiply', value: -2 }] } }, 'scenarios.badFactor', /-2/],
      ['saveScenario', { name: 'x', definition: { overlay: { weights: { NOPE: 1 } } } }, 'scenarios.unknownNode', /NOPE/],
      ['saveScenario', { name: 'x', definition: { categories: { V77: '集聚提升' } } }, 'scenarios.unknownUnit', /V77/],
      ['renameScenario', { name: 'nope', newName: 'x' }, 'scenarios.unknownScenario', /nope/],
      ['deleteScenario', { name: 'nope' }, 'scenarios.unknownScenario', /ok/],
      ['runScenario', { name: 'nope' }, 'scenarios.unknownScenario', /nope/],
    ];
    for (const [name, input, key, names] of cases) {
      const r = await refusal(name, input);
      expect(r.key).toBe(key);
      expect(r.zh).toMatch(names);
      expect(r.en).toMatch(names);
    }
    await call('saveScenario', { name: 'ok2', definition: {} });
    expect((await refusal('renameScenario', { name: 'ok', newName: 'ok2' })).key).toBe('scenarios.scenarioNameTaken');
    await call('deleteScenario', { name: 'ok2' });
    // Only the save and delete of ok2 were written: two audit entries, the same scenarios.
    const after = tables();
    expect(after.audit.length).toBe(before.audit.length + 2);
    expect(after.scenarios).toEqual(before.scenarios);
  });
});

describe('running a scenario', () => {
  it('matches scoring a database that holds the changed value', async () => {
    // V03's INC is 10 + (14 mod 12)·5 = 20; ×3 makes it 60 in the scenario.
    await call('saveScenario', { name: '收入', scheme: '基准', definition: { edits: [{ unit: 'V03', indicator: 'INC', op: 'multiply', value: 3 }] } });
    const c = await call('runScenario', { name: '收入' });
    const changed = await serviceOn(scenarioCounty({ unit: 'V03', indicator: 'INC', value: 60 }));
    others.push(changed.service);
    await call('saveScheme', { name: '基准', scheme: { grades: GRADES } }, changed.service);
    const truth = byUnit((await call('score', { scheme: '基准' }, changed.service)).rows);
    const base = byUnit((await call('score', { scheme: '基准' })).rows);
    for (const r of c.rows) {
      expect(r.rank).toBe(truth.get(r.unit)!.rank);
      expect(r.total).toBeCloseTo(truth.get(r.unit)!.total!, 10);
      expect(r.grade).toBe(truth.get(r.unit)!.grade);
      expect(r.baseRank).toBe(base.get(r.unit)!.rank);
      expect(r.baseGrade).toBe(base.get(r.unit)!.grade);
      expect(r.change).toBe(r.baseRank! - r.rank!);
    }
    expect(c.rows.find((r) => r.unit === 'V03')!.change).toBeGreaterThan(0);
    expect(c.movers[0].unit).toBe('V03');
    expect(c.gradeChanges.map((r) => r.unit)).toEqual(c.rows.filter((r) => r.grade !== r.baseGrade).map((r) => r.unit));
  });

  it('applies weights, methods and quotas as `score` does with the same options', async () => {
    const overlay = { weights: { ECO: 20, JOB: 4 }, aggregate: 'geometric', range: [1, 100], grades: { ...GRADES, quotas: [{ grade: '优秀', count: 1 }] } };
    const c = await call('runScenario', { scheme: '基准', definition: { overlay } });
    const truth = byUnit((await call('score', { scheme: '基准', options: overlay })).rows);
    for (const r of c.rows) {
      expect(r.rank).toBe(truth.get(r.unit)!.rank);
      expect(r.grade).toBe(truth.get(r.unit)!.grade);
    }
    expect(c.rows.filter((r) => r.grade === '优秀')).toHaveLength(1);
  });

  it('exports the comparison as CSV', async () => {
    await call('saveScenario', { name: '权重', definition: { overlay: { weights: { ENV: 90 } } } });
    const c = await call('runScenario', { name: '权重' });
    const { filename, csv } = await call('exportScenario', { name: '权重' });
    const lines = csv.trimEnd().split('\n');
    expect(filename).toMatch(/^权重-2024\.csv$/);
    expect(lines[0]).toBe('unit,name,base_rank,rank,change,base_total,total,base_grade,grade');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5))).toEqual(
      c.rows.map((r) => [r.unit, r.name, String(r.baseRank), String(r.rank), String(r.change)]),
    );
    expect(Number(lines[1].split(',')[6])).toBe(c.rows[0].total);
  });
});

describe('goal seeking, bounds and Monte Carlo through the service', () => {
  it('finds a value that, put into the scenario, gives the target rank', async () => {
    // The unit ranked 10th, to get into the top 6 by its employment figure.
    const unit = (await call('score', { scheme: '基准' })).rows.find((r) => r.rank === 10)!.unit;
    const target = 6;
    const g = await call('goalSeek', { scheme: '基准', unit, indicator: 'JOB', target: { rank: target } });
    expect(g.reachable).toBe(true);
    const check = await call('runScenario', { scheme: '基准', definition: { edits: [{ unit, indicator: 'JOB', op: 'set', value: g.value }] } });
    expect(check.rows.find((r) => r.unit === unit)!.rank).toBeLessThanOrEqual(target);
    const short = await call('runScenario', { scheme: '基准', definition: { edits: [{ unit, indicator: 'JOB', op: 'set', value: g.from + g.change! * 0.999 }] } });
    expect(short.rows.find((r) => r.unit === unit)!.rank).toBeGreaterThan(target);
  });

  it('gives the nominal ranks with f = 0 and the same result for the same seed', async () => {
    const ranks = byUnit((await call('score', { scheme: '基准' })).rows);
    const flat = await call('sensitivity', { scheme: '基准', samples: 50, noise: 0, seed: 3 });
    for (const u of flat.units) expect([u.nominal, u.median, u.q05, u.q95]).toEqual(Array(4).fill(ranks.get(u.unit)!.rank));
    const a = await call('sensitivity', { scheme: '基准', samples: 300, seed: 9 });
    expect(await call('sensitivity', { scheme: '基准', samples: 300, seed: 9 })).toEqual(a);
    expect(a.gradeLabels).toEqual(GRADES.labels);
    expect((await refusal('sensitivity', { samples: 20000 })).key).toBe('scenarios.badSamples');
  });

  it('serves stability, sweeps and rank bounds consistent with scoring', async () => {
    const ranks = byUnit((await call('score', { scheme: '基准' })).rows);
    const sweep = await call('sweep', { unit: 'V02', node: 'ECO', steps: 10 });
    // ECO weighs 60 of 100: share 0.6 is the nominal point.
    expect(sweep[6].share).toBeCloseTo(0.6, 12);
    expect(sweep[6].rank).toBe(ranks.get('V02')!.rank);
    const intervals = await call('stability', { target: { unit: 'V02' } });
    const eco = intervals.find((i) => i.node === 'ECO')!;
    expect(eco.low).toBeLessThanOrEqual(60);
    expect(eco.high).toBeGreaterThanOrEqual(60);
    const bounds = await call('rankBounds', { unit: 'V02', relative: 0.3 });
    expect(bounds.best.rank!).toBeLessThanOrEqual(bounds.nominal!);
    expect(bounds.worst.rank!).toBeGreaterThanOrEqual(bounds.nominal!);
    expect((await refusal('sweep', { unit: 'V02', node: 'XX' })).key).toBe('scenarios.unknownNode');
  });

  it('bounds ranks in the scenario: its weights and data edits, checked against scans of the score call', async () => {
    // Only ECO moves (every other weight fixed): ECO in [20, 100] against ENV 40. Independent
    // truth: score each ECO weight on a fine grid (the rank is piecewise constant in it, with
    // breakpoints where two totals cross; 321 steps of 0.25 resolve this county's).
    const scan = async (unit: string, options: Record<string, unknown>, on: Service = service) => {
      const ranks: number[] = [];
      for (let k = 0; k <= 320; k++) {
        const weights = { ...((options.weights as Record<string, number>) ?? {}), ECO: 20 + k / 4 };
        const rows = (await call('score', { scheme: '基准', options: { ...options, weights } }, on)).rows;
        ranks.push(rows.find((r) => r.unit === unit)!.rank!);
      }
      return [Math.min(...ranks), Math.max(...ranks)];
    };
    const nodes = { ECO: { min: 20, max: 100 } };
    const overlay = { weights: { JOB: 4 } };
    const edits = [{ unit: 'V05', indicator: 'WASTE', op: 'set', value: 1 }];
    const changed = await serviceOn(scenarioCounty({ unit: 'V05', indicator: 'WASTE', value: 1 }));
    others.push(changed.service);
    await call('saveScheme', { name: '基准', scheme: { grades: GRADES } }, changed.service);
    let differs = 0;
    for (const unit of ['V02', 'V05', 'V08']) {
      const base = await call('rankBounds', { scheme: '基准', unit, nodes });
      expect([base.best.rank, base.worst.rank]).toEqual(await scan(unit, {}));
      const inScenario = await call('rankBounds', { scheme: '基准', definition: { overlay, edits }, unit, nodes });
      // The scenario is the base scheme with JOB weighing 4 on a database where V05's WASTE is 1.
      expect([inScenario.best.rank, inScenario.worst.rank]).toEqual(await scan(unit, overlay, changed.service));
      for (const end of [inScenario.best, inScenario.worst]) {
        expect(end.limit === end.rank).toBe(end.proven);
        expect(end.weights.JOB).toBe(4);
      }
      if (base.best.rank !== inScenario.best.rank || base.worst.rank !== inScenario.worst.rank) differs++;
    }
    // The scenario really moves the bounds (else the check above would prove little).
    expect(differs).toBeGreaterThan(0);
    // A stored scenario by name gives the same.
    await call('saveScenario', { name: '就业加权', scheme: '基准', definition: { overlay, edits } });
    const byName = await call('rankBounds', { name: '就业加权', unit: 'V05', nodes });
    expect(byName).toEqual(await call('rankBounds', { scheme: '基准', definition: { overlay, edits }, unit: 'V05', nodes }));
  });
});
