import type { Command } from 'commander';
import { KaopingError, type CallResult } from '../../../src-shared/api';
import type { ScoreOptions } from '../../../src-shared/engine/types';
import { openExisting, type CliContext } from '../context';
import { numberCell, toCsv } from '../csv';
import { writeFileAtomic } from '../write-file';

interface ScoreCliOptions {
  db: string;
  period?: string;
  normalise?: string;
  range?: string;
  aggregate?: string;
  out?: string;
}

const NORMALISE = ['minmax'] as const;
const AGGREGATE = ['arithmetic', 'geometric'] as const;

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new KaopingError('cli.badOption', { option, value, allowed: allowed.join(', ') });
  }
  return value as T;
}

/** Reads `--range LO,HI`. */
export function parseRange(value: string | undefined): [number, number] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',').map((s) => s.trim());
  const [lo, hi] = parts.map(Number);
  if (parts.length !== 2 || parts.some((p) => p === '') || !Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi)) {
    throw new KaopingError('cli.badRange', { value });
  }
  return [lo, hi];
}

/** The score CSV: unit,name,rank,score, then one column per aggregate node (by code);
 * rows by rank, full double precision. */
export function scoreCsv(result: CallResult<'score'>): string {
  const header = ['unit', 'name', 'rank', 'score', ...result.aggregates];
  const rows = result.rows.map((r) => [
    r.unit,
    r.name,
    r.rank === null ? '' : String(r.rank),
    numberCell(r.total),
    ...result.aggregates.map((a) => numberCell(r.nodes[a])),
  ]);
  return toCsv(header, rows);
}

/** `kaoping score --db FILE [--period P] [--normalise minmax] [--range LO,HI]
 * [--aggregate arithmetic|geometric] [--out FILE.csv]` */
export function registerScore(program: Command, ctx: CliContext): void {
  program
    .command('score')
    .description('score one period with the standard computation and write the ranking as CSV')
    .requiredOption('--db <file>', 'evaluation database')
    .option('--period <period>', 'period to score (default: the latest year with data)')
    .option('--normalise <method>', 'normalisation: minmax')
    .option('--range <lo,hi>', 'output range of the normalisation, e.g. 0,100')
    .option('--aggregate <method>', 'aggregation for every node: arithmetic | geometric')
    .option('--out <file.csv>', 'write the CSV here instead of standard output')
    .action(async (opts: ScoreCliOptions) => {
      const options: ScoreOptions = {
        normalise: oneOf('--normalise', opts.normalise, NORMALISE),
        range: parseRange(opts.range),
        aggregate: oneOf('--aggregate', opts.aggregate, AGGREGATE),
      };
      const service = await openExisting(opts.db);
      let result: CallResult<'score'>;
      try {
        result = await service.score({ period: opts.period, options });
      } finally {
        service.close();
      }
      for (const w of result.warnings) {
        process.stderr.write(ctx.i18n.t('cli.warning', { message: ctx.i18n.t(w.key, w.params ?? {}) }) + '\n');
      }
      const csv = scoreCsv(result);
      if (opts.out) {
        writeFileAtomic(opts.out, csv);
        process.stderr.write(ctx.i18n.t('cli.wrote', { path: opts.out, rows: result.rows.length }) + '\n');
      } else {
        process.stdout.write(csv);
      }
    });
}
