import type { Command } from 'commander';
import { KaopingError, type CallResult } from '../../../src-shared/api';
import type { ScoringScheme } from '../../../src-shared/engine/scheme';
import { SCORING_METHODS, type ScoringMethod } from '../../../src-shared/model';
import { openExisting, type CliContext } from '../context';
import { numberCell, toCsv } from '../csv';
import { DEFAULT_GRADES, parseGradesSpec } from '../grades-spec';
import { writeFileAtomic } from '../write-file';

interface ScoreCliOptions {
  db: string;
  period?: string;
  scheme?: string;
  scoring?: string;
  normalise?: string;
  range?: string;
  aggregate?: string;
  withinCategory?: boolean;
  grades?: string | boolean;
  explain?: string;
  periodWeights?: string;
  out?: string;
}

const NORMALISE = ['minmax'] as const;
const AGGREGATE = ['arithmetic', 'geometric', 'topsis'] as const;

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

/** Reads `--period-weights 2025:50,2026Q1:15,…` (period:weight pairs). */
export function parsePeriodWeights(spec: string): { period: string; weight: number }[] {
  const parts = spec.split(',').map((p) => p.trim()).filter(Boolean);
  const out = parts.map((p) => {
    const at = p.lastIndexOf(':');
    const period = p.slice(0, at).trim();
    const weight = Number(p.slice(at + 1));
    if (at <= 0 || !period || !Number.isFinite(weight) || weight < 0) throw new KaopingError('cli.badPeriodWeights', { value: spec });
    return { period, weight };
  });
  if (out.length === 0 || new Set(out.map((p) => p.period)).size !== out.length) throw new KaopingError('cli.badPeriodWeights', { value: spec });
  return out;
}

/** The process-assessment CSV: unit,name,rank,score,share, then each period's own total. */
export function periodScoreCsv(result: CallResult<'scorePeriods'>): string {
  const periods = result.periods.map((p) => p.period);
  const rows = result.rows.map((r) => [
    r.unit,
    r.name,
    r.rank === null ? '' : String(r.rank),
    numberCell(r.total),
    numberCell(r.share),
    ...periods.map((p) => numberCell(r.byPeriod[p])),
  ]);
  return toCsv(['unit', 'name', 'rank', 'score', 'share', ...periods], rows);
}

/** The scheme options the flags set (laid over `--scheme`'s stored scheme, if any). */
export function schemeFromFlags(opts: ScoreCliOptions): ScoringScheme {
  oneOf('--normalise', opts.normalise, NORMALISE);
  const scheme: ScoringScheme = {};
  const range = parseRange(opts.range);
  if (range) scheme.range = range;
  const aggregate = oneOf('--aggregate', opts.aggregate, AGGREGATE);
  if (aggregate) scheme.aggregate = aggregate;
  const scoring = oneOf<ScoringMethod>('--scoring', opts.scoring, SCORING_METHODS);
  if (scoring) scheme.scoring = scoring;
  if (opts.withinCategory) scheme.normaliseWithin = 'category';
  if (typeof opts.grades === 'string') scheme.grades = parseGradesSpec(opts.grades);
  return scheme;
}

/** The score CSV: unit,name,rank,score, then grade,boundary_tie (with --grades), then
 * category,category_rank (with --within-category), then one column per aggregate node (by
 * code); rows by rank, full double precision. */
export function scoreCsv(result: CallResult<'score'>, extra: { grades?: boolean; category?: boolean } = {}): string {
  const header = ['unit', 'name', 'rank', 'score'];
  if (extra.grades) header.push('grade', 'boundary_tie');
  if (extra.category) header.push('category', 'category_rank');
  header.push(...result.aggregates);
  const rows = result.rows.map((r) => {
    const row = [r.unit, r.name, r.rank === null ? '' : String(r.rank), numberCell(r.total)];
    if (extra.grades) row.push(r.grade ?? '', r.boundaryTie ? '1' : '0');
    if (extra.category) row.push(r.category ?? '', r.rankInCategory === null ? '' : String(r.rankInCategory));
    row.push(...result.aggregates.map((a) => numberCell(r.nodes[a])));
    return row;
  });
  return toCsv(header, rows);
}

/** The --explain CSV: one row per leaf (raw value, normalised score, effective weight,
 * contribution, rank among peers), then the adjustment items, then the base and total. */
export function explanationCsv(e: CallResult<'explain'>): string {
  const rows: string[][] = e.leaves.map((l) => [
    l.code,
    'indicator',
    numberCell(l.raw),
    numberCell(l.score),
    numberCell(l.weight),
    numberCell(l.contribution),
    l.rank === null ? '' : String(l.rank),
  ]);
  for (const item of e.items) rows.push([item.code, item.kind, '', '', '', numberCell(item.points), '']);
  rows.push(['base', 'base', '', '', '', numberCell(e.base), '']);
  rows.push(['total', 'total', '', '', '', numberCell(e.total), '']);
  return toCsv(['code', 'kind', 'raw', 'score', 'weight', 'contribution', 'rank'], rows);
}

/** `kaoping score --db FILE [--period P] [--scheme NAME] [--scoring METHOD]
 * [--normalise minmax] [--range LO,HI] [--aggregate arithmetic|geometric|topsis]
 * [--within-category] [--grades [SPEC]] [--explain UNIT] [--period-weights SPEC] [--out FILE.csv]` */
export function registerScore(program: Command, ctx: CliContext): void {
  program
    .command('score')
    .description('score one period and write the ranking (or one unit\'s explanation) as CSV')
    .requiredOption('--db <file>', 'evaluation database')
    .option('--period <period>', 'period to score (default: the latest year with data)')
    .option('--scheme <name>', 'a stored scoring scheme (see `kaoping scheme`); the flags below override it')
    .option('--scoring <method>', `scoring method for every indicator: ${SCORING_METHODS.join(' | ')}`)
    .option('--normalise <method>', 'normalisation: minmax')
    .option('--range <lo,hi>', 'output range of the normalisation, e.g. 0,100')
    .option('--aggregate <method>', 'aggregation for every node: arithmetic | geometric | topsis')
    .option('--within-category', 'normalise within each unit\'s category (分类考核); adds category and category_rank columns')
    .option('--grades [spec]', 'add grade columns; spec like 优秀>=90<=20%,良好>=80,一般>=60,较差 (default: the scheme\'s grades, else 90/80/60)')
    .option('--explain <unit>', 'instead of the ranking, explain one unit: each indicator\'s contribution')
    .option('--period-weights <spec>', 'process assessment: combine periods by weight, e.g. 2026Q1:15,2026Q2:10,2026Q3:10,2025:50')
    .option('--out <file.csv>', 'write the CSV here instead of standard output')
    .action(async (opts: ScoreCliOptions) => {
      const options = schemeFromFlags(opts);
      const service = await openExisting(opts.db);
      let csv: string;
      let rowCount: number;
      try {
        if (opts.periodWeights !== undefined) {
          const periods = parsePeriodWeights(opts.periodWeights);
          const result = await service.scorePeriods({ periods, scheme: opts.scheme, options });
          csv = periodScoreCsv(result);
          rowCount = result.rows.length;
        } else if (opts.explain !== undefined) {
          const e = await service.explain({ period: opts.period, unit: opts.explain, scheme: opts.scheme, options });
          csv = explanationCsv(e);
          rowCount = e.leaves.length;
        } else {
          if (opts.grades === true) {
            const stored = opts.scheme ? (await service.listSchemes({})).find((s) => s.name === opts.scheme) : undefined;
            if (!stored?.scheme.grades) options.grades = DEFAULT_GRADES;
          }
          const result = await service.score({ period: opts.period, scheme: opts.scheme, options });
          for (const w of result.warnings) {
            process.stderr.write(ctx.i18n.t('cli.warning', { message: ctx.i18n.t(w.key, w.params ?? {}) }) + '\n');
          }
          csv = scoreCsv(result, { grades: opts.grades !== undefined, category: opts.withinCategory });
          rowCount = result.rows.length;
        }
      } finally {
        service.close();
      }
      if (opts.out) {
        writeFileAtomic(opts.out, csv);
        process.stderr.write(ctx.i18n.t('cli.wrote', { path: opts.out, rows: rowCount }) + '\n');
      } else {
        process.stdout.write(csv);
      }
    });
}
