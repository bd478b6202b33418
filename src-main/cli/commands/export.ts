import type { Command } from 'commander';
import { openExisting, type CliContext } from '../context';
import { writeFileAtomic } from '../write-file';

/** `kaoping export --db FILE --out FILE.xlsx` */
export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('export the whole database as an evaluation workbook (.xlsx)')
    .requiredOption('--db <file>', 'evaluation database')
    .requiredOption('--out <file.xlsx>', 'workbook to write')
    .action(async (opts: { db: string; out: string }) => {
      const service = await openExisting(opts.db);
      try {
        writeFileAtomic(opts.out, await service.exportWorkbook({}));
      } finally {
        service.close();
      }
      ctx.out(ctx.i18n.t('cli.exported', { path: opts.out }));
    });
}
