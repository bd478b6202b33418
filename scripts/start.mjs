#!/usr/bin/env node
/** `npm start`: builds, then launches Electron on the built app (package.json main), which opens
 * the default database (seeded with the demo county at first run). Where Electron's binary was
 * never downloaded (npm skipped it) or there is no display to show it on, says so in one line
 * and starts the browser host instead, which prints its URL. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ROOT, build, runBrowserHost, runToEnd } from './serve.mjs';

/** The Electron executable, or null when it is not installed. The electron package exports the
 * binary's path, and throws when its postinstall download never ran. */
function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

const args = process.argv.slice(2);
build();
const electron = electronBinary();
if (!electron) {
  console.log("Electron's binary is not installed here (npm skipped its download); opening the browser host instead.");
  runBrowserHost(args);
} else if (!hasDisplay()) {
  console.log('There is no display for Electron here (DISPLAY is not set); opening the browser host instead.');
  runBrowserHost(args);
} else {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runToEnd(spawn(electron, ['.', ...args], { cwd: ROOT, stdio: 'inherit', env }));
}
