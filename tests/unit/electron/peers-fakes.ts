/** Valid results and inputs of the peer-comparison calls (issue 5) for the fake service and the
 * "every call" tests; spread into fakes.ts and the call tables so each area keeps its own. */
const group = { name: 'g', note: null, members: ['U2'], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const comparison = {
  period: '2024',
  previousPeriod: null,
  scheme: null,
  unit: { code: 'U1', name: '甲村', parentName: null, category: null, level: 'village' },
  peers: [{ unit: 'U2', name: '乙村', parentName: null, category: null, distance: null }],
  indicators: [],
  strengths: [],
  weaknesses: [],
  dimensions: [],
  quadrant: null,
  ranks: { periods: ['2024'], rows: [] },
  heatmap: { leaves: [], rows: [] },
};

export const peersValidResults = {
  listPeerGroups: [group],
  savePeerGroup: group,
  renamePeerGroup: { ...group, name: 'h' },
  deletePeerGroup: { deleted: 'g' },
  peerComparison: comparison,
  unitProfile: {
    period: '2024', scheme: null, total: 50, base: 50, bonus: 0, penalty: 0, grade: null, rank: 1, ranked: 2,
    rankInCategory: null, rankedInCategory: 0, trend: [], goals: null, items: [], comparison,
  },
};

export const peersCallInputs = {
  listPeerGroups: {},
  savePeerGroup: { name: 'g', members: ['U2'] },
  renamePeerGroup: { name: 'g', newName: 'h' },
  deletePeerGroup: { name: 'g' },
  peerComparison: { unit: 'U1', peers: { kind: 'category' } },
  unitProfile: { unit: 'U1' },
};
