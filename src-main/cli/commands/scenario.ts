import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { contract, KaopingError } from '../../../src-shared/api';
import { scenarioDefinition } from '../../../src-shared/api/contract-scenarios';
import { openExisting, type CliContext } from '../context';

/** Reads a scenario definition file (JSON: `overlay`, `edits`, `categories`), naming the first
 * field that is wrong. */
export function readScenarioFile(path: string): ReturnType<typeof scenarioDefinition.parse> {
  if (!existsSync(path)) throw new KaopingError('cli.fileNotFound', { path });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
  } catch (e) {
    throw new KaopingError('scenarios.badScenarioFile', { file: basename(path), issue: (e as Error).message });
  }
  const parsed = scenarioDefinition.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first.path.length ? first.path.join('.') + ': ' : '';
    throw new KaopingError('scenarios.badScenarioFile', { file: basename(path), issue: where + first.message });
  }
  return parsed.data;
}

/** `kaoping scenario list|save|delete`: the stored what-if scenarios `whatif` runs. */
export function registerScenario(program: Command, ctx: CliContext): void {
  const scenario = program.command('scenario').description('list, save or delete stored what-if scenarios');
  scenario
    .command('list')
    .description('list the stored scenarios (name, base scheme, note)')
    .requiredOption('--db <file>', 'evaluation database')
    .action(async (opts: { db: string }) => {
      const service = await openExisting(opts.db);
      try {
        for (const s of await service.listScenarios({})) ctx.out([s.name, s.scheme ?? '', s.note ?? ''].join('\t').trimEnd());
      } finally {
        service.close();
      }
    });
  scenario
    .command('save')
    .description('save (create or replace) a scenario from a JSON file; audited')
    .requiredOption('--db <file>', 'evaluation database')
    .requiredOption('--name <name>', 'scenario name')
    .requiredOption('--file <scenario.json>', 'the scenario: overlay (scheme options), edits, categories')
    .option('--scheme <name>', 'the stored scheme it is based on (default: the standard computation)')
    .option('--note <text>', 'a note kept with the scenario')
    .action(async (opts: { db: string; name: string; file: string; scheme?: string; note?: string }) => {
      const definition = readScenarioFile(opts.file);
      const input = contract.saveScenario.input.parse({ name: opts.name, scheme: opts.scheme ?? null, definition, note: opts.note ?? null });
      const service = await openExisting(opts.db);
      try {
        await service.saveScenario(input);
      } finally {
        service.close();
      }
    });
  scenario
    .command('delete')
    .description('delete a stored scenario; audited')
    .requiredOption('--db <file>', 'evaluation database')
    .requiredOption('--name <name>', 'scenario name')
    .action(async (opts: { db: string; name: string }) => {
      const service = await openExisting(opts.db);
      try {
        await service.deleteScenario({ name: opts.name });
      } finally {
        service.close();
      }
    });
}
