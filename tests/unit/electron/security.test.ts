import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { appResponseHeaders, hardenSession, hardenWebContents, isLocalUrl, secureWebPreferences } from '../../../src-main/electron/security';

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(event: string, fn: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
      return contents;
    },
    setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
      openHandler = fn;
    },
  };
  /** Emits like Electron: returns whether some listener called preventDefault. */
  const emit = (event: string, ...rest: unknown[]) => {
    const ev = { preventDefault: vi.fn() };
    for (const fn of listeners.get(event) ?? []) fn(ev, ...rest);
    return ev.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, emit, open: (url: string) => openHandler?.({ url }) };
}

function fakeSession() {
  const s = {
    request: null as null | ((wc: unknown, permission: string, cb: (granted: boolean) => void, details: unknown) => void),
    check: null as null | ((...args: unknown[]) => boolean),
    device: null as null | ((...args: unknown[]) => boolean),
    beforeRequest: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  };
  const session = {
    setPermissionRequestHandler: (fn: typeof s.request) => (s.request = fn),
    setPermissionCheckHandler: (fn: typeof s.check) => (s.check = fn),
    setDevicePermissionHandler: (fn: typeof s.device) => (s.device = fn),
    webRequest: { onBeforeRequest: (fn: typeof s.beforeRequest) => (s.beforeRequest = fn) },
  };
  return { session: session as unknown as Session, s };
}

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('hardenWebContents', () => {
  it('prevents navigation, frame navigation, redirects and webviews', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents);
    expect(emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(emit('will-navigate', 'app://kaoping/other.html')).toBe(true);
    expect(emit('will-frame-navigate')).toBe(true);
    expect(emit('will-redirect', 'https://example.com/')).toBe(true);
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('denies window.open for any URL, our own included', () => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://kaoping/index.html')).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('refuses every permission request, check and device access but full screen', () => {
    const { session, s } = fakeSession();
    hardenSession(session);
    const page = 'app://kaoping/index.html';
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'pointerLock', 'automatic-fullscreen', 'unknown']) {
      const cb = vi.fn();
      s.request!({}, permission, cb, { requestingUrl: page, isMainFrame: true });
      expect(cb).toHaveBeenCalledExactlyOnceWith(false);
      expect(s.check!({}, permission, 'app://kaoping', { isMainFrame: true })).toBe(false);
    }
    expect(s.device!({ deviceType: 'usb', origin: 'app://kaoping' })).toBe(false);
  });

  it('grants full screen to our own pages only (the full-screen toggle)', () => {
    const { session, s } = fakeSession();
    hardenSession(session);
    const asked = (requestingUrl: string | undefined) => {
      const cb = vi.fn();
      s.request!({}, 'fullscreen', cb, requestingUrl === undefined ? {} : { requestingUrl, isMainFrame: true });
      expect(cb).toHaveBeenCalledTimes(1);
      return cb.mock.calls[0][0] as boolean;
    };
    expect(asked('app://kaoping/index.html')).toBe(true);
    expect(s.check!({}, 'fullscreen', 'app://kaoping', { isMainFrame: true })).toBe(true);
    // anything else: another origin, a look-alike host, a file, or no URL at all
    expect(asked('https://example.com/')).toBe(false);
    expect(asked('app://kaoping.evil/index.html')).toBe(false);
    expect(asked('file:///index.html')).toBe(false);
    expect(asked(undefined)).toBe(false);
    expect(s.check!({}, 'fullscreen', 'https://example.com', { isMainFrame: true })).toBe(false);
    expect(s.check!({}, 'fullscreen', '', { isMainFrame: true })).toBe(false);
  });

  it('cancels every request that would leave the machine, and lets app:// through', () => {
    const { session, s } = fakeSession();
    hardenSession(session);
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      s.beforeRequest!({ url }, (r) => (answer = r.cancel));
      return answer;
    };
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled('wss://example.com/socket')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://kaoping/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(isLocalUrl('not a url')).toBe(false);
  });
});

describe('appResponseHeaders', () => {
  it('carries a CSP that allows only our own scripts, no eval and no remote origin', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    const csp = headers['Content-Security-Policy'];
    const directives = new Map(csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
