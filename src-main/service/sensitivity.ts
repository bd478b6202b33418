import type { CallResult, Handlers } from '../../src-shared/api';
import { goalSeek, proveRankEndSteps, rankBoundsSteps, runMonteCarlo, stabilityIntervals, weightSweep } from '../../src-shared/engine';
import type { ServiceContext } from './context';
import { milpSolver } from './milpSolver';
import { periodInput } from './periodInput';
import { runSteps } from './steps';
import { scenarioInput } from './whatif';

type SensitivityCalls = 'sensitivity' | 'stability' | 'sweep' | 'rankBounds' | 'proveRankEnd' | 'goalSeek';

/** Monte Carlo, stability intervals, sweeps, rank bounds and goal seeking, served from the
 * database (the CLI's path; the app's Monte Carlo runs in a worker on the same engine). */
export function sensitivityHandlers(ctx: ServiceContext): Pick<Handlers, SensitivityCalls> {
  const names = (): Map<string, string> => new Map(ctx.store.listUnits().map((u) => [u.code, u.name]));
  return {
    sensitivity: async ({ period: asked, scheme, samples, noise, seed, topK, choices }) => {
      const { period, input } = periodInput(ctx.store, asked, scheme);
      const summary = runMonteCarlo(input, { samples, noise, seed, topK, choices })!;
      const byCode = names();
      const result: CallResult<'sensitivity'> = {
        period,
        scheme: scheme ?? null,
        ...summary,
        units: summary.units.map((u) => ({ ...u, name: byCode.get(u.unit) ?? u.unit })),
      };
      return result;
    },
    stability: async ({ period, scheme, target }) => stabilityIntervals(periodInput(ctx.store, period, scheme).input, target),
    sweep: async ({ period, scheme, unit, node, steps }) => weightSweep(periodInput(ctx.store, period, scheme).input, unit, node, steps),
    // In the scenario (its overlay, data edits and category moves) like goal seeking; with no
    // scenario named or given, the base scheme on the stored data. Seconds on a large county
    // or wide bounds: run in steps, so that other calls are served in between.
    rankBounds: async ({ unit, relative, nodes, ...ref }) => {
      const { input } = scenarioInput(ctx.store, ref);
      return runSteps(rankBoundsSteps(input, unit, { relative, nodes }, { solver: await milpSolver() }));
    },
    // A few programs per call (the caller holds the proof's state between calls, shows its
    // progress and stops when it likes); run in steps like rankBounds.
    proveRankEnd: async ({ unit, relative, nodes, end, weights, limit, pieces, steps, ...ref }) => {
      const { input } = scenarioInput(ctx.store, ref);
      const out = await runSteps(proveRankEndSteps(input, unit, { relative, nodes }, { end, weights, limit, pieces }, { solver: await milpSolver(), steps }));
      return { unit, ...out };
    },
    goalSeek: async (args) => {
      const { input } = scenarioInput(ctx.store, args);
      return goalSeek(input, args.unit, args.indicator, args.target);
    },
  };
}
