import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { KaopingError, type CallName } from '../../../src-shared/api';
import { fakeService, validResults } from './fakes';
import { peersCallInputs } from './peers-fakes';
import { scenariosCallInputs } from './scenarios-fakes';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => electron.handlers.set(channel, fn),
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
}));

const { registerIpc } = await import('../../../src-main/electron/ipc');

interface FakeFrame {
  processId: number;
  routingId: number;
  parent: FakeFrame | null;
  url: string;
}

let nextContentsId = 1;

/** A window: its web contents (a fresh id) and main frame (process 7, routing id 1) on `url`. */
function appWindow(url = 'app://kaoping/index.html') {
  const mainFrame: FakeFrame = { processId: 7, routingId: 1, parent: null, url };
  const webContents = { id: nextContentsId++, mainFrame };
  const win = { isDestroyed: () => false, webContents } as unknown as BrowserWindow;
  return { win, webContents, mainFrame };
}

const log = { error: vi.fn(), warn: vi.fn() };

function setup(service = fakeService(), url?: string) {
  const app = appWindow(url);
  const unregister = registerIpc(service, () => app.win, log);
  const handler = electron.handlers.get('kaoping:call')!;
  const fromMain = { sender: app.webContents, senderFrame: app.mainFrame };
  const call = (name: unknown, input: unknown, event: object = fromMain) =>
    handler(event as IpcMainInvokeEvent, name, input) as Promise<{ ok: boolean; result?: unknown; error?: { key: string; params: Record<string, unknown>; issues: unknown[] } }>;
  return { app, call, unregister, service };
}

beforeEach(() => {
  electron.handlers.clear();
  log.error.mockClear();
  log.warn.mockClear();
});

describe('registerIpc', () => {
  it('binds one handler on kaoping:call and unbinds it', () => {
    const { unregister } = setup();
    expect([...electron.handlers.keys()]).toEqual(['kaoping:call']);
    unregister();
    expect(electron.handlers.size).toBe(0);
  });

  it("answers a call from the app window's main frame with the service's result", async () => {
    const appInfo = vi.fn(async () => validResults.appInfo);
    const { call } = setup(fakeService({ appInfo }));
    await expect(call('appInfo', {})).resolves.toEqual({ ok: true, result: validResults.appInfo });
    expect(appInfo).toHaveBeenCalledOnce();
  });

  it('passes the input parsed by the contract (defaults filled in) to the service', async () => {
    const score = vi.fn(async () => validResults.score);
    const { call } = setup(fakeService({ score }));
    await call('score', { period: '2024' });
    expect(score).toHaveBeenCalledExactlyOnceWith({ period: '2024', options: {} });
  });
});

describe('the sender check', () => {
  it('refuses a frame of another web contents', async () => {
    const appInfo = vi.fn(async () => validResults.appInfo);
    const { call } = setup(fakeService({ appInfo }));
    const other = appWindow();
    const reply = await call('appInfo', {}, { sender: other.webContents, senderFrame: other.mainFrame });
    expect(reply).toMatchObject({ ok: false, error: { key: 'api.forbidden' } });
    expect(appInfo).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledOnce();
  });

  it('refuses an iframe of the app window, even on app://', async () => {
    const appInfo = vi.fn(async () => validResults.appInfo);
    const { call, app } = setup(fakeService({ appInfo }));
    const child: FakeFrame = { processId: 7, routingId: 2, parent: app.mainFrame, url: 'app://kaoping/index.html' };
    expect(await call('appInfo', {}, { sender: app.webContents, senderFrame: child })).toMatchObject({ ok: false, error: { key: 'api.forbidden' } });
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('refuses a top frame that is not the main frame (another routing id)', async () => {
    const { call, app } = setup();
    const stale: FakeFrame = { processId: 7, routingId: 9, parent: null, url: 'app://kaoping/index.html' };
    expect(await call('appInfo', {}, { sender: app.webContents, senderFrame: stale })).toMatchObject({ ok: false });
  });

  it('refuses the main frame once it shows anything but app://kaoping', async () => {
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', 'about:blank']) {
      const { call } = setup(fakeService(), url);
      expect(await call('appInfo', {})).toMatchObject({ ok: false, error: { key: 'api.forbidden', params: { origin: url } } });
    }
  });

  it('refuses when the frame is gone or the window is destroyed', async () => {
    const { call, app } = setup();
    expect(await call('appInfo', {}, { sender: app.webContents, senderFrame: null })).toMatchObject({ ok: false });
    (app.win as unknown as { isDestroyed: () => boolean }).isDestroyed = () => true;
    expect(await call('appInfo', {})).toMatchObject({ ok: false, error: { key: 'api.forbidden' } });
  });
});

describe('calls and their input', () => {
  it('refuses an unknown call name, including names every object has', async () => {
    const { call } = setup();
    for (const name of ['dropDatabase', 'toString', '__proto__', 'constructor', 42]) {
      expect(await call(name, {})).toEqual({ ok: false, error: { key: 'api.unknownCall', params: { call: String(name) }, issues: [] } });
    }
  });

  it('refuses invalid input without calling the service', async () => {
    const importWorkbook = vi.fn(async () => validResults.importWorkbook);
    const getObservations = vi.fn(async () => validResults.getObservations);
    const { call } = setup(fakeService({ importWorkbook, getObservations }));
    const bad = await call('importWorkbook', { files: [{ name: 'a.xlsx', data: 'not bytes' }] });
    expect(bad).toMatchObject({ ok: false, error: { key: 'api.invalidInput', params: { call: 'importWorkbook' } } });
    expect(bad.error?.params.issue).toMatch(/^files\.0\.data: /);
    expect(await call('getObservations', { period: '' })).toMatchObject({ ok: false, error: { key: 'api.invalidInput' } });
    expect(await call('getObservations', undefined)).toMatchObject({ ok: false, error: { key: 'api.invalidInput' } });
    expect(importWorkbook).not.toHaveBeenCalled();
    expect(getObservations).not.toHaveBeenCalled();
  });

  it('passes bytes through both ways (IPC clones Uint8Array)', async () => {
    const importWorkbook = vi.fn(async () => validResults.importWorkbook);
    const { call } = setup(fakeService({ importWorkbook }));
    const data = new Uint8Array([80, 75, 3, 4]);
    await call('importWorkbook', { files: [{ name: 'a.xlsx', data }], dryRun: true });
    expect(importWorkbook).toHaveBeenCalledExactlyOnceWith({ files: [{ name: 'a.xlsx', data }], dryRun: true });
    expect(await call('exportWorkbook', {})).toEqual({ ok: true, result: validResults.exportWorkbook });
  });
});

describe('errors and results', () => {
  it('returns a KaopingError as its key, params and issues', async () => {
    const issue = { key: 'io.missingSheet', params: { sheet: 'units' }, sheet: 'units', severity: 'error' as const };
    const err = new KaopingError('service.unknownPeriod', { period: '2031', known: '2024' }, [issue]);
    const { call } = setup(fakeService({ getObservations: async () => Promise.reject(err) }));
    expect(await call('getObservations', { period: '2031' })).toEqual({
      ok: false,
      error: { key: 'service.unknownPeriod', params: { period: '2031', known: '2024' }, issues: [issue] },
    });
  });

  it('maps a zod error thrown by the service to api.invalidInput', async () => {
    const thrown = z.object({ period: z.string() }).safeParse({ period: 3 }).error!;
    const { call } = setup(fakeService({ score: async () => Promise.reject(thrown) }));
    expect(await call('score', {})).toEqual({
      ok: false,
      error: { key: 'api.invalidInput', params: { call: 'score', issue: 'period: Invalid input: expected string, received number' }, issues: [] },
    });
  });

  it('hides any other failure behind api.internal and logs its stack in main', async () => {
    const bug = new Error('SQLITE_CORRUPT at /home/secret/kaoping.db');
    const { call } = setup(fakeService({ listUnits: async () => Promise.reject(bug) }));
    const reply = await call('listUnits', {});
    expect(reply).toEqual({ ok: false, error: { key: 'api.internal', params: { call: 'listUnits' }, issues: [] } });
    expect(JSON.stringify(reply)).not.toContain('secret');
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('listUnits'), bug);
  });

  it('refuses a result off the contract and strips fields the contract does not name', async () => {
    const { call } = setup(
      fakeService({
        appInfo: async () => ({ version: 1 }),
        listPeriods: async () => [{ ...validResults.listPeriods[0], secretPath: '/root' }],
      }),
    );
    expect(await call('appInfo', {})).toMatchObject({ ok: false, error: { key: 'api.invalidOutput', params: { call: 'appInfo' } } });
    expect(log.error).toHaveBeenCalledOnce();
    expect(await call('listPeriods', {})).toEqual({ ok: true, result: validResults.listPeriods });
  });

  it('answers every call of the contract', async () => {
    const { call } = setup();
    const inputs: Record<CallName, unknown> = {
      appInfo: {}, listUnits: {}, listIndicators: {}, listPeriods: {}, getObservations: { period: '2024' },
      importWorkbook: { files: [{ name: 'a.xlsx', data: new Uint8Array([1]) }] }, exportWorkbook: {}, score: {},
      explain: { unit: 'U1' }, objectiveWeights: { method: 'entropy' }, indicatorStats: {}, listSchemes: {},
      saveScheme: { name: 's', scheme: {} }, scorePeriods: { periods: [{ period: '2024', weight: 1 }] },
      renameScheme: { name: 's', newName: 't' }, deleteScheme: { name: 's' }, setBaselineScheme: { name: null },
      finaliseScheme: { name: 's' }, ...peersCallInputs, ...scenariosCallInputs,
    };
    for (const [name, input] of Object.entries(inputs)) {
      expect(await call(name, input)).toEqual({ ok: true, result: validResults[name as CallName] });
    }
  });
});
