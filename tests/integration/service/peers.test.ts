import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CallName, type CallResult } from '../../../src-shared/api';
import { createService, type Service } from '../../../src-main/service';
import { openStore } from '../../../src-main/store';
import { callService, refusalOf } from './api-calls';
import { cleanup, tempDir } from '../store/helpers';
import { peersCounty } from './peers-fixture';

// The peer-comparison calls against the hand-scored county of peers-fixture.ts.

let service: Service;
let path: string;

const call = <K extends CallName>(name: K, input: unknown): Promise<CallResult<K>> => callService(service, name, input);
const refusal = (name: CallName, input: unknown) => refusalOf(service, name, input);

const peerAudit = () => {
  const store = openStore(path);
  try {
    return store.listAudit().filter((e) => e.entity === 'peer_group');
  } finally {
    store.close();
  }
};

beforeEach(async () => {
  path = join(tempDir(), 'k.db');
  const store = openStore(path, { user: 'importer' });
  store.applyImport(peersCounty(), { fileName: 'a.xlsx', sha256: '1'.repeat(64) });
  store.close();
  service = await createService({ dbPath: path, user: '评审组' });
});

afterEach(() => {
  service.close();
  cleanup();
});

describe('peerComparison', () => {
  it('compares U1 with its category (U2, U4): indicators, dimensions, quadrant, ranks, heatmap', async () => {
    const c = await call('peerComparison', { unit: 'U1', peers: { kind: 'category' }, top: 1 });
    expect(c.period).toBe('2025');
    expect(c.previousPeriod).toBe('2024');
    expect(c.peers.map((p) => p.unit)).toEqual(['U2', 'U4']);
    // I1: 50 vs 100, 25 -> median 62.5, gap −12.5, beats one of two = 50, best 100
    // I2 (↓): 10 vs 20, 40 -> median 30, gap −20, better than both = 100, best 20
    // I3: 60 vs 20, 0 -> median 10, gap 50, 100, best 20
    expect(c.indicators.map((i) => [i.code, i.value, i.peerMedian, i.gap, i.percentile, i.peerBest])).toEqual([
      ['I1', 50, 62.5, -12.5, 50, 100],
      ['I2', 10, 30, -20, 100, 20],
      ['I3', 60, 10, 50, 100, 20],
    ]);
    // I2 and I3 both at 100: I3 leads its median by 50/10 = 5, I2 by 20/30
    expect(c.strengths).toEqual(['I3']);
    expect(c.weaknesses).toEqual(['I1']);
    // D1: 62.5 vs 75, 12.5 -> median 43.75, best 75; D2: 60 vs 20, 0 -> 10, 20
    expect(c.dimensions).toEqual([
      { code: 'D1', value: 62.5, peerMedian: 43.75, peerBest: 75 },
      { code: 'D2', value: 60, peerMedian: 10, peerBest: 20 },
    ]);
    // levels 63.25, 47.5, 6.25 (median 47.5); improvements 63.25, −52.5, −93.75 (median −52.5)
    expect(c.quadrant).toEqual({
      levelMedian: 47.5,
      improvementMedian: -52.5,
      points: [
        { unit: 'U1', level: 63.25, improvement: 63.25, quadrant: 'strong' },
        { unit: 'U2', level: 47.5, improvement: -52.5, quadrant: 'strong' },
        { unit: 'U4', level: 6.25, improvement: -93.75, quadrant: 'lagging' },
      ],
    });
    // within the group: 2024 totals 0, 100, 100 -> 3, 1, 1; 2025 63.25, 47.5, 6.25 -> 1, 2, 3
    expect(c.ranks).toEqual({
      periods: ['2024', '2025'],
      rows: [
        { unit: 'U1', ranks: [3, 1] },
        { unit: 'U2', ranks: [1, 2] },
        { unit: 'U4', ranks: [1, 3] },
      ],
    });
    expect(c.heatmap).toEqual({
      leaves: ['I1', 'I2', 'I3'],
      rows: [
        { unit: 'U1', scores: [50, 75, 60] },
        { unit: 'U2', scores: [100, 50, 20] },
        { unit: 'U4', scores: [25, 0, 0] },
      ],
    });
  });

  it('finds the township, the level and a hand-picked list', async () => {
    const peers = async (spec: unknown) => (await call('peerComparison', { unit: 'U1', peers: spec })).peers.map((p) => p.unit);
    expect(await peers({ kind: 'township' })).toEqual(['U2', 'U3']);
    expect(await peers({ kind: 'level' })).toEqual(['U2', 'U3', 'U4', 'U5']);
    expect(await peers({ kind: 'list', members: ['U5', 'U3'] })).toEqual(['U3', 'U5']);
  });

  it('finds the k most similar by a standardised endowment indicator or by the whole profile', async () => {
    // I1: 50 100 0 25 75, mean 50, sd √1250 = 35.355; |Δ| from U1: U2 50, U3 50, U4 25, U5 25
    const byIncome = await call('peerComparison', { unit: 'U1', peers: { kind: 'similar', k: 2, indicators: ['I1'] } });
    expect(byIncome.peers.map((p) => [p.unit, p.distance])).toEqual([
      ['U4', expect.closeTo(25 / Math.sqrt(1250), 9)],
      ['U5', expect.closeTo(25 / Math.sqrt(1250), 9)],
    ]);
    // profile U1 (50 75 60): U5 (75 25 40) d² = 625 + 2500 + 400 = 3525, the smallest
    // (U2 and U3 4725, U4 9850)
    const byProfile = await call('peerComparison', { unit: 'U1', peers: { kind: 'similar', k: 1 } });
    expect(byProfile.peers.map((p) => [p.unit, p.distance])).toEqual([['U5', expect.closeTo(Math.sqrt(3525), 9)]]);
  });

  it('compares with a saved group', async () => {
    await call('savePeerGroup', { name: '示范村', members: ['U3', 'U2'] });
    const c = await call('peerComparison', { unit: 'U1', peers: { kind: 'saved', name: '示范村' } });
    expect(c.peers.map((p) => p.unit)).toEqual(['U2', 'U3']);
  });

  it('refuses an unknown unit, a unit without peers, an unknown group, peer or indicator, in both languages', async () => {
    expect(await refusal('peerComparison', { unit: 'X9', peers: { kind: 'category' } })).toMatchObject({ key: 'service.unknownUnit', params: { unit: 'X9' } });
    const none = await refusal('peerComparison', { unit: 'U3', peers: { kind: 'category' } });
    expect(none).toMatchObject({ key: 'peers.noPeers', params: { unit: 'U3', period: '2025', context: 'category' } });
    expect(none.zh).toBe('单位 U3 在期间 2025 没有同类别的对标单位（它没有类别，或类别中只有它有数据）。');
    expect(none.en).toContain('no peers of the same category');
    // U5 has no category at all
    expect((await refusal('peerComparison', { unit: 'U5', peers: { kind: 'category' } })).en).toContain('same category');
    const group = await refusal('peerComparison', { unit: 'U1', peers: { kind: 'saved', name: '无此组' } });
    expect(group.key).toBe('peers.unknownGroup');
    expect(group.en).toContain('无此组');
    expect((await refusal('peerComparison', { unit: 'U1', peers: { kind: 'list', members: ['U2', 'ZZ'] } })).params).toEqual({ unit: 'ZZ' });
    const ind = await refusal('peerComparison', { unit: 'U1', peers: { kind: 'similar', k: 2, indicators: ['B1'] } });
    expect(ind).toMatchObject({ key: 'peers.unknownIndicator', params: { indicator: 'B1' } });
    // a dimension is a node of the tree but no endowment indicator: refused the same way
    const dim = await refusal('peerComparison', { unit: 'U1', peers: { kind: 'similar', k: 2, indicators: ['D1'] } });
    expect(dim).toMatchObject({ key: 'peers.unknownIndicator', params: { indicator: 'D1' } });
  });
});

describe('unitProfile', () => {
  it('gathers totals, ranks, trend, goals, items and the category comparison', async () => {
    const p = await call('unitProfile', { unit: 'U1' });
    expect([p.period, p.total, p.base, p.bonus, p.penalty]).toEqual(['2025', 63.25, 61.25, 2, 0]);
    // 2025 totals: U3 75, U1 63.25, U2 47.5, U5 45, U4 6.25; category A: U1, U2, U4
    expect([p.rank, p.ranked, p.rankInCategory, p.rankedInCategory]).toEqual([2, 5, 1, 3]);
    // 2024: U1 0 is last of five and of A (U2, U4 100)
    expect(p.trend).toEqual([
      { period: '2024', total: 0, rank: 5, rankInCategory: 3 },
      { period: '2025', total: 63.25, rank: 2, rankInCategory: 1 },
    ]);
    expect(p.goals).toMatchObject({ rate: 50, total: 3, counted: 2, byStatus: { done: 1, missed: 1, dropped: 1 } });
    expect(p.items).toEqual([{ code: 'B1', kind: 'bonus', points: 2 }]);
    expect(p.comparison.peers.map((x) => x.unit)).toEqual(['U2', 'U4']);
  });

  it('compares a unit without a category with its level', async () => {
    const p = await call('unitProfile', { unit: 'U5', period: '2025' });
    expect(p.comparison.peers.map((x) => x.unit)).toEqual(['U1', 'U2', 'U3', 'U4']);
    expect(p.goals).toBeNull();
    expect(p.items).toEqual([]);
  });
});

describe('saved peer groups', () => {
  it('save, replace, rename and delete, each with an audit entry naming the user', async () => {
    const saved = await call('savePeerGroup', { name: ' 示范村 ', note: '省级示范', members: ['U2', 'U4'] });
    expect(saved).toMatchObject({ name: '示范村', note: '省级示范', members: ['U2', 'U4'] });
    await call('savePeerGroup', { name: '示范村', members: ['U5'] });
    expect((await call('listPeerGroups', {})).map((g) => [g.name, g.note, g.members])).toEqual([['示范村', null, ['U5']]]);
    await call('renamePeerGroup', { name: '示范村', newName: '先进村' });
    expect(await call('deletePeerGroup', { name: '先进村' })).toEqual({ deleted: '先进村' });
    expect(await call('listPeerGroups', {})).toEqual([]);
    const audit = peerAudit();
    expect(audit.map((e) => [e.action, e.entityKey, e.user])).toEqual([
      ['save', '示范村', '评审组'],
      ['save', '示范村', '评审组'],
      ['rename', '先进村', '评审组'],
      ['delete', '先进村', '评审组'],
    ]);
    expect(audit[1].before).toMatchObject({ members: ['U2', 'U4'] });
  });

  it('refuses bad groups in both languages and changes nothing', async () => {
    await call('savePeerGroup', { name: '甲', members: ['U2'] });
    await call('savePeerGroup', { name: '乙', members: ['U3'] });
    const before = await call('listPeerGroups', {});
    const auditBefore = peerAudit().length;
    const cases: [CallName, unknown, string, Record<string, string>][] = [
      ['savePeerGroup', { name: '甲', members: ['U2', 'NOPE'] }, 'peers.unknownMember', { name: '甲', unit: 'NOPE' }],
      ['savePeerGroup', { name: '丙', members: [] }, 'peers.emptyGroup', { name: '丙' }],
      ['savePeerGroup', { name: '丙', members: ['U1', 'U1'] }, 'peers.duplicateMember', { name: '丙', unit: 'U1' }],
      ['savePeerGroup', { name: '  ', members: ['U1'] }, 'peers.emptyName', {}],
      ['renamePeerGroup', { name: '甲', newName: '乙' }, 'peers.groupNameTaken', { name: '乙' }],
      ['renamePeerGroup', { name: '丁', newName: '戊' }, 'peers.unknownGroup', { name: '丁', known: '乙, 甲' }],
      ['deletePeerGroup', { name: '丁' }, 'peers.unknownGroup', { name: '丁', known: '乙, 甲' }],
    ];
    for (const [name, input, key, params] of cases) {
      const r = await refusal(name, input);
      expect([r.key, r.params], key).toEqual([key, params]);
      expect(r.zh).not.toBe(key);
      expect(r.en).not.toBe(key);
    }
    expect(await call('listPeerGroups', {})).toEqual(before);
    expect(peerAudit()).toHaveLength(auditBefore);
  });
});
