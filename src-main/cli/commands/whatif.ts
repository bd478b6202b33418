import type { Command } from 'commander';
import { contract } from '../../../src-shared/api';
import { openExisting, type CliContext } from '../context';
import { writeFileAtomic } from '../write-file';

/** `kaoping whatif --db FILE --scenario NAME [--period P] [--out FILE.csv]`: a stored scenario
 * against its baseline, as CSV: unit,name,base_rank,rank,change,base_total,total,base_grade,grade. */
export function registerWhatif(program: Command, _ctx: CliContext): void {
  program
    .command('whatif')
    .description('compare a stored what-if scenario with its baseline (rank and grade changes)')
    .requiredOption('--db <file>', 'evaluation database')
    .requiredOption('--scenario <name>', 'stored scenario (see `kaoping scenario list`)')
    .option('--period <period>', 'period (default: the latest year with data)')
    .option('--out <file.csv>', 'write the CSV here instead of standard output')
    .action(async (opts: { db: string; scenario: string; period?: string; out?: string }) => {
      const input = contract.exportScenario.input.parse({ name: opts.scenario, period: opts.period });
      const service = await openExisting(opts.db);
      let csv: string;
      try {
        csv = (await service.exportScenario(input)).csv;
      } finally {
        service.close();
      }
      if (opts.out) writeFileAtomic(opts.out, csv);
      else process.stdout.write(csv);
    });
}
