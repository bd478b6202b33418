import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { KaopingError, schemas } from '../../../src-shared/api';
import type { ScoringScheme } from '../../../src-shared/engine/scheme';
import { openExisting, type CliContext } from '../context';

/** Reads a scheme file (JSON, the fields of src-shared/engine/scheme.ts), naming the first
 * field that is wrong. */
export function readSchemeFile(path: string): ScoringScheme {
  if (!existsSync(path)) throw new KaopingError('cli.fileNotFound', { path });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
  } catch (e) {
    throw new KaopingError('cli.badSchemeFile', { file: basename(path), issue: (e as Error).message });
  }
  const parsed = schemas.scoringScheme.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first.path.length ? first.path.join('.') + ': ' : '';
    throw new KaopingError('cli.badSchemeFile', { file: basename(path), issue: where + first.message });
  }
  return parsed.data;
}

/** `kaoping scheme list|show|save`: the stored scoring schemes `score --scheme` uses. */
export function registerScheme(program: Command, ctx: CliContext): void {
  const scheme = program.command('scheme').description('list, show or save stored scoring schemes');
  scheme
    .command('list')
    .description('list the stored schemes')
    .requiredOption('--db <file>', 'evaluation database')
    .action(async (opts: { db: string }) => {
      const service = await openExisting(opts.db);
      try {
        for (const s of await service.listSchemes({})) {
          ctx.out([s.name, s.isBaseline ? 'baseline' : '', s.finalisedAt ? `finalised ${s.finalisedAt}` : '', s.note ?? ''].filter(Boolean).join('\t'));
        }
      } finally {
        service.close();
      }
    });
  scheme
    .command('show')
    .description('print a stored scheme as JSON')
    .requiredOption('--db <file>', 'evaluation database')
    .requiredOption('--name <name>', 'scheme name')
    .action(async (opts: { db: string; name: string }) => {
      const service = await openExisting(opts.db);
      try {
        const stored = await service.listSchemes({});
        const found = stored.find((s) => s.name === opts.name);
        if (!found) throw new KaopingError('store.unknownScheme', { name: opts.name, known: stored.map((s) => s.name).join(', ') });
        ctx.out(JSON.stringify(found.scheme, null, 2));
      } finally {
        service.close();
      }
    });
  scheme
    .command('save')
    .description('save (create or replace) a scheme from a JSON file; audited')
    .requiredOption('--db <file>', 'evaluation database')
    .requiredOption('--name <name>', 'scheme name')
    .requiredOption('--file <scheme.json>', 'the scheme: weights, categoryWeights, scoring, aggregate, grades, ...')
    .option('--note <text>', 'a note kept with the scheme')
    .action(async (opts: { db: string; name: string; file: string; note?: string }) => {
      const parsed = readSchemeFile(opts.file);
      const service = await openExisting(opts.db);
      try {
        await service.saveScheme({ name: opts.name, note: opts.note ?? null, scheme: parsed });
      } finally {
        service.close();
      }
      ctx.out(ctx.i18n.t('cli.schemeSaved', { name: opts.name }));
    });
}
