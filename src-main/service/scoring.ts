import type { CallResult, Handlers } from '../../src-shared/api';
import { scoreStandard } from '../../src-shared/engine';
import type { ServiceContext } from './context';
import { periodMatrix } from './observations';
import { resolvePeriod } from './period';

const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** The standard computation (docs/workbook-format.md) over one period, as rows ordered by rank. */
export function scoringHandlers(ctx: ServiceContext): Pick<Handlers, 'score'> {
  return {
    score: async ({ period: asked, options }) => {
      const { store } = ctx;
      const period = resolvePeriod(store, asked);
      const indicators = store.listIndicators();
      const matrix = periodMatrix(store, period);
      const result = scoreStandard(indicators, matrix, options);
      const aggregates = result.aggregates;
      const units = new Map(store.listUnits().map((u) => [u.code, u]));

      const rows: CallResult<'score'>['rows'] = result.unitCodes.map((code, i) => {
        const unit = units.get(code);
        const parent = unit?.parent ? units.get(unit.parent) : undefined;
        const nodes: Record<string, number | null> = {};
        for (const a of aggregates) nodes[a] = orNull(result.nodes[a][i]);
        return {
          unit: code,
          name: unit?.name ?? code,
          parent: unit?.parent ?? null,
          parentName: parent?.name ?? null,
          category: unit?.category ?? null,
          rank: result.rank[i] > 0 ? result.rank[i] : null,
          total: orNull(result.total[i]),
          base: orNull(result.base[i]),
          bonus: result.bonus[i],
          penalty: result.penalty[i],
          veto: result.vetoItems[i],
          nodes,
        };
      });
      // Ranked units first by rank; units without a score last, in unit order. Stable.
      rows.sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
      return { period, aggregates, rows, warnings: result.warnings };
    },
  };
}
