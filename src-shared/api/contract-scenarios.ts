import { z } from 'zod';
import { scoringScheme } from './schemas';

/** Calls of what-if scenarios and sensitivity analysis (issue 6), spread into `contract`.
 * Definitions of the numbers: docs/sensitivity.md. Every call scores one period (default: the
 * latest year with data) under a stored scheme (`scheme`) or the standard computation. */

const num = z.number().nullable();
const rank = z.number().int().nullable();
const period = z.string().min(1).optional();
const scheme = z.string().min(1).optional();

/** src-shared/engine/scenarios ScenarioDefinition. Units, indicators and factors are checked
 * by the service against the database (KaopingError `scenarios.*` naming the edit). */
export const scenarioDefinition = z
  .object({
    overlay: scoringScheme.default({}),
    edits: z
      .array(z.object({ unit: z.string().min(1), indicator: z.string().min(1), op: z.enum(['multiply', 'add', 'set']), value: z.number() }).strict())
      .default([]),
    categories: z.record(z.string(), z.string().nullable()).default({}),
  })
  .strict();

export const storedScenario = z.object({
  name: z.string(),
  /** The base scheme; null = the standard computation. */
  scheme: z.string().nullable(),
  definition: scenarioDefinition,
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const scenarioRow = z.object({
  unit: z.string(),
  name: z.string(),
  baseRank: rank,
  rank,
  /** Baseline rank − scenario rank: positive = moved up. */
  change: z.number().int().nullable(),
  baseTotal: num,
  total: num,
  baseGrade: z.string().nullable(),
  grade: z.string().nullable(),
});

export const scenarioComparison = z.object({
  period: z.string(),
  scenario: z.string().nullable(),
  scheme: z.string().nullable(),
  gradeLabels: z.array(z.string()),
  rows: z.array(scenarioRow),
  movers: z.array(scenarioRow),
  gradeChanges: z.array(scenarioRow),
});

/** A scenario by name, or an unsaved one (base scheme + definition) to preview. */
const scenarioRef = {
  period,
  name: z.string().min(1).optional(),
  scheme: z.string().min(1).nullable().optional(),
  definition: scenarioDefinition.optional(),
};

/** One end of the rank bounds: the rank reached, the weights that reach it, the certified
 * limit and whether the two meet. */
const rankBound = z.object({ rank, weights: z.record(z.string(), z.number()), limit: rank, proven: z.boolean() });

/** A unit in a scenario, and the bounds its weights vary within: `relative` b lets each weight
 * w move within w(1 ± b); `nodes` sets [min, max] for named nodes. */
const rankBoundsArgs = {
  ...scenarioRef,
  unit: z.string().min(1),
  relative: z.number().optional(),
  nodes: z.record(z.string(), z.object({ min: z.number(), max: z.number() })).optional(),
};

/** A piece of the box still open in a proof (src-shared/engine/sensitivity/rank-prove.ts). */
/** Caps on a proof's state, far above what a real one holds (a weight box has one side per
 * scored node, the demo county's 37; a long proof leaves some hundreds of pieces), so that a
 * malformed state is refused before any work. */
const MAX_PROOF_WEIGHTS = 10_000;
const MAX_PROOF_PIECES = 100_000;
const proofPiece = z.object({
  lo: z.array(z.number()).max(MAX_PROOF_WEIGHTS),
  hi: z.array(z.number()).max(MAX_PROOF_WEIGHTS),
  limit: z.number().int(),
  final: z.boolean().optional(),
  tie: z.boolean().optional(),
  margin: z.number().optional(),
});

const goalTarget = z.union([z.object({ rank: z.number().int() }).strict(), z.object({ grade: z.string().min(1) }).strict()]);

export const scenariosCalls = {
  listScenarios: { input: z.object({}), output: z.array(storedScenario) },
  /** Creates a scenario or replaces the one of that name; audited. */
  saveScenario: {
    input: z.object({ name: z.string().trim().min(1), scheme: z.string().min(1).nullable().default(null), definition: scenarioDefinition, note: z.string().nullable().optional() }),
    output: storedScenario,
  },
  renameScenario: { input: z.object({ name: z.string().min(1), newName: z.string().trim().min(1) }), output: storedScenario },
  deleteScenario: { input: z.object({ name: z.string().min(1) }), output: z.object({ deleted: z.string() }) },
  /** The scenario against its baseline (the base scheme on the unchanged data). */
  runScenario: { input: z.object({ ...scenarioRef, movers: z.number().int().min(1).max(1000).default(10) }), output: scenarioComparison },
  /** The comparison as CSV text: unit,name,base_rank,rank,change,base_total,total,base_grade,grade. */
  exportScenario: { input: z.object(scenarioRef), output: z.object({ filename: z.string(), csv: z.string() }) },
  /** The smallest change of one raw value that brings a unit to a rank or grade (full rescoring),
   * in the scenario when one is named. */
  goalSeek: {
    input: z.object({ ...scenarioRef, unit: z.string().min(1), indicator: z.string().min(1), target: goalTarget }),
    output: z.object({
      unit: z.string(),
      indicator: z.string(),
      from: z.number(),
      reachable: z.boolean(),
      value: num,
      change: num,
      rank,
      grade: z.string().nullable(),
      evaluations: z.number().int(),
    }),
  },
  /** Best and worst rank of a unit with weights within bounds: the ranks a seeded search
   * reached (with the weights), the limits no weights in the bounds can pass (a certificate),
   * and whether they meet. In the scenario when one is named or given (its overlay and data
   * edits; the bounds are around its weights). */
  rankBounds: {
    input: z.object(rankBoundsArgs),
    output: z.object({
      unit: z.string(),
      nominal: rank,
      best: rankBound,
      worst: rankBound,
    }),
  },
  /** A few more steps of proving one end of the rank bounds (branch and bound over the box of
   * weights, one piece per step, one or two mixed-integer programs each): the caller passes
   * back what the last call returned (the first time, `rankBounds`'s weights and limit for that
   * end, no pieces) until the end is proven, no piece can be split further, what is left is
   * settled up to near-ties (`tie`; the call ends there, and the next one, given that state,
   * goes on past them), or it stops. Same scenario and bounds as the `rankBounds` call it
   * continues. */
  proveRankEnd: {
    input: z.object({
      ...rankBoundsArgs,
      end: z.enum(['best', 'worst']),
      weights: z.record(z.string(), z.number()),
      limit: z.number().int().min(1),
      pieces: z.array(proofPiece).max(MAX_PROOF_PIECES).nullable().default(null),
      steps: z.number().int().min(1).max(100).default(1),
    }),
    output: z.object({
      unit: z.string(),
      end: z.enum(['best', 'worst']),
      rank,
      weights: z.record(z.string(), z.number()),
      limit: rank,
      proven: z.boolean(),
      pieces: z.array(proofPiece),
      steps: z.number().int(),
      exhausted: z.boolean(),
      /** Every piece left is settled up to near-ties: a rank past `rank` needs another unit's
       * total within `margin` (in the scores' units) of this one's. */
      tie: z.boolean(),
      margin: z.number().nullable(),
    }),
  },
  /** Monte Carlo over weights (and optionally other scoring or aggregation choices). */
  sensitivity: {
    input: z.object({
      period,
      scheme,
      samples: z.number().int().default(1000),
      noise: z.number().default(0.25),
      seed: z.number().int().default(1),
      topK: z.number().int().default(10),
      choices: z.array(scoringScheme).default([]),
    }),
    output: z.object({
      period: z.string(),
      scheme: z.string().nullable(),
      samples: z.number().int(),
      noise: z.number(),
      seed: z.number().int(),
      topK: z.number().int(),
      gradeLabels: z.array(z.string()),
      units: z.array(
        z.object({
          unit: z.string(),
          name: z.string(),
          nominal: rank,
          median: rank,
          q05: rank,
          q95: rank,
          gradeProbability: z.array(z.number()),
          topK: z.number(),
        }),
      ),
    }),
  },
  /** Per node weight, the interval within which a unit's rank or the top-k set stays. */
  stability: {
    input: z.object({ period, scheme, target: z.union([z.object({ unit: z.string().min(1) }).strict(), z.object({ topK: z.number().int() }).strict()]) }),
    /** `exact`: found from the crossings of the totals, each a ratio of two lines in the weight
     * (engine/sensitivity/stability-fit.ts); false: by the grid search. */
    output: z.array(z.object({ node: z.string(), weight: z.number(), max: z.number(), low: z.number(), high: z.number(), exact: z.boolean() })),
  },
  /** One-at-a-time: a unit's total and rank as one weight sweeps from 0 to its group's sum. */
  sweep: {
    input: z.object({ period, scheme, unit: z.string().min(1), node: z.string().min(1), steps: z.number().int().default(50) }),
    output: z.array(z.object({ weight: z.number(), share: z.number(), total: num, rank })),
  },
};
