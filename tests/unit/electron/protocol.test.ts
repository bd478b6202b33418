import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  privileged: [] as unknown[],
  handlers: new Map<string, (req: Request) => Promise<Response>>(),
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
    handle: (scheme: string, fn: (req: Request) => Promise<Response>) => electron.handlers.set(scheme, fn),
  },
}));

const { registerAppScheme, serveRenderer } = await import('../../../src-main/electron/protocol');

// A built renderer in miniature, with a secret next to it that must stay out of reach.
const root = mkdtempSync(join(tmpdir(), 'kaoping-protocol-'));
const renderer = join(root, 'renderer');
mkdirSync(join(renderer, 'assets'), { recursive: true });
writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>考评</title>');
writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(renderer, 'assets', 'index-abc.css'), 'body{}');
writeFileSync(join(renderer, 'assets', 'worker.wasm'), new Uint8Array([0, 97, 115, 109]));
writeFileSync(join(root, 'secret.txt'), 'secret');
symlinkSync(join(root, 'secret.txt'), join(renderer, 'assets', 'link.txt'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

serveRenderer(renderer);
const handler = electron.handlers.get('app')!;
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme', () => {
    registerAppScheme();
    expect(electron.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
  });
});

describe('the app:// handler', () => {
  it('serves index.html for / and for /index.html, with the CSP', async () => {
    for (const url of ['app://kaoping/', 'app://kaoping/index.html']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toBe('<!doctype html><title>考评</title>');
    }
  });

  it('gives each file its MIME type', async () => {
    expect((await get('app://kaoping/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://kaoping/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const wasm = await get('app://kaoping/assets/worker.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('refuses paths that lead outside the renderer folder', async () => {
    for (const url of [
      'app://kaoping/..%2Fsecret.txt',
      'app://kaoping/assets/..%2F..%2Fsecret.txt',
      'app://kaoping/%2e%2e/secret.txt',
      'app://kaoping/assets/link.txt',
      'app://kaoping/%00index.html',
      'app://kaoping/%E0%A4%A',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('secret');
    }
  });

  it('answers 404 for a missing file or a folder, and for another host', async () => {
    expect((await get('app://kaoping/missing.js')).status).toBe(404);
    expect((await get('app://kaoping/assets')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://kaoping/index.html', 'POST')).status).toBe(405);
    const head = await get('app://kaoping/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
