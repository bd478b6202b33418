import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { KaopingError, type CallResult } from '../../../src-shared/api';
import { formatIssue, issueLocation } from '../../../src-shared/i18n/format';
import { filesFromPath } from '../../io';
import { checkWorkbook, createService } from '../../service';
import type { CliContext } from '../context';
import { toCsv } from '../csv';
import { writeFileAtomic } from '../write-file';

interface ImportOptions {
  db: string;
  period?: string;
  dryRun?: boolean;
  report?: string;
}

/** `kaoping import <workbook> --db FILE [--period P] [--dry-run] [--report FILE.csv]` */
export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import an evaluation workbook (.xlsx file or folder of CSV files) into the database')
    .argument('<workbook>', '.xlsx file, or folder of CSV files (indicators.csv, units.csv, data.csv, goals.csv)')
    .requiredOption('--db <file>', 'evaluation database (created if absent)')
    .option('--period <period>', 'period of a wide data sheet without a period column, e.g. 2025')
    .option('--dry-run', 'check the workbook and report, write nothing')
    .option('--report <file.csv>', 'write every problem found to this CSV file')
    .action(async (path: string, opts: ImportOptions) => runImport(ctx, path, opts));
}

async function runImport(ctx: CliContext, path: string, opts: ImportOptions): Promise<void> {
  const t = ctx.i18n.t;
  if (!existsSync(path)) throw new KaopingError('cli.fileNotFound', { path });
  const files = await filesFromPath(path);
  const file = basename(path);

  // Validate before the database is even opened: a bad workbook must not create or touch it.
  const checked = await checkWorkbook(files, opts.period);
  let result: CallResult<'importWorkbook'> | null = null;
  if (checked.workbook && !opts.dryRun) {
    const service = await createService({ dbPath: opts.db });
    try {
      result = await service.importWorkbook({ files, period: opts.period, dryRun: false });
    } finally {
      service.close();
    }
  }
  const issues = result?.issues ?? checked.issues;
  if (opts.report) writeReport(ctx, opts.report, issues);

  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    let line = t('cli.importFailed', { file, count: errors.length, first: formatIssue(t, errors[0]) });
    if (errors.length > 1 && !opts.report) line += ' ' + t('cli.importMore', { count: errors.length - 1 });
    throw new CliFailure(line);
  }
  // Warnings do not block an import; the first few go to stderr, --report lists them all.
  for (const w of issues.filter((i) => i.severity === 'warning').slice(0, 5)) {
    process.stderr.write(t('cli.warning', { message: formatIssue(t, w) }) + '\n');
  }
  const s = result?.summary;
  const wb = checked.workbook!;
  const periods = [...new Set(wb.observations.map((o) => o.period))].join(', ');
  ctx.out(
    t(opts.dryRun ? 'cli.checked' : 'cli.imported', {
      file,
      units: wb.units.length,
      indicators: wb.indicators.length,
      observations: wb.observations.length,
      goals: wb.goals.length,
      periods,
      superseded: s?.superseded ?? 0,
    }),
  );
}

function writeReport(ctx: CliContext, path: string, issues: CallResult<'importWorkbook'>['issues']): void {
  const t = ctx.i18n.t;
  const rows = issues.map((i) => [i.severity, i.sheet ?? '', i.row ?? '', i.column ?? '', t(i.key, i.params ?? {}), issueLocation(t, i)]);
  writeFileAtomic(path, '\ufeff' + toCsv(['severity', 'sheet', 'row', 'column', 'message', 'where'], rows));
}

/** A failure whose message is already translated and complete. */
export class CliFailure extends Error {}
