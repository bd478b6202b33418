import { z } from 'zod';
import * as s from './schemas';

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
  getObservations: { input: z.object({ period: z.string().min(1) }), output: s.bytes },
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
  score: {
    input: z.object({ period: z.string().min(1).optional(), options: s.scoreOptions.default({}) }),
    output: s.scoreResult,
  },
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
