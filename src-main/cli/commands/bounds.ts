import type { Command } from 'commander';
import { KaopingError, type CallArgs, type CallResult } from '../../../src-shared/api';
import { proveWithin, type RankProofCall } from '../../../src-shared/engine';
import type { Service } from '../../service';
import { openExisting, type CliContext } from '../context';
import { numberCell, toCsv } from '../csv';
import { writeFileAtomic } from '../write-file';
import { numberFlag } from './sensitivity';

interface BoundsCliOptions {
  db: string;
  period?: string;
  scheme?: string;
  scenario?: string;
  relative: string;
  units?: string;
  prove: string;
  out?: string;
}

type RankEnd = 'best' | 'worst';
type Bounds = CallResult<'rankBounds'>;

/** Where one end stands: the rank reached, the limit no weights in the bounds pass, and how it
 * was settled: proven (the two meet), near_tie (the limit needs another unit within `margin`
 * points of this one), or open (the true extreme lies between the two). */
export interface EndRow {
  rank: number | null;
  limit: number | null;
  status: 'proven' | 'near_tie' | 'open';
  margin: number | null;
}

/** Pieces one `proveRankEnd` call examines at most: a few seconds on the demo county. */
const PIECES_PER_CALL = 10;

/** An end left open by `rankBounds`, proven further through the service with up to `budget`
 * pieces of the box (`proveWithin`: going on past near-ties, as "Prove exactly" does). */
export async function proveEnd(service: Pick<Service, 'proveRankEnd'>, args: CallArgs<'rankBounds'>, bounds: Bounds, end: RankEnd, budget: number): Promise<EndRow> {
  const b = bounds[end];
  if (b.proven || b.limit === null || b.rank === null || budget <= 0) return { rank: b.rank, limit: b.limit, status: b.proven ? 'proven' : 'open', margin: null };
  const call: RankProofCall = (state, steps) => service.proveRankEnd({ ...args, ...state, steps });
  const { result } = await proveWithin(call, { end, weights: b.weights, limit: b.limit, pieces: null }, budget, PIECES_PER_CALL);
  return { rank: result.rank, limit: result.limit, status: result.proven ? 'proven' : result.tie ? 'near_tie' : 'open', margin: result.tie ? result.margin : null };
}

/** `unit,name,nominal,best,best_limit,best_status,best_margin,worst,worst_limit,worst_status,
 * worst_margin`, rows by nominal rank (unranked last). */
export function boundsCsv(rows: { unit: string; name: string; nominal: number | null; best: EndRow; worst: EndRow }[]): string {
  const header = ['unit', 'name', 'nominal'];
  for (const end of ['best', 'worst']) header.push(end, `${end}_limit`, `${end}_status`, `${end}_margin`);
  const sorted = [...rows].sort((a, b) => (a.nominal ?? Number.MAX_SAFE_INTEGER) - (b.nominal ?? Number.MAX_SAFE_INTEGER));
  return toCsv(
    header,
    sorted.map((r) => [r.unit, r.name, numberCell(r.nominal), ...[r.best, r.worst].flatMap((e) => [numberCell(e.rank), numberCell(e.limit), e.status, numberCell(e.margin)])]),
  );
}

/** `kaoping bounds --db FILE [--period P] [--scheme S | --scenario NAME] [--relative F]
 * [--units A,B] [--prove N] [--out FILE.csv]`: each unit's best and worst rank with every
 * weight within ±F of its own (docs/sensitivity.md, "Best and worst rank"). */
export function registerBounds(program: Command, _ctx: CliContext): void {
  program
    .command('bounds')
    .description('best and worst rank each unit can reach with every weight within ±F of its own, with the limits no such weights pass')
    .requiredOption('--db <file>', 'evaluation database')
    .option('--period <period>', 'period (default: the latest year with data)')
    .option('--scheme <name>', 'stored scheme (default: the standard computation)')
    .option('--scenario <name>', 'stored scenario to bound the ranks in (its weights, data changes and category moves)')
    .option('--relative <f>', 'each weight varies within ±f of its own (0.1 means ±10%)', '0.1')
    .option('--units <codes>', 'comma-separated unit codes (default: every ranked unit)')
    .option('--prove <n>', 'prove each end left open further, with up to n pieces of the weight bounds', '0')
    .option('--out <file.csv>', 'write the CSV here instead of standard output')
    .action(async (opts: BoundsCliOptions) => {
      if (opts.scheme !== undefined && opts.scenario !== undefined) throw new KaopingError('scenarios.cliSchemeAndScenario', {});
      const relative = numberFlag('--relative', opts.relative);
      const budget = numberFlag('--prove', opts.prove);
      if (!Number.isInteger(budget) || budget < 0) throw new KaopingError('scenarios.cliBadNumber', { option: '--prove', value: opts.prove });
      const service = await openExisting(opts.db);
      let csv: string;
      try {
        // A named scenario, else the scheme (or the standard computation) as it is.
        const ref = opts.scenario !== undefined ? { period: opts.period, name: opts.scenario } : { period: opts.period, scheme: opts.scheme ?? null };
        const names = new Map((await service.listUnits({})).map((u) => [u.code, u.name]));
        const codes = opts.units !== undefined ? opts.units.split(',').map((c) => c.trim()).filter((c) => c !== '') : await rankedUnits(service, opts);
        const rows = [];
        for (const unit of codes) {
          const args: CallArgs<'rankBounds'> = { ...ref, unit, relative };
          const bounds = await service.rankBounds(args);
          rows.push({ unit, name: names.get(unit) ?? unit, nominal: bounds.nominal, best: await proveEnd(service, args, bounds, 'best', budget), worst: await proveEnd(service, args, bounds, 'worst', budget) });
        }
        csv = boundsCsv(rows);
      } finally {
        service.close();
      }
      if (opts.out) writeFileAtomic(opts.out, csv);
      else process.stdout.write(csv);
    });
}

/** The units the period's ranking ranks (under the scheme, or the scenario's base scheme). */
async function rankedUnits(service: Service, opts: BoundsCliOptions): Promise<string[]> {
  const scheme = opts.scenario !== undefined ? ((await service.listScenarios({})).find((s) => s.name === opts.scenario)?.scheme ?? undefined) : opts.scheme;
  const scored = await service.score({ period: opts.period, scheme: scheme ?? undefined, options: {} });
  return scored.rows.filter((r) => r.rank !== null).map((r) => r.unit);
}
