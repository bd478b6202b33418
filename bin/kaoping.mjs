#!/usr/bin/env node
// The `kaoping` command in a checkout: runs the TypeScript CLI through tsx, so no build step
// is needed (`npx kaoping --help`).
import { register } from 'tsx/esm/api';

register();
// `kaoping score … | head`: a reader that stops early closes the pipe; that ends the output,
// it is not an error worth a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import('../src-main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
