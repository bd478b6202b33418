import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../../src-shared/api';
import { ApiError, toApiError } from '../../../src-renderer/api/errors';
import { createHttpClient } from '../../../src-renderer/api/httpClient';
import { createIpcClient } from '../../../src-renderer/api/ipcClient';
import { takeToken, tokenFromHash } from '../../../src-renderer/api/token';
import type { ApiClient } from '../../../src-shared/api';

interface Seen {
  url: string;
  init: RequestInit;
}

function fakeFetch(respond: (url: string) => Response, seen: Seen[] = []): typeof fetch {
  return (async (url: string | URL | Request, init?: RequestInit) => {
    seen.push({ url: String(url), init: init ?? {} });
    return respond(String(url));
  }) as typeof fetch;
}

const json = (body: unknown, status = 200) =>
  new Response(encodeWire(body), { status, headers: { 'Content-Type': 'application/json' } });

const period = { code: '2024', kind: 'year', year: 2024, observations: 12 };

describe('HTTP client (browser host protocol)', () => {
  it('POSTs /api/<call> with the bearer token and a wire-encoded body', async () => {
    const seen: Seen[] = [];
    const api = createHttpClient('tok123', fakeFetch(() => json([period]), seen));
    const periods = await api.listPeriods({});
    expect(periods).toEqual([period]);
    expect(seen[0].url).toBe('/api/listPeriods');
    expect(seen[0].init.method).toBe('POST');
    expect((seen[0].init.headers as Record<string, string>).Authorization).toBe('Bearer tok123');
    expect(seen[0].init.body).toBe('{}');
  });

  it('sends bytes wire-encoded (base64) so uploads survive JSON', async () => {
    const seen: Seen[] = [];
    const result = {
      ok: true, dryRun: true, issues: [], sha256: 'x',
      summary: { units: 1, indicators: 1, observations: 1, goals: 0, periods: ['2024'], superseded: 0 },
    };
    const api = createHttpClient('t', fakeFetch(() => json(result), seen));
    await api.importWorkbook({ files: [{ name: 'data.csv', data: new Uint8Array([104, 105]) }], dryRun: true });
    const sent = decodeWire(String(seen[0].init.body)) as { files: { name: string; data: Uint8Array }[]; dryRun: boolean };
    expect(sent.files[0].name).toBe('data.csv');
    expect(Array.from(sent.files[0].data)).toEqual([104, 105]);
    expect(sent.dryRun).toBe(true);
  });

  it('returns binary results as a Uint8Array of the response bytes', async () => {
    const api = createHttpClient('t', fakeFetch(() => new Response(new Uint8Array([1, 2, 3]), { status: 200 })));
    const bytes = await api.exportWorkbook({});
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes)).toEqual([1, 2, 3]);
  });

  it('throws an error body as an ApiError carrying the SerializedError', async () => {
    const issues = [{ key: 'io.notANumber', sheet: 'data', row: 3, column: 'X', severity: 'error' as const }];
    const api = createHttpClient('t', fakeFetch(() => json({ error: { key: 'io.rejected', params: { n: 1 }, issues } }, 400)));
    const err = await api.listUnits({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).error).toEqual({ key: 'io.rejected', params: { n: 1 }, issues });
  });

  it('names a bad token and a body that is not an error object', async () => {
    const unauthorized = createHttpClient('t', fakeFetch(() => new Response('nope', { status: 401 })));
    expect(((await unauthorized.appInfo({}).catch((e: unknown) => e)) as ApiError).key).toBe('ui.error.unauthorized');
    const broken = createHttpClient('t', fakeFetch(() => new Response('<html>', { status: 502 })));
    expect(((await broken.appInfo({}).catch((e: unknown) => e)) as ApiError).error).toEqual({
      key: 'api.internal', params: { status: 502 }, issues: [],
    });
  });

  it('rejects a result that does not match the contract', async () => {
    const api = createHttpClient('t', fakeFetch(() => json([{ code: 2024 }])));
    const err = (await api.listPeriods({}).catch((e: unknown) => e)) as ApiError;
    expect(err.error).toEqual({ key: 'ui.error.badResponse', params: { call: 'listPeriods' }, issues: [] });
  });

  it('reports a host that is gone as a network error', async () => {
    const api = createHttpClient('t', (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    expect(((await api.appInfo({}).catch((e: unknown) => e)) as ApiError).key).toBe('ui.error.network');
  });
});

describe('IPC client (Electron preload)', () => {
  it('passes calls through and validates their results', async () => {
    const bridge = { listPeriods: async () => [period] } as unknown as ApiClient;
    expect(await createIpcClient(bridge).listPeriods({})).toEqual([period]);
    const bad = { listPeriods: async () => [{}] } as unknown as ApiClient;
    expect(((await createIpcClient(bad).listPeriods({}).catch((e: unknown) => e)) as ApiError).key).toBe('ui.error.badResponse');
  });

  it("turns the preload's Error with .kaoping into an ApiError", async () => {
    const failure = Object.assign(new Error('x'), { kaoping: { key: 'service.noPeriod', params: {}, issues: [] } });
    const bridge = { score: async () => Promise.reject(failure) } as unknown as ApiClient;
    const err = (await createIpcClient(bridge).score({}).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.key).toBe('service.noPeriod');
  });

  it('reads the SerializedError from the message, as contextBridge passes only that on', async () => {
    const error = { key: 'io.sheet.missing', params: { sheet: 'units' }, issues: [] };
    const bridge = {
      listUnits: async () => Promise.reject(new Error(`Error invoking remote method: kaoping-error:${JSON.stringify(error)}`)),
    } as unknown as ApiClient;
    const err = (await createIpcClient(bridge).listUnits({}).catch((e: unknown) => e)) as ApiError;
    expect(err.error).toEqual(error);
  });

  it('never shows a stack: anything unknown becomes api.internal', () => {
    expect(toApiError(new Error('boom at line 3')).error).toEqual({ key: 'api.internal', params: {}, issues: [] });
  });
});

describe('browser host token', () => {
  it('reads the token from the hash', () => {
    expect(tokenFromHash('#token=abc-DEF_1')).toBe('abc-DEF_1');
    expect(tokenFromHash('#other=1')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });

  function fakes(hash: string) {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    } as unknown as Storage;
    const replaced: string[] = [];
    const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) } as unknown as History;
    const location = { hash, pathname: '/', search: '' } as Location;
    return { storage, history, location, replaced };
  }

  it('keeps it in sessionStorage and removes it from the address bar', () => {
    const f = fakes('#token=secret');
    expect(takeToken(f.location, f.storage, f.history)).toBe('secret');
    expect(f.storage.getItem('kaoping.token')).toBe('secret');
    expect(f.replaced).toEqual(['/']);
  });

  it('finds it again after a reload without the hash', () => {
    const f = fakes('#token=secret');
    takeToken(f.location, f.storage, f.history);
    const reloaded = { ...f, location: { hash: '', pathname: '/', search: '' } as Location };
    expect(takeToken(reloaded.location, reloaded.storage, reloaded.history)).toBe('secret');
    expect(f.replaced).toHaveLength(1);
  });
});
