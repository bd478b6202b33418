import { z } from 'zod';
import * as s from './schemas';
import { peersCalls } from './contract-peers';
import { scenariosCalls } from './contract-scenarios';

/** The one typed map of calls between the renderer (or CLI) and the service. Every host
 * validates a call's input with `input` before it reaches the service and its result with
 * `output` before it leaves. */
export const contract = {
  appInfo: {
    input: z.object({}),
    output: z.object({ version: z.string(), database: z.string(), user: z.string() }),
  },
  listUnits: { input: z.object({}), output: z.array(s.unit) },
  listIndicators: { input: z.object({}), output: z.array(s.indicator) },
  listPeriods: { input: z.object({}), output: z.array(s.period) },
  /** Current observations of one period as Arrow IPC (stream format): a utf8 column `unit`,
   * then one nullable Float64 column per leaf indicator, named by its code, in tree order. */
  getObservations: {
    input: z.object({
      period: z.string().min(1),
      /** With `derived`, the values as scoring sees them: expert marks and (with the scheme's
       * goal indicator) goal completion folded in, as `score` does. */
      derived: z.boolean().default(false),
      scheme: z.string().min(1).optional(),
    }),
    output: s.bytes,
  },
  importWorkbook: {
    input: z.object({
      files: z.array(s.importFile).min(1),
      /** Period for a wide data sheet without a `period` column. */
      period: z.string().min(1).optional(),
      dryRun: z.boolean().default(false),
    }),
    output: s.importResult,
  },
  /** The whole database as an evaluation workbook (.xlsx bytes). */
  exportWorkbook: { input: z.object({}), output: s.bytes },
  /** Scores a period: the standard computation, or a stored scheme (`scheme`) with any
   * `options` laid over it. */
  score: {
    input: z.object({ period: z.string().min(1).optional(), scheme: z.string().min(1).optional(), options: s.scoringScheme.default({}) }),
    output: s.scoreResult,
  },
  /** Process assessment (过程考核): several periods scored under one scheme and their totals
   * combined by period weights (e.g. Q1–Q4 15/10/10/15 and the year 50), renormalised over the
   * periods each unit has a total in; `minShare` of the weight must stand behind a total. */
  scorePeriods: {
    input: z.object({
      periods: z.array(z.object({ period: z.string().min(1), weight: z.number().min(0).refine(Number.isFinite) })).min(1),
      scheme: z.string().min(1).optional(),
      options: s.scoringScheme.default({}),
      minShare: z.number().min(0).max(1).optional(),
    }),
    output: s.periodScoreResult,
  },
  /** Why a unit has its score: each leaf's contribution, raw value and rank. */
  explain: {
    input: z.object({ period: z.string().min(1).optional(), unit: z.string().min(1), scheme: z.string().min(1).optional(), options: s.scoringScheme.default({}) }),
    output: s.explanation,
  },
  /** Objective weights of the leaves from the data (entropy, CRITIC, coefficient of
   * variation, or equal), on the min-max [0, 1] matrix with direction applied. Sum to 1. */
  objectiveWeights: {
    input: z.object({ period: z.string().min(1).optional(), method: z.enum(['entropy', 'critic', 'cv', 'equal']) }),
    output: z.object({ period: z.string(), weights: z.array(s.weightRow), warnings: z.array(s.engineWarning) }),
  },
  /** Indicator statistics of a period (availability, moments, outliers, collinearity). */
  indicatorStats: { input: z.object({ period: z.string().min(1).optional() }), output: s.statsResult },
  listSchemes: { input: z.object({}), output: z.array(s.storedScheme) },
  /** Renames a scheme (refused when finalised or when the new name is taken); audited. */
  renameScheme: { input: z.object({ name: z.string().min(1), newName: z.string().trim().min(1) }), output: s.storedScheme },
  /** Deletes a scheme (refused while finalised results use it); audited. */
  deleteScheme: { input: z.object({ name: z.string().min(1) }), output: z.object({ deleted: z.string() }) },
  /** Marks one scheme as the baseline rankings are compared with (null: none); audited. */
  setBaselineScheme: { input: z.object({ name: z.string().min(1).nullable() }), output: z.array(s.storedScheme) },
  /** Finalises a scheme: its results are official, it can no longer change or be deleted. */
  finaliseScheme: { input: z.object({ name: z.string().min(1) }), output: s.storedScheme },
  /** Creates or replaces a scheme by name (refused when it is finalised); audited. */
  saveScheme: {
    input: z.object({ name: z.string().trim().min(1), note: z.string().nullable().default(null), scheme: s.scoringScheme }),
    output: s.storedScheme,
  },
  ...peersCalls,
  ...scenariosCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallArgs<K extends CallName> = z.output<Contract[K]['input']>;
export type CallResult<K extends CallName> = z.output<Contract[K]['output']>;

/** What the service implements: each call takes parsed input and resolves to its result. */
export type Handlers = { [K in CallName]: (input: CallArgs<K>) => Promise<CallResult<K>> };

/** What a client offers: the same calls, taking unparsed input (defaults may be left out). */
export type ApiClient = { [K in CallName]: (input: CallInput<K>) => Promise<CallResult<K>> };

export const callNames = Object.keys(contract) as CallName[];

/** Calls whose result is raw bytes (sent as application/octet-stream by the browser host). */
export const binaryResultCalls: ReadonlySet<CallName> = new Set<CallName>(['getObservations', 'exportWorkbook']);
