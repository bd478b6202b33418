import { KaopingError, type CallArgs, type CallResult, type Handlers } from '../../src-shared/api';
import {
  attributePeers,
  classifyQuadrants,
  competitionRank,
  dimensionComparison,
  goalCompletion,
  indicatorStandings,
  nearestUnits,
  scoreScheme,
  strengthsAndWeaknesses,
  type EvaluationMatrix,
  type ScoreResult,
  type ScoringScheme,
} from '../../src-shared/engine';
import { comparePeriods, type Indicator, type Unit } from '../../src-shared/model';
import type { Store } from '../store';
import type { ServiceContext } from './context';
import { evaluationInput, previousPeriod, type DerivedMatrices } from './evaluation';
import { resolvePeriod } from './period';
import { resolveScheme } from './schemes';

/** Peer comparison (对标比晒, issue 5): saved peer groups, one unit against a peer group, and
 * the unit's report card. The numbers are the engine's (src-shared/engine/peers); this file
 * gathers the period's scores around them. Definitions: docs/peers.md. */

type Comparison = CallResult<'peerComparison'>;
type PeerSpec = CallArgs<'peerComparison'>['peers'];

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** One period scored under a scheme, with the raw (derived) matrix it was scored from. */
interface ScoredPeriod {
  period: string;
  matrix: EvaluationMatrix;
  result: ScoreResult;
  index: Map<string, number>;
}

function scorePeriod(store: Store, indicators: Indicator[], period: string, scheme: ScoringScheme, matrices?: DerivedMatrices): ScoredPeriod {
  const { matrix, context } = evaluationInput(store, period, scheme, matrices);
  const result = scoreScheme(indicators, matrix, scheme, context);
  return { period, matrix, result, index: new Map(result.unitCodes.map((u, i) => [u, i])) };
}

/** Scores periods under one scheme, each once per call (the trend, the bump and the quadrant
 * all need the earlier periods), reading each period's matrix once (it is also the next
 * period's previous). */
function periodScorer(store: Store, indicators: Indicator[], scheme: ScoringScheme): (period: string) => ScoredPeriod {
  const done = new Map<string, ScoredPeriod>();
  const matrices: DerivedMatrices = new Map();
  return (period) => {
    let s = done.get(period);
    if (!s) {
      s = scorePeriod(store, indicators, period, scheme, matrices);
      done.set(period, s);
    }
    return s;
  };
}

/** The periods of the same kind as `period` that hold data, up to and including it (the trend
 * and bump). Unlike `previousPeriod` (evaluation.ts), an empty period is skipped: a trend has
 * nothing to draw there, while growth must not reach over it to an older year (it would be a
 * two-year change labelled as one). */
function periodsUpTo(store: Store, period: string): string[] {
  const all = store.listPeriods();
  const current = all.find((p) => p.code === period);
  if (!current) return [period];
  return all.filter((p) => p.kind === current.kind && p.observations > 0 && comparePeriods(p, current) <= 0).map((p) => p.code);
}

const column = (m: EvaluationMatrix, code: string): Map<string, number> => {
  const j = m.leafCodes.indexOf(code);
  const n = m.unitCodes.length;
  return new Map(m.unitCodes.map((u, i) => [u, j < 0 ? NaN : m.values[j * n + i]]));
};

const scores = (r: ScoreResult, code: string): Map<string, number> => new Map(r.unitCodes.map((u, i) => [u, r.nodes[code]?.[i] ?? NaN]));

/** A matrix of the normalised leaf scores (the whole profile, one scale, direction applied). */
function profileMatrix(r: ScoreResult): EvaluationMatrix {
  const n = r.unitCodes.length;
  const values = new Float64Array(n * r.leaves.length);
  r.leaves.forEach((code, j) => values.set(r.nodes[code], j * n));
  return { unitCodes: r.unitCodes, leafCodes: r.leaves, values };
}

interface PeerPick {
  codes: string[];
  distance: Map<string, number>;
}

/** The peers of `unit` by `spec` among the units scored in the period. */
function pickPeers(store: Store, scored: ScoredPeriod, units: Map<string, Unit>, indicators: Indicator[], unit: string, spec: PeerSpec): PeerPick {
  const candidates = scored.result.unitCodes.map((code) => {
    const u = units.get(code);
    return { code, parent: u?.parent ?? null, level: u?.level ?? null, category: u?.category ?? null };
  });
  const none = new Map<string, number>();
  switch (spec.kind) {
    case 'category':
    case 'township':
    case 'level':
      return { codes: attributePeers(candidates, unit, spec), distance: none };
    case 'list':
      for (const m of spec.members) if (!units.has(m)) throw new KaopingError('peers.unknownPeer', { unit: m });
      return { codes: attributePeers(candidates, unit, spec), distance: none };
    case 'saved': {
      const group = store.listPeerGroups().find((g) => g.name === spec.name);
      if (!group) {
        const known = store.listPeerGroups().map((g) => g.name);
        throw new KaopingError('peers.unknownGroup', { name: spec.name, known: known.join(', ') || '—' });
      }
      return { codes: attributePeers(candidates, unit, { kind: 'list', members: group.members }), distance: none };
    }
    case 'similar': {
      // leaves only: a dimension code is not an endowment indicator
      const leaves = new Set(scored.result.leaves);
      for (const code of spec.indicators) if (!leaves.has(code)) throw new KaopingError('peers.unknownIndicator', { indicator: code });
      const found =
        spec.indicators.length > 0
          ? nearestUnits(scored.matrix, unit, spec.indicators, spec.k, true)
          : nearestUnits(profileMatrix(scored.result), unit, scored.result.leaves, spec.k, false);
      return { codes: found.map((f) => f.code), distance: new Map(found.map((f) => [f.code, f.distance])) };
    }
  }
}

/** One unit against a peer group in a scored period. */
function compare(
  store: Store,
  indicators: Indicator[],
  score: (period: string) => ScoredPeriod,
  schemeName: string | null,
  period: string,
  unit: string,
  spec: PeerSpec,
  top: number,
): Comparison {
  const scored = score(period);
  const { result } = scored;
  const units = new Map(store.listUnits().map((u) => [u.code, u]));
  if (!scored.index.has(unit)) throw new KaopingError('service.unknownUnit', { unit });
  const pick = pickPeers(store, scored, units, indicators, unit, spec);
  // `context` picks the message that names the kind of group (peers.noPeers_category, …)
  if (pick.codes.length === 0) throw new KaopingError('peers.noPeers', { unit, period, context: spec.kind });
  const group = [unit, ...pick.codes];
  const describe = (code: string) => {
    const u = units.get(code);
    return { name: u?.name ?? code, parentName: u?.parent ? (units.get(u.parent)?.name ?? null) : null, category: u?.category ?? null };
  };

  const leaves = indicators.filter((i) => i.kind === 'indicator' && result.leaves.includes(i.code));
  const standings = indicatorStandings(
    unit,
    pick.codes,
    leaves.map((i) => ({ code: i.code, direction: i.direction, raw: column(scored.matrix, i.code) })),
  );
  const { strengths, weaknesses } = strengthsAndWeaknesses(standings, top);
  const dimensionCodes = indicators.filter((i) => i.parent === null && result.aggregates.includes(i.code)).map((i) => i.code);
  const dimensions = dimensionComparison(unit, pick.codes, dimensionCodes.map((code) => ({ code, scores: scores(result, code) })));

  const prevCode = previousPeriod(store, period);
  const prev = prevCode ? score(prevCode) : null;
  const totalOf = (s: ScoredPeriod, code: string) => {
    const i = s.index.get(code);
    return i === undefined ? NaN : s.result.total[i];
  };
  const quadrant = prev
    ? classifyQuadrants(group.map((code) => ({ code, level: totalOf(scored, code), improvement: totalOf(scored, code) - totalOf(prev, code) })))
    : null;

  const periods = periodsUpTo(store, period);
  const byPeriod = periods.map(score);
  // Rank within the group: the group's totals ranked among themselves (competition ranking).
  const groupRanks = byPeriod.map((s) => competitionRank(group.map((code) => totalOf(s, code))));

  return {
    period,
    previousPeriod: prevCode,
    scheme: schemeName,
    unit: { code: unit, ...describe(unit), level: units.get(unit)?.level ?? null },
    peers: pick.codes.map((code) => ({ unit: code, ...describe(code), distance: orNull(pick.distance.get(code) ?? NaN) })),
    indicators: standings.map((s) => ({
      code: s.code,
      direction: s.direction,
      value: orNull(s.value),
      peerMedian: orNull(s.peerMedian),
      gap: orNull(s.gap),
      percentile: orNull(s.percentile),
      peerBest: orNull(s.peerBest),
      peersWithValue: s.peersWithValue,
    })),
    strengths: strengths.map((s) => s.code),
    weaknesses: weaknesses.map((s) => s.code),
    dimensions: dimensions.map((d) => ({ code: d.code, value: orNull(d.value), peerMedian: orNull(d.peerMedian), peerBest: orNull(d.peerBest) })),
    quadrant: quadrant && quadrant.points.length > 0
      ? {
          levelMedian: quadrant.levelMedian,
          improvementMedian: quadrant.improvementMedian,
          points: quadrant.points.map((p) => ({ unit: p.code, level: p.level, improvement: p.improvement, quadrant: p.quadrant })),
        }
      : null,
    ranks: { periods, rows: group.map((code, g) => ({ unit: code, ranks: groupRanks.map((r) => (r[g] > 0 ? r[g] : null)) })) },
    heatmap: {
      leaves: leaves.map((l) => l.code),
      rows: group.map((code) => {
        const i = scored.index.get(code)!;
        return { unit: code, scores: leaves.map((l) => orNull(result.nodes[l.code][i])) };
      }),
    },
  };
}

export function peersHandlers(ctx: ServiceContext): Pick<
  Handlers,
  'listPeerGroups' | 'savePeerGroup' | 'renamePeerGroup' | 'deletePeerGroup' | 'peerComparison' | 'unitProfile'
> {
  const { store } = ctx;
  return {
    listPeerGroups: async () => store.listPeerGroups(),
    savePeerGroup: async ({ name, note, members }) => store.savePeerGroup({ name, note, members, user: ctx.user }),
    renamePeerGroup: async ({ name, newName }) => store.renamePeerGroup(name, newName, ctx.user),
    deletePeerGroup: async ({ name }) => ({ deleted: store.deletePeerGroup(name, ctx.user).name }),

    peerComparison: async ({ period: asked, unit, peers, scheme: schemeName, top }) => {
      const period = resolvePeriod(store, asked);
      const indicators = store.listIndicators();
      const score = periodScorer(store, indicators, resolveScheme(store, schemeName, {}));
      return compare(store, indicators, score, schemeName ?? null, period, unit, peers, top);
    },

    unitProfile: async ({ period: asked, unit, scheme: schemeName }) => {
      const period = resolvePeriod(store, asked);
      const indicators = store.listIndicators();
      const score = periodScorer(store, indicators, resolveScheme(store, schemeName, {}));
      const scored = score(period);
      const i = scored.index.get(unit);
      if (i === undefined) throw new KaopingError('service.unknownUnit', { unit });
      const r = scored.result;
      const self = store.listUnits().find((u) => u.code === unit);
      // Against the category, the peers the assessment itself ranks it with; without one, its level.
      const spec: PeerSpec = self?.category ? { kind: 'category' } : { kind: 'level' };
      const comparison = compare(store, indicators, score, schemeName ?? null, period, unit, spec, 3);

      const trend = comparison.ranks.periods.map((p) => {
        const s = score(p);
        const k = s.index.get(unit);
        return {
          period: p,
          total: k === undefined ? null : orNull(s.result.total[k]),
          rank: k !== undefined && s.result.rank[k] > 0 ? s.result.rank[k] : null,
          rankInCategory: k !== undefined && s.result.rankInCategory[k] > 0 ? s.result.rankInCategory[k] : null,
        };
      });
      const goals = goalCompletion(store.listGoals(period), period).get(unit);
      const kindOf = new Map(indicators.map((ind) => [ind.code, ind.kind]));
      const items = Object.entries(r.items)
        .filter(([, v]) => v[i] > 0)
        .map(([code, v]) => ({ code, kind: kindOf.get(code) as 'bonus' | 'penalty' | 'veto', points: v[i] }));
      const category = r.categories[i];
      return {
        period,
        scheme: schemeName ?? null,
        total: orNull(r.total[i]),
        base: orNull(r.base[i]),
        bonus: r.bonus[i],
        penalty: r.penalty[i],
        grade: r.grade[i] >= 0 ? r.gradeLabels[r.grade[i]] : null,
        rank: r.rank[i] > 0 ? r.rank[i] : null,
        ranked: r.rank.filter((x) => x > 0).length,
        rankInCategory: r.rankInCategory[i] > 0 ? r.rankInCategory[i] : null,
        rankedInCategory: r.rankInCategory.filter((x, k) => x > 0 && r.categories[k] === category).length,
        trend,
        goals: goals ? { rate: orNull(goals.rate), total: goals.total, counted: goals.counted, byStatus: { ...goals.byStatus } } : null,
        items,
        comparison,
      };
    },
  };
}
