/** The Electron shell: one window on the built renderer (app://), the service on the default
 * evaluation database, the api bound to IPC. No business logic lives here. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { KaopingError } from '../../src-shared/api';
import { createService, type Service } from '../service';
import { registerIpc } from './ipc';
import { installAppMenu } from './menu';
import { APP_ENTRY_URL } from './origin';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenSession, hardenWebContents, secureWebPreferences } from './security';

/** Files of the built app, relative to app.getAppPath() (the checkout, or the packaged app). */
export const PRELOAD_FILE = join('out', 'preload', 'index.cjs');
export const RENDERER_DIR = join('out', 'renderer');
export const DEMO_WORKBOOK = join('resources', 'demo', 'demo-county.xlsx');

/** The evaluation database (.notes/TEAM.md): env KAOPING_DB, else kaoping.db in userData
 * (<OS data dir>/kaoping, the same file the browser host opens by default). */
export function databasePath(): string {
  return process.env.KAOPING_DB || join(app.getPath('userData'), 'kaoping.db');
}

let mainWindow: BrowserWindow | null = null;
let service: Service | null = null;

function createMainWindow(appPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '考评 Kaoping',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(join(appPath, PRELOAD_FILE)),
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

async function start(): Promise<void> {
  const appPath = app.getAppPath();
  hardenSession(session.defaultSession);
  serveRenderer(join(appPath, RENDERER_DIR));
  const seed = join(appPath, DEMO_WORKBOOK);
  service = await createService({ dbPath: databasePath(), seedWorkbook: existsSync(seed) ? seed : undefined });
  registerIpc(service, () => mainWindow);
  installAppMenu(process.platform === 'darwin', app.isPackaged);
  mainWindow = createMainWindow(appPath);
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createMainWindow(appPath);
  });
}

/** A start that fails (database unreadable, demo not importable) says why in one dialog. */
function failStart(e: unknown): void {
  console.error('[kaoping] start failed:', e);
  const detail = e instanceof KaopingError ? `${e.key} ${JSON.stringify(e.params)}` : e instanceof Error ? e.message : String(e);
  dialog.showErrorBox('Kaoping', `考评无法启动 / Kaoping could not start:\n${detail}`);
  service?.close();
  service = null;
  app.exit(1);
}

// Before ready: the scheme's privileges, and the sandbox for every renderer.
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another instance holds the database; it gets focus (second-instance below) and we leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every web contents, including any a later feature creates, gets the same hardening.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    // Closing the store checkpoints the WAL, leaving one self-contained database file.
    service?.close();
    service = null;
  });
  app.whenReady().then(start).catch(failStart);
}
