import type { CallResult, Handlers } from '../../src-shared/api';
import { explainScheme, scoreScheme } from '../../src-shared/engine';
import type { ServiceContext } from './context';
import { evaluationInput } from './evaluation';
import { resolvePeriod } from './period';
import { resolveScheme } from './schemes';

const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** Scores one period — the standard computation of docs/workbook-format.md, or a stored
 * scheme with options laid over it — as rows ordered by rank. */
export function scoringHandlers(ctx: ServiceContext): Pick<Handlers, 'score' | 'explain'> {
  return {
    score: async ({ period: asked, scheme: schemeName, options }) => {
      const { store } = ctx;
      const period = resolvePeriod(store, asked);
      const scheme = resolveScheme(store, schemeName, options);
      const indicators = store.listIndicators();
      const { matrix, context, notes } = evaluationInput(store, period, scheme);
      const result = scoreScheme(indicators, matrix, scheme, context);
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
          rankInCategory: result.rankInCategory[i] > 0 ? result.rankInCategory[i] : null,
          total: orNull(result.total[i]),
          base: orNull(result.base[i]),
          bonus: result.bonus[i],
          penalty: result.penalty[i],
          veto: result.vetoItems[i],
          grade: result.grade[i] >= 0 ? result.gradeLabels[result.grade[i]] : null,
          boundaryTie: result.boundaryTie[i] === 1,
          excluded: result.excluded[i] === 1,
          nodes,
        };
      });
      // Ranked units first by rank; units without a rank last, in unit order. Stable.
      rows.sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
      return {
        period,
        scheme: schemeName ?? null,
        grades: result.gradeLabels,
        aggregates,
        rows,
        warnings: [...notes, ...result.warnings],
      };
    },

    explain: async ({ period: asked, unit, scheme: schemeName, options }) => {
      const { store } = ctx;
      const period = resolvePeriod(store, asked);
      const scheme = resolveScheme(store, schemeName, options);
      const { matrix, context } = evaluationInput(store, period, scheme);
      const e = explainScheme(store.listIndicators(), matrix, scheme, context, unit);
      return {
        period,
        unit,
        base: orNull(e.base),
        total: orNull(e.total),
        additive: e.additive,
        leaves: e.leaves.map((l) => ({
          code: l.code,
          weight: l.weight,
          score: orNull(l.score),
          contribution: l.contribution,
          raw: orNull(l.raw),
          rank: l.rank > 0 ? l.rank : null,
        })),
        items: e.items,
      };
    },
  };
}
