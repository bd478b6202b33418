import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../../src-main/service';
import { milpSolver } from '../../../src-main/service/milpSolver';
import { periodInput } from '../../../src-main/service/periodInput';
import { openStore } from '../../../src-main/store';
import { rankBounds } from '../../../src-shared/engine';
import { callService } from './api-calls';
import { cleanup, tempDir } from '../store/helpers';

// Rank bounds take seconds on the demo county (260 villages). The service shares its thread
// with every other call, so it runs them in steps: other calls are served in between.

const DEMO = join(import.meta.dirname, '../../../resources/demo/demo-county.xlsx');
// A village in the middle of the ranking: neither end is proven by the first seeds, so the
// call runs through the certificate, the seeds and the mixed-integer programs.
const UNIT = 'QL10011';

let service: Service;
let path: string;

beforeAll(async () => {
  path = join(tempDir(), 'demo.db');
  service = await createService({ dbPath: path, seedWorkbook: DEMO, user: '评审组' });
  // Loaded before the calls below: the solver's first load is itself asynchronous, and would
  // give other calls a turn even without the steps.
  await milpSolver();
}, 60_000);

afterAll(() => {
  service.close();
  cleanup();
});

describe('rank bounds in the service', () => {
  it('serves other calls while it runs, and answers as the engine does in one go', async () => {
    let boundsDone = false;
    const bounds = callService(service, 'rankBounds', { unit: UNIT, relative: 0.1 }).then((r) => {
      boundsDone = true;
      return r;
    });
    // A timer set now fires only when the thread is free: a call run straight through would
    // finish first. The call made then is answered before the bounds are.
    const other = new Promise<{ boundsDoneWhenAnswered: boolean; units: number }>((resolve, reject) => {
      setTimeout(() => {
        callService(service, 'listUnits', {})
          .then((units) => resolve({ boundsDoneWhenAnswered: boundsDone, units: units.length }))
          .catch(reject);
      }, 0);
    });
    const seen = await other;
    expect(seen.units).toBeGreaterThan(200); // the demo's villages and townships
    expect(seen.boundsDoneWhenAnswered).toBe(false);

    const result = await bounds;
    const store = openStore(path);
    try {
      const { input } = periodInput(store, undefined, undefined);
      const direct = rankBounds(input, UNIT, { relative: 0.1 }, { solver: await milpSolver() });
      expect(result).toEqual(direct);
    } finally {
      store.close();
    }
    expect(result.best.rank!).toBeLessThan(result.nominal!);
    expect(result.worst.rank!).toBeGreaterThan(result.nominal!);
  }, 120_000);
});
