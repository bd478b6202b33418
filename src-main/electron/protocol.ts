import { protocol } from 'electron';
import { readStaticFile } from '../hosting/static-files';
import { APP_HOST, APP_SCHEME } from './origin';
import { appResponseHeaders } from './security';

/** Registers app:// as a privileged scheme. Must run before the app is ready.
 * standard: relative URLs and an origin of its own (app://kaoping); secure: a secure context;
 * supportFetchAPI: fetch() of our own files; corsEnabled: module scripts and module workers are
 * fetched in CORS mode (as VS Code does for vscode-file://) — harmless here, as no other origin
 * ever runs in this session; codeCache: V8 caches the bundle across starts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
    },
  ]);
}

function notFound(status = 404): Response {
  return new Response(null, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/** The app:// handler: the files of `rendererDir` with their MIME types and the CSP, nothing
 * outside it (no `..`, no encoded slashes, no symbolic links leading out), GET and HEAD only. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    const file = await readStaticFile(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) return notFound();
    const body = request.method === 'HEAD' ? null : new Uint8Array(file.body);
    return new Response(body, { status: 200, headers: appResponseHeaders(file.contentType) });
  };
}

/** Serves the built renderer on app:// (call once the app is ready). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
