import type { Command } from 'commander';
import type { TFunction } from 'i18next';
import type { CallResult } from '../../../src-shared/api';
import { openExisting, type CliContext } from '../context';

interface StatsCliOptions {
  db: string;
  period?: string;
}

type Stats = CallResult<'indicatorStats'>;

/** A number for the table: 4 significant digits (the table is for reading; `score` keeps full
 * precision), '' when missing. */
export function shortNumber(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '';
  const s = Number(v.toPrecision(4)).toString();
  return s === '-0' ? '0' : s;
}

const percent = (v: number | null): string => (v === null ? '' : `${shortNumber(100 * v)}%`);

/** Columns on a terminal: CJK characters take two cells. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** Left-aligned first column, the rest right-aligned, two spaces apart. */
function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]))));
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - displayWidth(cell));
        return c === 0 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** The statistics as lines of text: a title, a table with one row per indicator (code, n,
 * availability, min, max, mean, sd, skew, kurtosis, zeros, outliers), then the collinear
 * pairs. */
export function statsLines(t: TFunction, stats: Stats): string[] {
  const header = ['code', 'n', 'availability', 'min', 'max', 'mean', 'sd', 'skewness', 'kurtosis', 'zeros', 'outliers'].map((k) =>
    t(`cli.stats.${k}`),
  );
  const treatment = (o: Stats['indicators'][number]['outliers']): string =>
    o.treatment === 'winsorised' ? t('cli.stats.winsorised', { points: o.points }) : t(`cli.stats.${o.treatment}`);
  const rows = stats.indicators.map((s) => [
    s.code,
    String(s.n),
    percent(s.availability),
    shortNumber(s.min),
    shortNumber(s.max),
    shortNumber(s.mean),
    shortNumber(s.sd),
    shortNumber(s.skewness),
    shortNumber(s.kurtosis),
    percent(s.zeroShare),
    treatment(s.outliers),
  ]);
  const lines = [t('cli.stats.title', { period: stats.period }), '', ...table([header, ...rows]), ''];
  if (stats.collinear.length === 0) lines.push(t('cli.stats.noCollinear'));
  else {
    lines.push(t('cli.stats.collinear'));
    for (const p of stats.collinear) lines.push(`  ${p.a} – ${p.b}  r = ${p.r.toFixed(3)}`);
  }
  return lines;
}

/** `kaoping stats --db FILE [--period P]`: prints the indicator statistics of a period. */
export function registerStats(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('print the indicator statistics of one period (availability, moments, outliers, collinear pairs)')
    .requiredOption('--db <file>', 'evaluation database')
    .option('--period <period>', 'period (default: the latest year with data)')
    .action(async (opts: StatsCliOptions) => {
      const service = await openExisting(opts.db);
      let stats: Stats;
      try {
        stats = await service.indicatorStats({ period: opts.period });
      } finally {
        service.close();
      }
      for (const line of statsLines(ctx.i18n.t, stats)) ctx.out(line);
    });
}
