import type { CallName, Handlers } from '../../../src-shared/api';

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
  score: { period: '2024', aggregates: [], rows: [], warnings: [] },
} satisfies Record<CallName, unknown>;

/** A fake service: every call resolves to its valid result; override any with `impl`. */
export function fakeService(impl: Partial<Record<CallName, (input: unknown) => Promise<unknown>>> = {}): Handlers {
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of Object.keys(validResults) as CallName[]) {
    handlers[name] = impl[name] ?? (async () => validResults[name]);
  }
  return handlers as unknown as Handlers;
}
