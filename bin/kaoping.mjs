#!/usr/bin/env node
// The `kaoping` command in a checkout: runs the TypeScript CLI through tsx, so no build step
// is needed (`npx kaoping --help`).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src-main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
