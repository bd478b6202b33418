import { z } from 'zod';
import { SCORING_METHODS, type ScoringMethod } from '../model/indicator';

/** Zod schemas of the domain objects as they cross the api. */

/** Raw bytes (an xlsx file, an Arrow IPC buffer). */
export const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes (Uint8Array)');

export const workbookIssue = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  severity: z.enum(['error', 'warning']),
});

export const unit = z.object({
  code: z.string(),
  name: z.string(),
  parent: z.string().nullable(),
  level: z.string().nullable(),
  category: z.string().nullable(),
  groups: z.record(z.string(), z.string()),
  attributes: z.record(z.string(), z.string()),
  position: z.number().int(),
});

export const indicator = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  parent: z.string().nullable(),
  weight: z.number(),
  direction: z.union([z.literal(1), z.literal(-1)]),
  unit: z.string().nullable(),
  kind: z.enum(['indicator', 'bonus', 'penalty', 'veto']),
  fineKind: z.string().nullable(),
  scoring: z.enum(SCORING_METHODS as [ScoringMethod, ...ScoringMethod[]]),
  aggregation: z.enum(['arithmetic', 'geometric']),
  target: z.number().nullable(),
  typicalMin: z.number().nullable(),
  typicalMax: z.number().nullable(),
  department: z.string().nullable(),
  description: z.string().nullable(),
  attributes: z.record(z.string(), z.string()),
  position: z.number().int(),
});

export const period = z.object({
  code: z.string(),
  kind: z.enum(['year', 'half', 'quarter', 'month', 'other']),
  year: z.number().int().nullable(),
  /** Number of current (not superseded) observations in the period. */
  observations: z.number().int(),
});

export const importFile = z.object({
  /** File name as the user picked it; for a CSV folder, one entry per sheet file. */
  name: z.string().min(1),
  data: bytes,
});

export const importResult = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  issues: z.array(workbookIssue),
  sha256: z.string(),
  summary: z.object({
    units: z.number().int(),
    indicators: z.number().int(),
    observations: z.number().int(),
    goals: z.number().int(),
    periods: z.array(z.string()),
    /** Earlier values replaced (kept in history). */
    superseded: z.number().int(),
  }),
});

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const weightMap = z.record(z.string(), finite.refine((w) => w >= 0, 'weights must be >= 0'));
const nodeAggregation = z.enum(['arithmetic', 'geometric', 'topsis']);

/** Every choice of a scoring scheme (src-shared/engine/scheme.ts); all optional. */
export const scoringScheme = z
  .object({
    range: z.tuple([finite, finite]).refine(([lo, hi]) => lo < hi, 'range: low must be below high').optional(),
    scoring: z.enum(SCORING_METHODS as [ScoringMethod, ...ScoringMethod[]]).optional(),
    scoringByIndicator: z.record(z.string(), z.enum(SCORING_METHODS as [ScoringMethod, ...ScoringMethod[]])).optional(),
    growth: z.object({ mode: z.enum(['relative', 'absolute']).optional(), cap: finite.positive().nullable().optional() }).strict().optional(),
    blend: z.object({ levelShare: finite.min(0).max(1).optional() }).strict().optional(),
    outliers: z.enum(['none', 'auto']).optional(),
    normaliseWithin: z.enum(['all', 'category']).optional(),
    weights: weightMap.optional(),
    categoryWeights: z.record(z.string(), weightMap).optional(),
    aggregate: nodeAggregation.optional(),
    aggregationByNode: z.record(z.string(), nodeAggregation).optional(),
    minDataShare: finite.min(0).max(1).optional(),
    bonusCap: finite.min(0).nullable().optional(),
    penaltyCap: finite.min(0).nullable().optional(),
    floor: finite.nullable().optional(),
    vetoEffect: z.enum(['lowestGrade', 'noTopGrade', 'exclude']).optional(),
    grades: z
      .object({
        labels: z.array(z.string().min(1)).min(1),
        thresholds: z.array(finite).optional(),
        quotas: z
          .array(
            z
              .object({ grade: z.string(), share: finite.min(0).max(1).optional(), count: z.number().int().min(0).optional(), perCategory: z.boolean().optional() })
              .strict(),
          )
          .optional(),
      })
      .strict()
      .optional(),
    marks: z.enum(['mean', 'median', 'trimmed']).optional(),
    goalIndicator: z.string().nullable().optional(),
  })
  .strict();


export const storedScheme = z.object({
  name: z.string().min(1),
  note: z.string().nullable(),
  isBaseline: z.boolean(),
  finalisedAt: z.string().nullable(),
  createdAt: z.string(),
  scheme: scoringScheme,
});

export const scoreRow = z.object({
  unit: z.string(),
  name: z.string(),
  parent: z.string().nullable(),
  parentName: z.string().nullable(),
  category: z.string().nullable(),
  rank: z.number().int().nullable(),
  /** Rank among the units of the same category (competition ranking). */
  rankInCategory: z.number().int().nullable(),
  total: z.number().nullable(),
  base: z.number().nullable(),
  bonus: z.number(),
  penalty: z.number(),
  veto: z.array(z.string()),
  /** Grade label, when the scheme has grades. */
  grade: z.string().nullable(),
  /** Tied with a unit on the other side of a quota boundary: for the committee to decide. */
  boundaryTie: z.boolean(),
  /** Left out of the ranking (a veto with effect `exclude`). */
  excluded: z.boolean(),
  /** Score of every aggregate node (by code); null where missing. */
  nodes: z.record(z.string(), z.number().nullable()),
});

export const engineWarning = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  indicator: z.string().optional(),
  unit: z.string().optional(),
});

export const scoreResult = z.object({
  period: z.string(),
  /** The stored scheme used, if any. */
  scheme: z.string().nullable(),
  /** Grade labels, best first (empty without grades). */
  grades: z.array(z.string()),
  /** Codes of the aggregate nodes, top-down in tree order (the `nodes` keys). */
  aggregates: z.array(z.string()),
  rows: z.array(scoreRow),
  warnings: z.array(engineWarning),
});

export const leafExplanation = z.object({
  code: z.string(),
  /** Effective weight in the unit's total (renormalised for its missing values). */
  weight: z.number(),
  /** Normalised score; null where missing. */
  score: z.number().nullable(),
  /** weight × score: the contributions sum to the unit's base score. */
  contribution: z.number(),
  raw: z.number().nullable(),
  /** Rank among the units on this indicator (1 = best; null where missing). */
  rank: z.number().int().nullable(),
});

export const explanation = z.object({
  period: z.string(),
  unit: z.string(),
  base: z.number().nullable(),
  total: z.number().nullable(),
  /** False under geometric or TOPSIS aggregation, where contributions do not add up. */
  additive: z.boolean(),
  leaves: z.array(leafExplanation),
  items: z.array(z.object({ code: z.string(), kind: z.enum(['bonus', 'penalty', 'veto']), points: z.number() })),
});

export const weightRow = z.object({ code: z.string(), weight: z.number() });

export const indicatorStats = z.object({
  code: z.string(),
  /** Share of units with a value. */
  availability: z.number(),
  n: z.number().int(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  skewness: z.number().nullable(),
  kurtosis: z.number().nullable(),
  zeroShare: z.number().nullable(),
  /** The JRC outlier rule's verdict: none, winsorised (with how many points) or log. */
  outliers: z.object({ treatment: z.enum(['none', 'winsorised', 'log']), points: z.number().int() }),
});

export const statsResult = z.object({
  period: z.string(),
  indicators: z.array(indicatorStats),
  /** Pairs of indicators with |r| > 0.9 (collinear). */
  collinear: z.array(z.object({ a: z.string(), b: z.string(), r: z.number() })),
});

export const periodScoreResult = z.object({
  periods: z.array(z.object({ period: z.string(), weight: z.number() })),
  rows: z.array(
    z.object({
      unit: z.string(),
      name: z.string(),
      parentName: z.string().nullable(),
      category: z.string().nullable(),
      rank: z.number().int().nullable(),
      /** The period-weighted total; null where the unit has too little of the weight. */
      total: z.number().nullable(),
      /** Share of the periods' weight behind the total (0–1). */
      share: z.number(),
      /** Each period's own total, by period. */
      byPeriod: z.record(z.string(), z.number().nullable()),
    }),
  ),
  warnings: z.array(engineWarning),
});
