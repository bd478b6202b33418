import type { Command } from 'commander';
import { KaopingError, type CallArgs, type CallResult } from '../../../src-shared/api';
import { AGGREGATE_CHOICES, SCORING_CHOICES, type AggregateChoice, type ScoringChoice } from '../../../src-shared/engine';
import { openExisting, type CliContext } from '../context';
import { numberCell, toCsv } from '../csv';
import { writeFileAtomic } from '../write-file';

interface SensitivityCliOptions {
  db: string;
  period?: string;
  scheme?: string;
  samples: string;
  weightNoise: string;
  seed: string;
  topK?: string;
  aggregateChoices?: string;
  scoringChoices?: string;
  out?: string;
}

/** A comma-separated list of choices for `option`, each one of `allowed` (else `cli.badOption`
 * naming the flag and what it takes), as the scheme options they stand for. */
function parseChoices<T extends string, O>(option: string, value: string | undefined, allowed: readonly T[], overlay: (choice: T) => O): O[] {
  if (value === undefined) return [];
  return value.split(',').map((part) => {
    const v = part.trim();
    if (!(allowed as readonly string[]).includes(v)) throw new KaopingError('cli.badOption', { option, value: v, allowed: allowed.join(', ') });
    return overlay(v as T);
  });
}

/** `--aggregate-choices geometric,topsis`: each draw also picks one of these (or the scheme's own). */
export const parseAggregateChoices = (value: string | undefined): { aggregate: AggregateChoice }[] =>
  parseChoices('--aggregate-choices', value, AGGREGATE_CHOICES, (aggregate) => ({ aggregate }));

/** `--scoring-choices zscore,rank`: each draw also picks one of these scoring methods laid over
 * every leaf (or the scheme itself, or one of the aggregation choices); the same list as the
 * Sensitivity screen (engine/sensitivity/choices.ts). */
export const parseScoringChoices = (value: string | undefined): { scoring: ScoringChoice }[] =>
  parseChoices('--scoring-choices', value, SCORING_CHOICES, (scoring) => ({ scoring }));

/** A number flag: the text must be a number (else `scenarios.cliBadNumber` naming the flag);
 * the engine then checks its range. */
export function numberFlag(option: string, value: string): number {
  const v = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(v)) throw new KaopingError('scenarios.cliBadNumber', { option, value });
  return v;
}

/** `unit,name,nominal,median,q05,q95`, one `p_<grade>` column per grade, and `p_top<k>` when
 * --top-k is given; rows by nominal rank (unranked units last), probabilities at full precision. */
export function sensitivityCsv(result: CallResult<'sensitivity'>, withTopK: boolean): string {
  const header = ['unit', 'name', 'nominal', 'median', 'q05', 'q95', ...result.gradeLabels.map((g) => `p_${g}`)];
  if (withTopK) header.push(`p_top${result.topK}`);
  const units = [...result.units].sort((a, b) => (a.nominal ?? Number.MAX_SAFE_INTEGER) - (b.nominal ?? Number.MAX_SAFE_INTEGER));
  const rows = units.map((u) => {
    const row = [u.unit, u.name, ...[u.nominal, u.median, u.q05, u.q95].map(numberCell), ...u.gradeProbability.map(numberCell)];
    if (withTopK) row.push(numberCell(u.topK));
    return row;
  });
  return toCsv(header, rows);
}

/** `kaoping sensitivity --db FILE [--period P] --samples N --weight-noise F --seed S [--out FILE.csv]`:
 * Monte Carlo over the weights (docs/sensitivity.md). */
export function registerSensitivity(program: Command, _ctx: CliContext): void {
  program
    .command('sensitivity')
    .description('Monte Carlo over the weights: each unit\'s nominal, median, 5th and 95th percentile rank and grade probabilities')
    .requiredOption('--db <file>', 'evaluation database')
    .option('--period <period>', 'period (default: the latest year with data)')
    .option('--scheme <name>', 'stored scheme to start from (default: the standard computation)')
    .option('--samples <n>', 'number of draws, 1 to 10000', '1000')
    .option('--weight-noise <f>', 'each weight w becomes w·(1+u), u uniform in [−f, f]', '0.25')
    .option('--seed <s>', 'seed of the random generator (same seed, same result)', '1')
    .option('--top-k <k>', 'also write the probability of a place in the top k (column p_top<k>)')
    .option('--aggregate-choices <list>', 'also draw the aggregation per sample among the scheme\'s own and these (arithmetic, geometric, topsis)')
    .option('--scoring-choices <list>', 'also draw the scoring method of every indicator among these (minmax, efficacy, zscore, rank); aggregation choices first, then these')
    .option('--out <file.csv>', 'write the CSV here instead of standard output')
    .action(async (opts: SensitivityCliOptions) => {
      // Built by hand rather than parsed by the contract, so that a bad number reaches the
      // engine's checks and their messages (a whole-number flag given 1.5, say).
      const input: CallArgs<'sensitivity'> = {
        period: opts.period,
        scheme: opts.scheme,
        samples: numberFlag('--samples', opts.samples),
        noise: numberFlag('--weight-noise', opts.weightNoise),
        seed: numberFlag('--seed', opts.seed),
        topK: opts.topK === undefined ? 10 : numberFlag('--top-k', opts.topK),
        choices: [...parseAggregateChoices(opts.aggregateChoices), ...parseScoringChoices(opts.scoringChoices)],
      };
      const service = await openExisting(opts.db);
      let result: CallResult<'sensitivity'>;
      try {
        result = await service.sensitivity(input);
      } finally {
        service.close();
      }
      const csv = sensitivityCsv(result, opts.topK !== undefined);
      if (opts.out) writeFileAtomic(opts.out, csv);
      else process.stdout.write(csv);
    });
}
