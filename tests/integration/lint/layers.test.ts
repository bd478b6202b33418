import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The dependency rule (docs/architecture.md) is enforced by eslint.config.js: this checks the rule itself,
 * by linting imports that break it (and one that keeps it) as if they stood in each folder. */
const ROOT = resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function restricted(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(source, { filePath: resolve(ROOT, file) });
  return result.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('the layering lint rule', () => {
  it.each([
    ['src-shared/engine/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src-shared/model/probe.ts', "import React from 'react';\nexport const x = React;\n"],
    ['src-shared/api/probe.ts', "import { openStore } from '../../src-main/store';\nexport const x = openStore;\n"],
    ['src-renderer/views/probe.ts', "import { createService } from '../../src-main/service';\nexport const x = createService;\n"],
    ['src-renderer/views/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['src-main/service/probe.ts', "import { startWebHost } from '../web/server';\nexport const x = startWebHost;\n"],
    ['src-main/service/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src-main/io/probe.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n"],
    ['src-main/cli/probe.ts', "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;\n"],
  ])('refuses in %s: %s', async (file, source) => {
    expect(await restricted(file, source)).toBe(true);
  });

  it.each([
    ['src-renderer/views/probe.ts', "import { contract } from '../../src-shared/api';\nexport const x = contract;\n"],
    ['src-main/store/db.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n"],
    ['src-main/electron/probe.ts', "import { app } from 'electron';\nexport const x = app;\n"],
  ])('allows in %s: %s', async (file, source) => {
    expect(await restricted(file, source)).toBe(false);
  });
});
