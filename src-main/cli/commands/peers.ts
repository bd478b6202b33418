import type { Command } from 'commander';
import type { TFunction } from 'i18next';
import { KaopingError, type CallArgs, type CallResult } from '../../../src-shared/api';
import { openExisting, type CliContext } from '../context';
import { shortNumber } from './stats';

interface PeersCliOptions {
  db: string;
  unit: string;
  period?: string;
  peers: string;
  top: string;
}

type PeerSpec = CallArgs<'peerComparison'>['peers'];
type Comparison = CallResult<'peerComparison'>;

/** `--peers`: category, township, level, similar[:k[:I1,I2…]] or saved:NAME. Anything else is
 * refused with `peers.badSpec`, naming what was given. */
export function parsePeerSpec(text: string): PeerSpec {
  const [kind, ...rest] = text.split(':');
  if ((kind === 'category' || kind === 'township' || kind === 'level') && rest.length === 0) return { kind };
  if (kind === 'saved' && rest.length > 0 && rest.join(':').trim() !== '') return { kind, name: rest.join(':') };
  if (kind === 'similar' && rest.length <= 2) {
    const k = rest[0] === undefined || rest[0] === '' ? 5 : Number(rest[0]);
    const indicators = rest[1] ? rest[1].split(',').map((s) => s.trim()).filter(Boolean) : [];
    if (Number.isInteger(k) && k >= 1 && k <= 100) return { kind, k, indicators };
  }
  throw new KaopingError('peers.badSpec', { spec: text });
}

/** The comparison as lines: a title, the peers, then one row per indicator (value, peer median,
 * gap, percentile), then the strengths and weaknesses. */
export function peersLines(t: TFunction, c: Comparison, kind: string): string[] {
  const lines = [
    t('peers.cli.title', { unit: c.unit.code, name: c.unit.name, period: c.period, count: c.peers.length, kind }),
    t('peers.cli.peers', { list: c.peers.map((p) => `${p.unit} ${p.name}`).join(', ') }),
    '',
    ['code', 'value', 'median', 'gap', 'percentile'].map((k) => t(`peers.cli.${k}`)).join('\t'),
  ];
  for (const i of c.indicators) lines.push([i.code, shortNumber(i.value), shortNumber(i.peerMedian), shortNumber(i.gap), shortNumber(i.percentile)].join('\t'));
  lines.push('', t('peers.cli.strengths', { list: c.strengths.join(', ') || '—' }), t('peers.cli.weaknesses', { list: c.weaknesses.join(', ') || '—' }));
  return lines;
}

/** `kaoping peers --db FILE --unit U [--period P] [--peers SPEC] [--top N]`: one unit against
 * its peers, as tab-separated lines. */
export function registerPeers(program: Command, ctx: CliContext): void {
  program
    .command('peers')
    .description('compare one unit with its peers: each indicator against the peer median, strengths and weaknesses')
    .requiredOption('--db <file>', 'evaluation database')
    .requiredOption('--unit <code>', 'unit code')
    .option('--period <period>', 'period (default: the latest year with data)')
    .option('--peers <spec>', 'category | township | level | similar[:k[:I1,I2]] | saved:NAME', 'category')
    .option('--top <n>', 'how many strengths and weaknesses', '3')
    .action(async (opts: PeersCliOptions) => {
      const peers = parsePeerSpec(opts.peers);
      const top = Number(opts.top);
      if (!Number.isInteger(top) || top < 1 || top > 20) throw new KaopingError('peers.badTop', { value: opts.top });
      const service = await openExisting(opts.db);
      let c: Comparison;
      try {
        c = await service.peerComparison({ period: opts.period, unit: opts.unit, peers, top });
      } finally {
        service.close();
      }
      for (const line of peersLines(ctx.i18n.t, c, opts.peers)) ctx.out(line);
    });
}
