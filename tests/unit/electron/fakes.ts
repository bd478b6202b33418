import type { CallName, Handlers } from '../../../src-shared/api';
import { peersValidResults } from './peers-fakes';
import { scenariosValidResults } from './scenarios-fakes';

/** Results that satisfy the contract's output schemas, for a fake service. */
export const validResults = {
  appInfo: { version: '0.1.0', database: '/tmp/kaoping.db', user: 'tester' },
  listUnits: [],
  listIndicators: [],
  listPeriods: [{ code: '2024', kind: 'year', year: 2024, observations: 3 }],
  getObservations: new Uint8Array([1, 2, 3]),
  importWorkbook: {
    ok: true,
    dryRun: true,
    issues: [],
    sha256: 'ab'.repeat(32),
    summary: { units: 1, indicators: 2, observations: 2, goals: 0, periods: ['2024'], superseded: 0 },
  },
  exportWorkbook: new Uint8Array([0x50, 0x4b, 3, 4]),
  score: { period: '2024', scheme: null, grades: [], aggregates: [], rows: [], warnings: [] },
  explain: { period: '2024', unit: 'U1', base: 50, total: 50, additive: true, leaves: [], items: [] },
  objectiveWeights: { period: '2024', weights: [{ code: 'A', weight: 1 }], warnings: [] },
  indicatorStats: { period: '2024', indicators: [], collinear: [] },
  listSchemes: [],
  scorePeriods: { periods: [{ period: '2024', weight: 1 }], rows: [], warnings: [] },
  saveScheme: { name: 's', note: null, isBaseline: false, finalisedAt: null, createdAt: '2026-01-01T00:00:00.000Z', scheme: {} },
  renameScheme: { name: 't', note: null, isBaseline: false, finalisedAt: null, createdAt: '2026-01-01T00:00:00.000Z', scheme: {} },
  deleteScheme: { deleted: 's' },
  setBaselineScheme: [{ name: 's', note: null, isBaseline: true, finalisedAt: null, createdAt: '2026-01-01T00:00:00.000Z', scheme: {} }],
  finaliseScheme: {
    name: 's', note: null, isBaseline: false, finalisedAt: '2026-01-02T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', scheme: {},
  },
  ...peersValidResults,
  ...scenariosValidResults,
} satisfies Record<CallName, unknown>;

/** A fake service: every call resolves to its valid result; override any with `impl`. */
export function fakeService(impl: Partial<Record<CallName, (input: unknown) => Promise<unknown>>> = {}): Handlers {
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of Object.keys(validResults) as CallName[]) {
    handlers[name] = impl[name] ?? (async () => validResults[name]);
  }
  return handlers as unknown as Handlers;
}
