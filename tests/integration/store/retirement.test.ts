import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src-main/store';
import { openDatabase } from '../../../src-main/store/db';
import type { Workbook } from '../../../src-shared/model';
import { cleanup, node, smallCounty, tempDir } from './helpers';

afterEach(cleanup);

const META = { fileName: 'county.xlsx', sha256: 'c'.repeat(64), user: 'tester' };

describe('replacing the indicator tree', () => {
  it('retires absent nodes that history references (and their absent ancestors), deletes the rest', () => {
    const store = openStore(join(tempDir(), 'k.db'));
    const wb = smallCounty();
    // ECO.NEW is in the first tree but never observed.
    wb.indicators.push(node('ECO.NEW', 'ECO', 6));
    store.applyImport(wb, META);

    // The second tree drops the SOC dimension (SOC.EDU has values) and ECO.NEW (none),
    // and adds ENV with one leaf. Its data: 2024 for both villages.
    const tree = [
      ...wb.indicators.filter((n) => !['SOC', 'SOC.EDU', 'ECO.NEW'].includes(n.code)),
      node('ENV', null, 6),
      node('ENV.AIR', 'ENV', 7),
    ];
    const leaves = ['ECO.GDP', 'ECO.INC', 'BONUS', 'ENV.AIR'];
    const next: Workbook = {
      indicators: tree,
      units: wb.units,
      observations: ['V1', 'V2'].flatMap((unit) => leaves.map((indicator, i) => ({ unit, period: '2024', indicator, value: i }))),
      goals: [],
    };
    const summary = store.applyImport(next, META);
    // SOC.EDU is referenced; SOC is its (absent) parent, kept so the tree stays whole.
    expect([...summary.retired].sort()).toEqual(['SOC', 'SOC.EDU']);
    expect(summary.superseded).toBe(2 * 4); // both villages' four 2024 values
    expect(store.listIndicators()).toEqual(tree);

    // 2023 still has SOC.EDU values; they are history, not part of the current evaluation.
    expect(store.currentObservations('2023').map((o) => o.indicator)).toEqual(['ECO.GDP', 'ECO.INC', 'BONUS', 'ECO.GDP', 'ECO.INC', 'BONUS']);
    expect(store.observationHistory('V1', 'SOC.EDU', '2023').map((v) => v.value)).toEqual([70]);
    expect(store.listPeriods().map((p) => p.observations)).toEqual([6, 8]);
    // An export of the current state names only active indicators.
    const out = store.readWorkbook();
    const active = new Set(out.indicators.map((n) => n.code));
    expect(out.observations.every((o) => active.has(o.indicator))).toBe(true);

    // ECO.NEW had nothing referring to it: deleted, not retired.
    const path = store.path;
    store.close();
    const db = openDatabase(path);
    expect(db.prepare('SELECT code, retired_at IS NOT NULL FROM indicators WHERE code IN (?, ?, ?) ORDER BY code').raw().all('ECO.NEW', 'SOC', 'SOC.EDU'))
      .toEqual([['SOC', 1], ['SOC.EDU', 1]]);
    db.close();

    // Bringing the dimension back un-retires it, and its 2023 values are current again;
    // ENV.AIR now has values, so ENV and ENV.AIR are the ones retired.
    const reopened = openStore(path);
    const back = reopened.applyImport({ ...smallCounty(), observations: [], goals: [] }, META);
    expect([...back.retired].sort()).toEqual(['ENV', 'ENV.AIR']);
    expect(reopened.listIndicators()).toEqual(smallCounty().indicators);
    expect(reopened.currentObservations('2023').filter((o) => o.indicator === 'SOC.EDU').map((o) => o.value)).toEqual([70, null]);
    reopened.close();
  });

  it('keeps a node that a goal or a weight scheme names', () => {
    const store = openStore(join(tempDir(), 'k.db'));
    const wb = smallCounty();
    wb.indicators.push(node('ECO.NEW', 'ECO', 6), node('ECO.GOAL', 'ECO', 7));
    wb.goals.push({ ...wb.goals[2], code: 'G9', indicator: 'ECO.GOAL' });
    store.applyImport(wb, META);
    store.saveScheme({ name: '方案A', weights: [{ indicator: 'ECO.NEW', category: null, weight: 2 }] });

    const summary = store.applyImport({ ...smallCounty(), observations: [], goals: [] }, META);
    expect([...summary.retired].sort()).toEqual(['ECO.GOAL', 'ECO.NEW']);
    expect(store.listSchemes()[0].weights).toEqual([{ indicator: 'ECO.NEW', category: null, weight: 2 }]);
    store.close();
  });
});
