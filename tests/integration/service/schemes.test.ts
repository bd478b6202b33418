import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type CallName, type CallResult } from '../../../src-shared/api';
import { createService, type Service } from '../../../src-main/service';
import { openStore } from '../../../src-main/store';
import { resolveScheme } from '../../../src-main/service/schemes';
import { openDatabase } from '../../../src-main/store/db';
import { callService, refusalOf } from './api-calls';
import { cleanup, smallCounty, tempDir } from '../store/helpers';

// The scheme calls of the service, as a host calls them: input parsed by the contract, the
// result checked against it. The store tests cover the transactions; these cover what the api
// says, who the audit log names, and that every refusal reads well in both languages.

let service: Service;
let path: string;

const call = <K extends CallName>(name: K, input: unknown): Promise<CallResult<K>> => callService(service, name, input);
const refusal = (name: CallName, input: unknown) => refusalOf(service, name, input);

/** Everything a scheme call may write, read through a second connection. */
function tables(): unknown {
  const db = openDatabase(path);
  try {
    return {
      schemes: db.prepare('SELECT * FROM weight_schemes ORDER BY id').all(),
      weights: db.prepare('SELECT * FROM scheme_weights ORDER BY rowid').all(),
      audit: db.prepare('SELECT * FROM audit_log ORDER BY id').all(),
    };
  } finally {
    db.close();
  }
}

const schemeAudit = () => {
  const store = openStore(path);
  try {
    return store.listAudit().filter((e) => e.entity === 'weight_scheme');
  } finally {
    store.close();
  }
};

beforeEach(async () => {
  path = join(tempDir(), 'k.db');
  const store = openStore(path, { user: 'importer' });
  store.applyImport(smallCounty(), { fileName: 'a.xlsx', sha256: '1'.repeat(64) });
  store.close();
  service = await createService({ dbPath: path, user: '评审组' });
  await call('saveScheme', { name: '均衡', note: '各维度并重', scheme: { weights: { ECO: 50, SOC: 50 }, outliers: 'auto' } });
  await call('saveScheme', { name: '经济优先', scheme: { weights: { ECO: 80, SOC: 20 }, categoryWeights: { 集聚提升: { ECO: 90 } } } });
});

afterEach(() => {
  service.close();
  cleanup();
});

describe('the scheme calls', () => {
  it('rename a scheme: its weights and settings answer to the new name, and scoring uses them', async () => {
    const before = (await call('listSchemes', {})).find((s) => s.name === '经济优先');
    const renamed = await call('renameScheme', { name: '经济优先', newName: '  经济优先 v2 ' });
    // the contract trims the new name
    expect(renamed).toEqual({ ...before, name: '经济优先 v2' });
    expect((await call('listSchemes', {})).map((s) => s.name)).toEqual(['均衡', '经济优先 v2']);
    const scored = await call('score', { period: '2024', scheme: '经济优先 v2' });
    expect(scored.scheme).toBe('经济优先 v2');
    const old = await refusal('score', { period: '2024', scheme: '经济优先' });
    expect(old).toMatchObject({ key: 'store.unknownScheme', params: { name: '经济优先', known: '均衡, 经济优先 v2' } });
  });

  it('lay a call\'s options over a stored scheme node by node, per-indicator scoring too', async () => {
    await call('saveScheme', { name: '分项计分', scheme: { weights: { ECO: 70, SOC: 30 }, scoringByIndicator: { 'ECO.GDP': 'rank' } } });
    const store = openStore(path);
    try {
      const merged = resolveScheme(store, '分项计分', { weights: { SOC: 50 }, scoringByIndicator: { 'SOC.EDU': 'minmax' } });
      expect(merged.weights).toEqual({ ECO: 70, SOC: 50 });
      // the stored scheme's rule for ECO.GDP stays beside the option's for SOC.EDU
      expect(merged.scoringByIndicator).toEqual({ 'ECO.GDP': 'rank', 'SOC.EDU': 'minmax' });
    } finally {
      store.close();
    }
  });

  it('delete a scheme and answer its name', async () => {
    expect(await call('deleteScheme', { name: '均衡' })).toEqual({ deleted: '均衡' });
    expect((await call('listSchemes', {})).map((s) => s.name)).toEqual(['经济优先']);
  });

  it('mark one baseline and answer every scheme', async () => {
    const list = await call('setBaselineScheme', { name: '均衡' });
    expect(list.map((s) => [s.name, s.isBaseline])).toEqual([['均衡', true], ['经济优先', false]]);
    const moved = await call('setBaselineScheme', { name: '经济优先' });
    expect(moved.map((s) => [s.name, s.isBaseline])).toEqual([['均衡', false], ['经济优先', true]]);
    const none = await call('setBaselineScheme', { name: null });
    expect(none.map((s) => s.isBaseline)).toEqual([false, false]);
  });

  it('finalise a scheme, after which it keeps its weights', async () => {
    const finalised = await call('finaliseScheme', { name: '均衡' });
    expect(finalised.finalisedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(finalised.scheme).toEqual({ weights: { ECO: 50, SOC: 50 }, outliers: 'auto' });
  });

  it('audit every write as the service user, with the scheme before and after', async () => {
    await call('renameScheme', { name: '均衡', newName: '均衡 2' });
    await call('setBaselineScheme', { name: '均衡 2' });
    await call('finaliseScheme', { name: '均衡 2' });
    await call('deleteScheme', { name: '经济优先' });
    const audit = schemeAudit();
    expect(audit.map((e) => [e.action, e.entityKey, e.user])).toEqual([
      ['save', '均衡', '评审组'],
      ['save', '经济优先', '评审组'],
      ['rename', '均衡 2', '评审组'],
      ['setBaseline', '均衡 2', '评审组'],
      ['finalise', '均衡 2', '评审组'],
      ['delete', '经济优先', '评审组'],
    ]);
    expect(audit[2].before).toMatchObject({ name: '均衡' });
    expect(audit[2].after).toMatchObject({ name: '均衡 2' });
    expect(audit[3].before).toEqual({ baseline: null });
    expect(audit[3].after).toEqual({ baseline: '均衡 2' });
    expect(audit[4].before).toMatchObject({ finalisedAt: null });
    expect(audit[4].after).toMatchObject({ finalisedAt: expect.stringMatching(/^\d{4}-/) });
    expect(audit[5].before).toMatchObject({ name: '经济优先', weights: expect.arrayContaining([{ indicator: 'ECO', category: '集聚提升', weight: 90 }]) });
    expect(audit[5].after).toBeNull();
  });
});

describe('refusals', () => {
  it('leave the database unchanged, append no audit entry, and read well in both languages', async () => {
    await call('finaliseScheme', { name: '均衡' });
    const finalisedOn = (await call('listSchemes', {}))[0].finalisedAt!.slice(0, 10);
    const unchanged = tables();

    const cases: [CallName, unknown, string, Record<string, string>, string, string][] = [
      ['renameScheme', { name: '经济优先', newName: '均衡' }, 'store.schemeNameTaken', { name: '均衡' },
        '已有名为“均衡”的权重方案，请换一个名称。', 'A weight scheme named "均衡" already exists; choose another name.'],
      ['renameScheme', { name: '均衡', newName: '新' }, 'store.schemeFinalised', { name: '均衡' },
        '权重方案“均衡”已定稿，不能修改。', 'Weight scheme "均衡" is finalised and cannot be changed.'],
      ['saveScheme', { name: '均衡', scheme: {} }, 'store.schemeFinalised', { name: '均衡' },
        '权重方案“均衡”已定稿，不能修改。', 'Weight scheme "均衡" is finalised and cannot be changed.'],
      ['deleteScheme', { name: '均衡' }, 'store.schemeFinalisedNoDelete', { name: '均衡', finalisedAt: finalisedOn },
        `权重方案“均衡”已于 ${finalisedOn} 定稿，定稿结果正在使用它，不能删除。`,
        `Weight scheme "均衡" cannot be deleted: it was finalised on ${finalisedOn} and finalised results use it.`],
      ['finaliseScheme', { name: '均衡' }, 'store.schemeAlreadyFinalised', { name: '均衡', finalisedAt: finalisedOn },
        `权重方案“均衡”已于 ${finalisedOn} 定稿。`, `Weight scheme "均衡" was already finalised on ${finalisedOn}.`],
      ['setBaselineScheme', { name: '无此方案' }, 'store.unknownScheme', { name: '无此方案', known: '均衡, 经济优先' },
        '没有名为“无此方案”的权重方案。已有方案：均衡, 经济优先',
        'There is no weight scheme named "无此方案". Known schemes: 均衡, 经济优先'],
      ['deleteScheme', { name: '无此方案' }, 'store.unknownScheme', { name: '无此方案', known: '均衡, 经济优先' },
        '没有名为“无此方案”的权重方案。已有方案：均衡, 经济优先',
        'There is no weight scheme named "无此方案". Known schemes: 均衡, 经济优先'],
    ];
    for (const [name, input, key, params, zh, en] of cases) {
      expect({ name, ...(await refusal(name, input)) }).toEqual({ name, key, params, zh, en });
      expect(tables(), `${name} ${key}`).toEqual(unchanged);
    }
  });

  it('refuse an empty new name at the contract, before the service', async () => {
    expect(() => contract.renameScheme.input.parse({ name: '均衡', newName: '   ' })).toThrow();
  });
});
