import { z } from 'zod';

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
  scoring: z.enum(['minmax', 'fixed', 'efficacy', 'target', 'zscore', 'rank', 'points', 'growth']),
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

export const scoreOptions = z.object({
  range: z.tuple([z.number(), z.number()]).refine(([lo, hi]) => lo < hi, 'range: low must be below high').optional(),
  aggregate: z.enum(['arithmetic', 'geometric']).optional(),
  normalise: z.literal('minmax').optional(),
});

export const scoreRow = z.object({
  unit: z.string(),
  name: z.string(),
  parent: z.string().nullable(),
  parentName: z.string().nullable(),
  category: z.string().nullable(),
  rank: z.number().int().nullable(),
  total: z.number().nullable(),
  base: z.number().nullable(),
  bonus: z.number(),
  penalty: z.number(),
  veto: z.array(z.string()),
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
  /** Codes of the aggregate nodes, top-down in tree order (the `nodes` keys). */
  aggregates: z.array(z.string()),
  rows: z.array(scoreRow),
  warnings: z.array(engineWarning),
});
