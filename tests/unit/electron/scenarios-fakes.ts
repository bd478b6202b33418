/** Valid results and inputs of the what-if and sensitivity calls (issue 6) for the fake service
 * and the "every call" tests; spread into fakes.ts and the call tables so each area keeps its own. */
const at = '2026-01-01T00:00:00.000Z';
const stored = { name: 'sc', scheme: null, definition: { overlay: {}, edits: [], categories: {} }, note: null, createdAt: at, updatedAt: at };
const row = { unit: 'U1', name: '甲村', baseRank: 2, rank: 1, change: 1, baseTotal: 50, total: 60, baseGrade: null, grade: null };
const comparison = { period: '2024', scenario: 'sc', scheme: null, gradeLabels: [], rows: [row], movers: [row], gradeChanges: [] };

export const scenariosValidResults = {
  listScenarios: [stored],
  saveScenario: stored,
  renameScenario: { ...stored, name: 'sd' },
  deleteScenario: { deleted: 'sc' },
  runScenario: comparison,
  exportScenario: { filename: 'sc-2024.csv', csv: 'unit\nU1\n' },
  goalSeek: { unit: 'U1', indicator: 'A', from: 1, reachable: true, value: 2, change: 1, rank: 1, grade: null, evaluations: 3 },
  rankBounds: {
    unit: 'U1', nominal: 2,
    best: { rank: 1, weights: { A: 1 }, limit: 1, proven: true },
    worst: { rank: 2, weights: { A: 1 }, limit: 3, proven: false },
  },
  proveRankEnd: {
    unit: 'U1', end: 'worst', rank: 3, weights: { A: 1 }, limit: 3, proven: true, pieces: [], steps: 2, exhausted: false, tie: false, margin: null,
  },
  sensitivity: {
    period: '2024', scheme: null, samples: 10, noise: 0.25, seed: 1, topK: 1, gradeLabels: [],
    units: [{ unit: 'U1', name: '甲村', nominal: 1, median: 1, q05: 1, q95: 2, gradeProbability: [], topK: 0.9 }],
  },
  stability: [{ node: 'A', weight: 1, max: 2, low: 0.5, high: 2, exact: true }],
  sweep: [{ weight: 0, share: 0, total: 50, rank: 2 }],
};

export const scenariosCallInputs = {
  listScenarios: {},
  saveScenario: { name: 'sc', definition: {} },
  renameScenario: { name: 'sc', newName: 'sd' },
  deleteScenario: { name: 'sc' },
  runScenario: { name: 'sc' },
  exportScenario: { name: 'sc' },
  goalSeek: { unit: 'U1', indicator: 'A', target: { rank: 1 } },
  rankBounds: { unit: 'U1', relative: 0.2 },
  proveRankEnd: { unit: 'U1', relative: 0.2, end: 'worst', weights: { A: 1 }, limit: 3 },
  sensitivity: { samples: 10 },
  stability: { target: { unit: 'U1' } },
  sweep: { unit: 'U1', node: 'A' },
};
