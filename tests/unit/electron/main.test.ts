import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fake of the parts of electron main.ts touches, recording what happens in which order. */
const h = vi.hoisted(() => {
  type Fn = (...args: unknown[]) => unknown;
  const state = {
    order: [] as string[],
    lock: true,
    appPath: '',
    listeners: new Map<string, Fn[]>(),
    windows: [] as { options: Record<string, unknown>; loadURL: Fn; focus: Fn }[],
    ipc: new Map<string, Fn>(),
    protocols: new Map<string, Fn>(),
    permissionRequest: null as Fn | null,
    ready: () => {},
  };
  const on = (event: string, fn: Fn) => {
    state.listeners.set(event, [...(state.listeners.get(event) ?? []), fn]);
  };
  const emit = (event: string, ...args: unknown[]) => (state.listeners.get(event) ?? []).forEach((fn) => fn(...args));
  let readyPromise = Promise.resolve();
  const app = {
    on,
    requestSingleInstanceLock: () => state.lock,
    quit: () => state.order.push('quit'),
    exit: (code: number) => state.order.push(`exit ${code}`),
    enableSandbox: () => state.order.push('enableSandbox'),
    whenReady: () => {
      state.order.push('whenReady');
      return readyPromise;
    },
    getAppPath: () => state.appPath,
    getPath: (name: string) => `/home/user/.config/kaoping#${name}`,
    isPackaged: false,
  };
  const reset = () => {
    state.order = [];
    state.lock = true;
    state.listeners.clear();
    state.windows = [];
    state.ipc.clear();
    state.protocols.clear();
    state.permissionRequest = null;
    readyPromise = new Promise<void>((resolve) => (state.ready = () => {
      state.order.push('ready');
      resolve();
    }));
  };
  class BrowserWindow {
    options: Record<string, unknown>;
    webContents = { mainFrame: { processId: 1, routingId: 1, parent: null, url: 'app://kaoping/index.html' } };
    loadURL = vi.fn(async () => {});
    focus = vi.fn();
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this);
      state.order.push('BrowserWindow');
    }
    once() {}
    on() {}
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    show() {}
  }
  const electron = {
    app,
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => state.order.push('setApplicationMenu') },
    ipcMain: { handle: (ch: string, fn: Fn) => state.ipc.set(ch, fn), removeHandler: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: () => state.order.push('registerSchemesAsPrivileged'),
      handle: (scheme: string, fn: Fn) => state.protocols.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Fn) => (state.permissionRequest = fn),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
  };
  const service = { close: vi.fn(), appInfo: vi.fn() };
  const createService = vi.fn(async (_opts: unknown) => service);
  return { state, emit, reset, electron, service, createService };
});

vi.mock('electron', () => ({ ...h.electron, default: h.electron }));
vi.mock('../../../src-main/service', () => ({ createService: h.createService }));

// An installed app in miniature: app.getAppPath() with the demo workbook where main looks.
const appPath = mkdtempSync(join(tmpdir(), 'kaoping-app-'));
mkdirSync(join(appPath, 'resources', 'demo'), { recursive: true });
writeFileSync(join(appPath, 'resources', 'demo', 'demo-county.xlsx'), 'PK');
afterAll(() => rmSync(appPath, { recursive: true, force: true }));

const flush = () => new Promise((r) => setTimeout(r, 0));

async function startMain(env: { KAOPING_DB?: string } = {}) {
  vi.resetModules();
  if (env.KAOPING_DB) vi.stubEnv('KAOPING_DB', env.KAOPING_DB);
  else vi.stubEnv('KAOPING_DB', '');
  await import('../../../src-main/electron/main');
}

beforeEach(() => {
  h.reset();
  h.state.appPath = appPath;
  h.createService.mockClear();
  h.service.close.mockClear();
  h.createService.mockImplementation(async () => h.service);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the Electron main process', () => {
  it('registers app:// and the sandbox before ready, then opens one hardened window on app://', async () => {
    await startMain();
    expect(h.state.order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(h.state.order.indexOf('whenReady'));
    expect(h.state.order).toContain('enableSandbox');
    expect(h.state.windows).toHaveLength(0);

    h.state.ready();
    await flush();
    expect(h.state.windows).toHaveLength(1);
    const win = h.state.windows[0];
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(appPath, 'out', 'preload', 'index.cjs'),
    });
    expect(win.loadURL).toHaveBeenCalledExactlyOnceWith('app://kaoping/index.html');
    expect([...h.state.protocols.keys()]).toEqual(['app']);
    expect([...h.state.ipc.keys()]).toEqual(['kaoping:call']);
    expect(h.state.order).toContain('setApplicationMenu');
    const cb = vi.fn();
    h.state.permissionRequest!({}, 'media', cb, {});
    expect(cb).toHaveBeenCalledWith(false);
  });

  it('opens the service on userData/kaoping.db, seeded with the demo workbook next to the app', async () => {
    await startMain();
    h.state.ready();
    await flush();
    expect(h.createService).toHaveBeenCalledExactlyOnceWith({
      dbPath: join('/home/user/.config/kaoping#userData', 'kaoping.db'),
      seedWorkbook: join(appPath, 'resources', 'demo', 'demo-county.xlsx'),
    });
  });

  it('opens KAOPING_DB when it is set', async () => {
    await startMain({ KAOPING_DB: '/data/county.db' });
    h.state.ready();
    await flush();
    expect(h.createService).toHaveBeenCalledWith(expect.objectContaining({ dbPath: '/data/county.db' }));
  });

  it('hardens every web contents created later', async () => {
    await startMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    h.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    const open = contents.setWindowOpenHandler.mock.calls[0][0] as () => unknown;
    expect(open()).toEqual({ action: 'deny' });
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
  });

  it('focuses the window on a second instance and closes the service on quit', async () => {
    await startMain();
    h.state.ready();
    await flush();
    h.emit('second-instance');
    expect(h.state.windows[0].focus).toHaveBeenCalledOnce();
    h.emit('will-quit');
    expect(h.service.close).toHaveBeenCalledOnce();
  });

  it('quits at once when another instance holds the lock', async () => {
    h.state.lock = false;
    await startMain();
    expect(h.state.order).toContain('quit');
    expect(h.state.order).not.toContain('whenReady');
    expect(h.createService).not.toHaveBeenCalled();
  });

  it('says why in a dialog and exits when the database cannot be opened', async () => {
    h.createService.mockImplementation(async () => {
      throw new Error('SQLITE_CANTOPEN');
    });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    await startMain();
    h.state.ready();
    await flush();
    expect(h.electron.dialog.showErrorBox).toHaveBeenCalledWith('Kaoping', expect.stringContaining('SQLITE_CANTOPEN'));
    expect(h.state.order).toContain('exit 1');
    expect(h.state.windows).toHaveLength(0);
    consoleError.mockRestore();
  });
});
