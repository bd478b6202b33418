import type { Session, WebContents, WebPreferences } from 'electron';
import { securityHeaders } from '../hosting/csp';
import { APP_SCHEME, isAppUrl } from './origin';

/** Window hardening, in one place (Electron's security checklist): the renderer is a sandboxed
 * web page with no Node, it never navigates away, opens no windows, gets no permission but
 * full screen (for the committee room) and loads nothing from the network. Only types are imported from electron: everything here acts
 * on objects main hands over, which keeps it testable with plain fakes. */

/** webPreferences of every window: isolated, sandboxed, no Node, web security on. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** No navigation (the app is one page; its routes live in the hash), no redirects, no webviews,
 * no new windows. Main's own loadURL is not a navigation event, so it is unaffected. */
export function hardenWebContents(contents: WebContents): void {
  const prevent = (event: { preventDefault(): void }) => event.preventDefault();
  contents.on('will-navigate', prevent);
  contents.on('will-frame-navigate', prevent);
  contents.on('will-redirect', prevent);
  contents.on('will-attach-webview', prevent);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** URL schemes the renderer may load: its own files, inline data and blobs (worker, downloads),
 * and the developer tools. Everything else (http, https, ws, file, …) is cancelled. */
const LOCAL_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

export function isLocalUrl(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** The one permission the app uses: the Fullscreen API (the header's full-screen toggle, for
 * the projector in the review room), and only for our own pages. Electron asks the request
 * handler with the frame's URL and the check handler with its origin; a refused request
 * leaves `requestFullscreen()` pending forever, so it must be granted here. */
export function isAllowedPermission(permission: string, url: string | undefined): boolean {
  return permission === 'fullscreen' && url !== undefined && isAppUrl(url);
}

/** Every other permission request and check is refused, device access too, and no request
 * leaves for the network: the app works offline by design. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details?.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isAllowedPermission(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalUrl(details.url) }));
}

/** Headers of every app:// response, the CSP first among them. Electron runs no webRequest
 * header hooks for custom schemes, so protocol.ts sets these on each response itself. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return { ...securityHeaders(), 'Content-Type': contentType, 'Cache-Control': 'no-cache' };
}
