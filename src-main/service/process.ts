import type { CallResult, Handlers } from '../../src-shared/api';
import { competitionRank, periodWeightedScores, scoreScheme, type EngineWarning } from '../../src-shared/engine';
import type { ServiceContext } from './context';
import { evaluationInput, type DerivedMatrices } from './evaluation';
import { resolvePeriod } from './period';
import { resolveScheme } from './schemes';

const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** Process assessment (过程考核): each period scored under the same scheme, then the totals
 * combined by period weights (e.g. Q1–Q4 15/10/10/15 and the year 50), with weights
 * renormalised over the periods a unit has a total in; ranked on the combined total. */
export function processHandlers(ctx: ServiceContext): Pick<Handlers, 'scorePeriods'> {
  return {
    scorePeriods: async ({ periods, scheme: schemeName, options, minShare }) => {
      const { store } = ctx;
      const scheme = resolveScheme(store, schemeName, options);
      const indicators = store.listIndicators();
      const warnings: EngineWarning[] = [];
      // Each period's matrix read once, though it is also the next period's previous.
      const matrices: DerivedMatrices = new Map();
      const scores = periods.map(({ period, weight }) => {
        const code = resolvePeriod(store, period);
        const { matrix, context } = evaluationInput(store, code, scheme, matrices);
        const result = scoreScheme(indicators, matrix, scheme, context);
        warnings.push(...result.warnings.map((w) => ({ ...w, params: { ...w.params, period: code } })));
        return { period: code, weight, result };
      });
      const combined = periodWeightedScores(scores, { minShare });
      const rank = competitionRank(combined.total);
      const units = new Map(store.listUnits().map((u) => [u.code, u]));
      const byUnit = scores.map((s) => new Map(s.result.unitCodes.map((u, i) => [u, s.result.total[i]])));

      const rows: CallResult<'scorePeriods'>['rows'] = combined.unitCodes.map((code, i) => {
        const unit = units.get(code);
        const byPeriod: Record<string, number | null> = {};
        scores.forEach((s, k) => (byPeriod[s.period] = orNull(byUnit[k].get(code) ?? NaN)));
        return {
          unit: code,
          name: unit?.name ?? code,
          parentName: unit?.parent ? (units.get(unit.parent)?.name ?? null) : null,
          category: unit?.category ?? null,
          rank: rank[i] > 0 ? rank[i] : null,
          total: orNull(combined.total[i]),
          share: combined.share[i],
          byPeriod,
        };
      });
      rows.sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
      return { periods: scores.map((s) => ({ period: s.period, weight: s.weight })), rows, warnings };
    },
  };
}
