import { Command, CommanderError } from 'commander';
import { KaopingError } from '../../src-shared/api';
import { formatIssue } from '../../src-shared/i18n/format';
import { version } from '../service';
import { createCliContext } from './context';
import { registerExport } from './commands/export';
import { CliFailure, registerImport } from './commands/import';
import { registerScore } from './commands/score';
import { registerScheme } from './commands/scheme';
import { registerWeights } from './commands/weights';
import { registerAhp } from './commands/ahp';
import { registerStats } from './commands/stats';
import { registerPeers } from './commands/peers';
import { registerSensitivity } from './commands/sensitivity';
import { registerWhatif } from './commands/whatif';
import { registerScenario } from './commands/scenario';
import { registerBounds } from './commands/bounds';

/** The `kaoping` command: the same service as the app, for batch work and scripting. Every
 * failure is one line on stderr and a non-zero exit; nothing is written on failure. */
export async function main(argv: string[]): Promise<number> {
  const ctx = createCliContext();
  const program = new Command()
    .name('kaoping')
    .description('Kaoping (考评): evaluation workbooks, scoring and ranking from the command line')
    .version(version, '-v, --version')
    .exitOverride()
    .showHelpAfterError(false);
  registerImport(program, ctx);
  registerScore(program, ctx);
  registerExport(program, ctx);
  registerScheme(program, ctx);
  registerWeights(program, ctx);
  registerAhp(program, ctx);
  registerStats(program, ctx);
  registerPeers(program, ctx);
  registerSensitivity(program, ctx);
  registerWhatif(program, ctx);
  registerScenario(program, ctx);
  registerBounds(program, ctx);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    return reportFailure(ctx, e);
  }
}

function reportFailure(ctx: ReturnType<typeof createCliContext>, e: unknown): number {
  const t = ctx.i18n.t;
  if (e instanceof CommanderError) {
    // --help and --version end through exitOverride with code 0; commander printed already.
    return e.exitCode;
  }
  let line: string;
  if (e instanceof CliFailure) line = e.message;
  else if (e instanceof KaopingError) {
    line = t(e.key, e.params);
    if (e.issues.length > 0) line += ' ' + formatIssue(t, e.issues[0]);
  } else if (e instanceof Error) line = e.message;
  else line = String(e);
  process.stderr.write(`kaoping: ${line.replace(/\s*\n\s*/g, ' ')}\n`);
  return 1;
}
