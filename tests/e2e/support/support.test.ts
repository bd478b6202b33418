import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startBrowserHost, type RunningBrowserHost, type RunningChromium } from './index';

// The support itself, in the real browser: the host on an empty database serves the built
// renderer with its CSP enforced, the api answers only with the token, and other origins
// cannot read it.
let host: RunningBrowserHost;
let chrome: RunningChromium;

beforeAll(async () => {
  host = await startBrowserHost({ seed: false });
  chrome = await launchChromium();
});
afterAll(async () => {
  await chrome?.close();
  await host?.close();
});

describe('startBrowserHost and launchChromium', () => {
  it('start a host on 127.0.0.1 with a temporary database', () => {
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(existsSync(host.dbPath)).toBe(true);
  });

  it('open the renderer in zh-CN at 1440×900, with the CSP header on the page', async () => {
    const res = await chrome.page.goto(host.url);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(chrome.page.viewportSize()).toEqual({ width: 1440, height: 900 });
    expect(await chrome.page.evaluate('navigator.language')).toBe('zh-CN');
    await chrome.page.waitForSelector('#root > *');
    await chrome.page.waitForLoadState('networkidle');
    // The app itself, on an empty database, logs nothing wrong (zod runs jitless under the CSP).
    expect(chrome.errors).toEqual([]);
  });

  it('enforce the CSP in the page: no inline script or handler, no remote fetch', async () => {
    // (eval cannot be checked from here: code that Playwright evaluates runs exempt from CSP.)
    // A string, as the page's DOM is not in this Node-side TypeScript project.
    const outcome = await chrome.page.evaluate(`(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.appendChild(s);
      const b = document.createElement('button');
      b.setAttribute('onclick', 'window.__handlerRan = true');
      document.body.appendChild(b);
      b.click();
      b.remove();
      let remoteBlocked = false;
      try {
        await fetch('https://example.com/');
      } catch {
        remoteBlocked = true;
      }
      return { inlineRan: window.__inlineRan === true, handlerRan: window.__handlerRan === true, remoteBlocked };
    })()`);
    expect(outcome).toEqual({ inlineRan: false, handlerRan: false, remoteBlocked: true });
  });

  it('let the page call the api with the token and refuse it without', async () => {
    const statuses = await chrome.page.evaluate(async (token) => {
      const call = (headers: Record<string, string>) => fetch('/api/appInfo', { method: 'POST', headers, body: '{}' });
      const ok = await call({ Authorization: `Bearer ${token}` });
      const info = (await ok.json()) as { database: string };
      return { ok: ok.status, database: info.database, without: (await call({})).status };
    }, host.token);
    expect(statuses).toEqual({ ok: 200, database: host.dbPath, without: 401 });
  });

  it('keep other origins out even when they hold the token', async () => {
    const other = await startBrowserHost({ seed: false });
    try {
      await chrome.page.goto(other.url);
      const result = await chrome.page.evaluate(async ({ origin, token }) => {
        try {
          const res = await fetch(`${origin}/api/appInfo`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
          return `read ${res.status}`;
        } catch {
          return 'blocked';
        }
      }, { origin: host.origin, token: host.token });
      expect(result).toBe('blocked');
    } finally {
      // leave the app first: a request it still has in flight would fail against a closed host
      await chrome.page.goto('about:blank');
      await other.close();
    }
  });

  it('seed the demo county by default, and leave the database empty with seed: false', async () => {
    expect(await host.service.listUnits({})).toEqual([]);
    const seeded = await startBrowserHost();
    try {
      expect((await seeded.service.listUnits({})).length).toBeGreaterThan(200);
      expect((await seeded.service.listPeriods({})).length).toBeGreaterThan(0);
    } finally {
      await seeded.close();
    }
  });

  it('collect page errors (here only the probes above), and close removes the database', async () => {
    const probes = /Content Security Policy|status of 401 \(Unauthorized\)/;
    expect(chrome.errors.length).toBeGreaterThan(0);
    expect(chrome.errors.filter((e) => !probes.test(e))).toEqual([]);
    const extra = await startBrowserHost({ seed: false });
    await extra.close();
    expect(existsSync(dirname(extra.dbPath))).toBe(false);
  });
});
