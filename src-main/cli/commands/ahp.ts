import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import Papa from 'papaparse';
import { KaopingError } from '../../../src-shared/api';
import { ahpWeights, judgementText, parsePairwiseTable, type AhpResult } from '../../../src-shared/engine/weights';
import type { CliContext } from '../context';
import { numberCell, toCsv } from '../csv';
import { writeFileAtomic } from '../write-file';

/** The AHP CSV: `code,weight` rows in the matrix's order, then `CR,<value>`; full precision. */
export function ahpCsv(result: AhpResult): string {
  const rows: string[][] = result.codes.map((code, i) => [code, numberCell(result.weights[i])]);
  rows.push(['CR', numberCell(result.cr)]);
  return toCsv(['code', 'weight'], rows);
}

/** Reads the matrix CSV (UTF-8, a BOM allowed) into rows of cell texts. */
function readMatrixCsv(path: string): string[][] {
  if (!existsSync(path)) throw new KaopingError('cli.fileNotFound', { path });
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
}

/** `kaoping ahp --matrix FILE.csv [--out FILE.csv]`: AHP weights and CR of one pairwise
 * comparison matrix. A CR above 0.10 is printed as a warning with the most inconsistent
 * judgement; a matrix that is not positive and reciprocal is refused, naming the cell. */
export function registerAhp(program: Command, ctx: CliContext): void {
  program
    .command('ahp')
    .description('AHP weights and consistency ratio of a pairwise comparison matrix (CSV), as CSV code,weight + CR')
    .requiredOption('--matrix <file.csv>', 'header row of codes, then one row per code: code, then its judgements (3, 0.5, 1/3)')
    .option('--out <file.csv>', 'write the CSV here instead of standard output')
    .action((opts: { matrix: string; out?: string }) => {
      const { codes, matrix } = parsePairwiseTable(readMatrixCsv(opts.matrix));
      const result = ahpWeights(matrix, codes);
      if (result.inconsistent) {
        const worst = result.judgements[0];
        const message = ctx.i18n.t('engine.weights.ahpInconsistent', {
          cr: result.cr.toFixed(3),
          row: worst.row,
          column: worst.column,
          value: judgementText(worst.value),
          suggested: judgementText(worst.suggested),
        });
        process.stderr.write(ctx.i18n.t('cli.warning', { message }) + '\n');
      }
      const csv = ahpCsv(result);
      if (opts.out) {
        writeFileAtomic(opts.out, csv);
        process.stderr.write(ctx.i18n.t('cli.wrote', { path: opts.out, rows: codes.length + 1 }) + '\n');
      } else {
        process.stdout.write(csv);
      }
    });
}
