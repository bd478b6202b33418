import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeWire, encodeWire, KaopingError, type CallName } from '../../../src-shared/api';
import { startWebHost, type WebHost } from '../../../src-main/web/server';
import { fakeService, validResults } from '../../unit/electron/fakes';
import { peersCallInputs } from '../../unit/electron/peers-fakes';
import { scenariosCallInputs } from '../../unit/electron/scenarios-fakes';
import { raw } from './http';

// A built renderer in miniature, with a secret beside it that must stay out of reach.
const root = mkdtempSync(join(tmpdir(), 'kaoping-web-'));
const rendererDir = join(root, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>考评</title>');
writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("kaoping")');
writeFileSync(join(root, 'secret.txt'), 'top secret');
symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));

const calls = {
  appInfo: vi.fn(async () => validResults.appInfo),
  getObservations: vi.fn(async () => validResults.getObservations),
  exportWorkbook: vi.fn(async () => validResults.exportWorkbook),
  importWorkbook: vi.fn(async () => validResults.importWorkbook),
  listPeriods: vi.fn(async (): Promise<unknown> => validResults.listPeriods),
};
const log = { error: vi.fn(), warn: vi.fn() };
let host: WebHost;
let auth: Record<string, string>;

beforeAll(async () => {
  host = await startWebHost({ service: fakeService(calls), rendererDir, port: 0, log });
  auth = { Authorization: `Bearer ${host.token}` };
});
afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});
afterEach(() => {
  Object.values(calls).forEach((fn) => fn.mockClear());
  log.error.mockClear();
});

const post = (call: string, body: string | Buffer, headers: Record<string, string> = auth) =>
  raw(host.port, { method: 'POST', path: `/api/${call}`, headers: { 'Content-Type': 'application/json', ...headers }, body });

const errorOf = (res: { json: () => unknown }) => (res.json() as { error: { key: string; params: Record<string, unknown>; issues: unknown[] } }).error;

function canConnect(hostAddr: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: hostAddr, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('listening', () => {
  it('prints a URL on 127.0.0.1 with a fresh 24-byte base64url token in the hash', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const other = await startWebHost({ service: fakeService(), rendererDir });
    expect(other.token).not.toBe(host.token);
    expect(other.port).not.toBe(host.port);
    await other.close();
  });

  it('is bound to 127.0.0.1 only', async () => {
    expect(await canConnect('127.0.0.1', host.port)).toBe(true);
    expect(await canConnect('::1', host.port)).toBe(false);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal)
      .map((a) => a!.address);
    for (const address of external) expect(await canConnect(address, host.port), address).toBe(false);
  });

  it('stops accepting connections once closed', async () => {
    const other = await startWebHost({ service: fakeService(), rendererDir });
    expect(await canConnect('127.0.0.1', other.port)).toBe(true);
    await other.close();
    expect(await canConnect('127.0.0.1', other.port)).toBe(false);
  });
});

describe('the token', () => {
  it('answers 401 without a token, with a wrong one, or with another scheme, and calls nothing', async () => {
    const wrongSameLength = host.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    for (const headers of [
      {} as Record<string, string>,
      { Authorization: 'Bearer nope' },
      { Authorization: `Bearer ${wrongSameLength}` },
      { Authorization: `Basic ${host.token}` },
      { Authorization: `Bearer ${host.token}x` },
    ]) {
      const res = await post('appInfo', '{}', headers);
      expect(res.status).toBe(401);
      expect(errorOf(res)).toEqual({ key: 'api.unauthorized', params: {}, issues: [] });
    }
    expect(calls.appInfo).not.toHaveBeenCalled();
  });

  it('answers 401 before saying whether a call exists', async () => {
    expect((await post('noSuchCall', '{}', {})).status).toBe(401);
  });

  it('is not needed for the renderer’s files', async () => {
    expect((await raw(host.port, { path: '/' })).status).toBe(200);
  });
});

describe('calls', () => {
  it('answers 200 with the wire-encoded result', async () => {
    const res = await post('appInfo', '{}');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(decodeWire(res.text)).toEqual(validResults.appInfo);
  });

  it('treats an empty body as {}', async () => {
    expect((await post('appInfo', '')).status).toBe(200);
  });

  it('answers 404 for an unknown call, including names every object has', async () => {
    for (const name of ['dropDatabase', 'toString', '__proto__', 'constructor']) {
      const res = await post(name, '{}');
      expect(res.status, name).toBe(404);
      expect(errorOf(res)).toEqual({ key: 'api.unknownCall', params: { call: name }, issues: [] });
    }
  });

  it('answers 400 for invalid input without calling the service', async () => {
    const res = await post('importWorkbook', encodeWire({ files: [] }));
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ key: 'api.invalidInput', params: { call: 'importWorkbook' } });
    expect(String(errorOf(res).params.issue)).toMatch(/^files: /);
    const notJson = await post('getObservations', '{period:');
    expect(notJson.status).toBe(400);
    expect(errorOf(notJson)).toMatchObject({ key: 'api.invalidInput', params: { call: 'getObservations' } });
    expect(calls.importWorkbook).not.toHaveBeenCalled();
    expect(calls.getObservations).not.toHaveBeenCalled();
  });

  it('answers 400 with the KaopingError’s key, params and issues', async () => {
    const issue = { key: 'io.notAWorkbook', sheet: 'data', row: 3, column: 'V1', severity: 'error' as const };
    calls.getObservations.mockRejectedValueOnce(new KaopingError('service.unknownPeriod', { period: '2031', known: '2024' }, [issue]));
    const res = await post('getObservations', encodeWire({ period: '2031' }));
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ error: { key: 'service.unknownPeriod', params: { period: '2031', known: '2024' }, issues: [issue] } });
  });

  it('answers 500 api.internal for a bug, logging it here and sending no detail', async () => {
    calls.appInfo.mockRejectedValueOnce(new Error('disk I/O error at /home/secret/kaoping.db'));
    const res = await post('appInfo', '{}');
    expect(res.status).toBe(500);
    expect(errorOf(res)).toEqual({ key: 'api.internal', params: { call: 'appInfo' }, issues: [] });
    expect(res.text).not.toContain('secret');
    expect(log.error).toHaveBeenCalledOnce();
  });

  it('answers 500 for a result off the contract', async () => {
    calls.listPeriods.mockResolvedValueOnce([{ code: 2024 }]);
    const res = await post('listPeriods', '{}');
    expect(res.status).toBe(500);
    expect(errorOf(res)).toMatchObject({ key: 'api.invalidOutput', params: { call: 'listPeriods' } });
  });

  it('accepts POST only', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
      const res = await raw(host.port, { method, path: '/api/appInfo', headers: auth });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('POST');
    }
    expect(calls.appInfo).not.toHaveBeenCalled();
  });

  it('answers binary results as raw octet-stream bytes', async () => {
    for (const name of ['getObservations', 'exportWorkbook'] as const) {
      const res = await post(name, encodeWire(name === 'getObservations' ? { period: '2024' } : {}));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/octet-stream');
      expect(new Uint8Array(res.body)).toEqual(validResults[name]);
    }
  });

  it('round-trips Uint8Array input through the wire encoding', async () => {
    const data = new Uint8Array(300_000).map((_, i) => (i * 31) % 256);
    const res = await post('importWorkbook', encodeWire({ files: [{ name: '示例.xlsx', data }], dryRun: true }));
    expect(res.status).toBe(200);
    expect(calls.importWorkbook).toHaveBeenCalledOnce();
    const got = calls.importWorkbook.mock.calls[0] as unknown as [{ files: { name: string; data: Uint8Array }[]; dryRun: boolean }];
    expect(got[0].files[0].name).toBe('示例.xlsx');
    expect(got[0].files[0].data).toBeInstanceOf(Uint8Array);
    // Byte-for-byte (Buffer.equals: a deep toEqual over 300,000 elements is needlessly slow).
    expect(Buffer.from(got[0].files[0].data).equals(Buffer.from(data))).toBe(true);
    expect(got[0].files[0].data.length).toBe(300_000);
    expect(got[0].dryRun).toBe(true);
    expect(decodeWire(res.text)).toEqual(validResults.importWorkbook);
  });
});

describe('the body size limit', () => {
  it('answers 413 api.bodyTooLarge past the limit, declared or streamed, without calling the service', async () => {
    const importWorkbook = vi.fn(async () => validResults.importWorkbook);
    const small = await startWebHost({ service: fakeService({ importWorkbook }), rendererDir, maxBodyBytes: 1024, log });
    try {
      const body = encodeWire({ files: [{ name: 'a.xlsx', data: new Uint8Array(2048) }] });
      const headers = { Authorization: `Bearer ${small.token}` };
      const declared = await raw(small.port, { method: 'POST', path: '/api/importWorkbook', headers, body });
      expect(declared.status).toBe(413);
      expect(errorOf(declared)).toEqual({ key: 'api.bodyTooLarge', params: { limit: '1024 bytes' }, issues: [] });
      const chunked = await raw(small.port, {
        method: 'POST',
        path: '/api/importWorkbook',
        headers: { ...headers, 'Transfer-Encoding': 'chunked' },
        body,
      });
      expect(chunked.status).toBe(413);
      expect(importWorkbook).not.toHaveBeenCalled();
      const fits = await raw(small.port, { method: 'POST', path: '/api/appInfo', headers, body: '{}' });
      expect(fits.status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('defaults to 200 MB', async () => {
    const res = await post('importWorkbook', '', { ...auth, 'Content-Length': String(200 * 1024 * 1024 + 1) }).catch(() => null);
    // The server answers before the (never sent) body arrives.
    expect(res?.status).toBe(413);
    expect(res && errorOf(res)).toMatchObject({ params: { limit: '200 MB' } });
  });
});

describe('DNS rebinding, origins and CORS', () => {
  it('refuses a Host header other than 127.0.0.1:PORT or localhost:PORT', async () => {
    for (const h of ['evil.example', `evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`, `0.0.0.0:${host.port}`]) {
      for (const path of ['/', '/api/appInfo']) {
        const isApi = path.startsWith('/api/');
        const res = await raw(host.port, { method: isApi ? 'POST' : 'GET', path, headers: { ...auth, Host: h }, body: isApi ? '{}' : undefined });
        expect(res.status, `${h} ${path}`).toBe(403);
        expect(errorOf(res).key).toBe('api.forbidden');
      }
    }
    expect(calls.appInfo).not.toHaveBeenCalled();
    expect((await post('appInfo', '{}', { ...auth, Host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses a request whose Origin is not the host’s own, even with the token', async () => {
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${host.port + 1}`, `https://127.0.0.1:${host.port}`]) {
      const res = await post('appInfo', '{}', { ...auth, Origin: origin });
      expect(res.status, origin).toBe(403);
      expect(errorOf(res)).toEqual({ key: 'api.forbidden', params: { origin }, issues: [] });
    }
    expect(calls.appInfo).not.toHaveBeenCalled();
    for (const own of [`http://127.0.0.1:${host.port}`, `http://localhost:${host.port}`]) {
      expect((await post('appInfo', '{}', { ...auth, Origin: own })).status).toBe(200);
    }
  });

  it('sends no Access-Control-* header on any response, preflight included', async () => {
    const responses = [
      await post('appInfo', '{}'),
      await post('appInfo', '{}', {}),
      await post('appInfo', '{}', { ...auth, Origin: 'https://evil.example' }),
      await raw(host.port, {
        method: 'OPTIONS',
        path: '/api/appInfo',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      }),
      await raw(host.port, { method: 'OPTIONS', path: '/api/appInfo', headers: { 'Access-Control-Request-Method': 'POST' } }),
      await raw(host.port, { path: '/' }),
    ];
    for (const res of responses) {
      expect(Object.keys(res.headers).filter((k) => k.startsWith('access-control-'))).toEqual([]);
    }
  });
});

describe('static files', () => {
  it('serves index.html for / with the CSP, nosniff and no-referrer', async () => {
    const res = await raw(host.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.text).toBe('<!doctype html><title>考评</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'.*script-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their MIME type, and HEAD without a body', async () => {
    const js = await raw(host.port, { path: '/assets/index-abc.js?v=1' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-security-policy']).toBeDefined();
    const head = await raw(host.port, { method: 'HEAD', path: '/index.html' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength('<!doctype html><title>考评</title>')));
  });

  it('refuses path traversal, encoded or through a symbolic link', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2F..%2Fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/link.txt',
      '/%00',
      '/%E0%A4%A',
      '//etc/passwd',
    ]) {
      const res = await raw(host.port, { path });
      expect(res.status, path).toBe(404);
      expect(res.text).not.toContain('top secret');
    }
  });

  it('answers 404 for a missing file and 405 for other methods', async () => {
    expect((await raw(host.port, { path: '/missing.js' })).status).toBe(404);
    expect((await raw(host.port, { method: 'POST', path: '/index.html', body: '' })).status).toBe(405);
  });
});

// Every call of the contract goes through (guards the route table against a renamed call).
it('serves every call of the contract', async () => {
  const inputs: Record<CallName, unknown> = {
    appInfo: {}, listUnits: {}, listIndicators: {}, listPeriods: {}, getObservations: { period: '2024' },
    importWorkbook: { files: [{ name: 'a.xlsx', data: new Uint8Array([1]) }] }, exportWorkbook: {}, score: {},
    explain: { unit: 'U1' }, objectiveWeights: { method: 'entropy' }, indicatorStats: {}, listSchemes: {},
    saveScheme: { name: 's', scheme: {} }, scorePeriods: { periods: [{ period: '2024', weight: 1 }] },
    renameScheme: { name: 's', newName: 't' }, deleteScheme: { name: 's' }, setBaselineScheme: { name: null },
    finaliseScheme: { name: 's' }, ...peersCallInputs, ...scenariosCallInputs,
  };
  for (const [name, input] of Object.entries(inputs)) {
    const res = await post(name, encodeWire(input));
    expect(res.status, name).toBe(200);
  }
});
