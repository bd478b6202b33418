import type { Command } from 'commander';
import { KaopingError, type CallResult } from '../../../src-shared/api';
import { OBJECTIVE_METHODS, type ObjectiveMethod } from '../../../src-shared/engine/weights';
import { openExisting, type CliContext } from '../context';
import { numberCell, toCsv } from '../csv';
import { writeFileAtomic } from '../write-file';

interface WeightsCliOptions {
  db: string;
  method: string;
  period?: string;
  out?: string;
}

/** The weights CSV: `code,weight`, one row per leaf in tree order, full double precision. */
export function weightsCsv(rows: CallResult<'objectiveWeights'>['weights']): string {
  return toCsv(['code', 'weight'], rows.map((r) => [r.code, numberCell(r.weight)]));
}

/** `kaoping weights --db FILE --method entropy|critic|cv|equal [--period P] [--out FILE.csv]` */
export function registerWeights(program: Command, ctx: CliContext): void {
  program
    .command('weights')
    .description('objective weights of the leaf indicators from one period’s data, as CSV code,weight')
    .requiredOption('--db <file>', 'evaluation database')
    .requiredOption('--method <method>', `weighting method: ${OBJECTIVE_METHODS.join(' | ')}`)
    .option('--period <period>', 'period whose data to use (default: the latest year with data)')
    .option('--out <file.csv>', 'write the CSV here instead of standard output')
    .action(async (opts: WeightsCliOptions) => {
      if (!(OBJECTIVE_METHODS as readonly string[]).includes(opts.method)) {
        throw new KaopingError('cli.badOption', { option: '--method', value: opts.method, allowed: OBJECTIVE_METHODS.join(', ') });
      }
      const service = await openExisting(opts.db);
      let result: CallResult<'objectiveWeights'>;
      try {
        result = await service.objectiveWeights({ period: opts.period, method: opts.method as ObjectiveMethod });
      } finally {
        service.close();
      }
      for (const w of result.warnings) {
        process.stderr.write(ctx.i18n.t('cli.warning', { message: ctx.i18n.t(w.key, w.params ?? {}) }) + '\n');
      }
      const rows = result.weights;
      const csv = weightsCsv(rows);
      if (opts.out) {
        writeFileAtomic(opts.out, csv);
        process.stderr.write(ctx.i18n.t('cli.wrote', { path: opts.out, rows: rows.length }) + '\n');
      } else {
        process.stdout.write(csv);
      }
    });
}
