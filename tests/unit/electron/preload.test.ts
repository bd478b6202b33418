import { describe, expect, it, vi } from 'vitest';
import { callNames, isSerializedError, type SerializedError } from '../../../src-shared/api';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn(), sendSync: vi.fn() },
}));

await import('../../../src-main/electron/preload');
const { BRIDGE_ERROR_PREFIX } = await import('../../../src-main/electron/channel');

const api = electron.exposed.get('kaoping') as Record<string, (input: unknown) => Promise<unknown>>;

describe('the preload', () => {
  it('exposes one object, window.kaoping, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['kaoping']);
  });

  it('offers exactly the contract’s calls, each a function, and no IPC primitive', () => {
    expect(Object.keys(api).sort()).toEqual([...callNames].sort());
    for (const name of callNames) expect(typeof api[name]).toBe('function');
    for (const value of Object.values(api)) {
      expect(value).not.toBe(electron.invoke);
      expect(Object.keys(value)).toEqual([]);
    }
    for (const raw of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync']) expect(api).not.toHaveProperty(raw);
  });

  it('sends each call as invoke("kaoping:call", name, input) and resolves to its result', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: true, result: [{ code: '2024' }] });
    await expect(api.listPeriods({})).resolves.toEqual([{ code: '2024' }]);
    expect(electron.invoke).toHaveBeenLastCalledWith('kaoping:call', 'listPeriods', {});

    const data = new Uint8Array([1, 2]);
    electron.invoke.mockResolvedValueOnce({ ok: true, result: { ok: true } });
    await api.importWorkbook({ files: [{ name: 'a.xlsx', data }] });
    expect(electron.invoke).toHaveBeenLastCalledWith('kaoping:call', 'importWorkbook', { files: [{ name: 'a.xlsx', data }] });
  });

  it('turns { ok: false, error } into a thrown Error carrying .kaoping, also inside its message', async () => {
    const error: SerializedError = { key: 'service.unknownPeriod', params: { period: '2031', known: '2024' }, issues: [] };
    electron.invoke.mockResolvedValueOnce({ ok: false, error });
    const thrown = await api.getObservations({ period: '2031' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as { kaoping: unknown }).kaoping).toEqual(error);
    // contextBridge keeps only the message: the error must survive in it.
    const message = (thrown as Error).message;
    expect(message.startsWith(BRIDGE_ERROR_PREFIX)).toBe(true);
    const fromMessage: unknown = JSON.parse(message.slice(BRIDGE_ERROR_PREFIX.length));
    expect(isSerializedError(fromMessage) && fromMessage).toEqual(error);
  });
});
