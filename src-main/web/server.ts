import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { binaryResultCalls, decodeWire, encodeWire, type Handlers, type SerializedError } from '../../src-shared/api';
import { securityHeaders } from '../hosting/csp';
import { dispatch, isCallName } from '../hosting/dispatch';
import { apiError, type FailureKind, type HostLogger } from '../hosting/errors';
import { readStaticFile } from '../hosting/static-files';

/** Workbook uploads arrive base64-encoded inside JSON, so allow generously. */
export const DEFAULT_MAX_BODY_BYTES = 200 * 1024 * 1024;

export interface WebHostOptions {
  /** The calls to serve (the service, or a fake in tests). */
  service: Handlers;
  /** The built renderer (out/renderer), served as static files without auth. */
  rendererDir: string;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** The bearer token /api requires; a fresh random one per run when absent. */
  token?: string;
  /** Largest accepted request body in bytes (default 200 MB). */
  maxBodyBytes?: number;
  /** Where call failures are logged (default console). */
  log?: HostLogger;
}

export interface WebHost {
  /** `http://127.0.0.1:PORT/#token=TOKEN`: open this to use the app. */
  url: string;
  port: number;
  token: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

const STATUS: Record<FailureKind, number> = {
  unknownCall: 404,
  invalidInput: 400,
  rejected: 400,
  invalidOutput: 500,
  internal: 500,
};

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: SerializedError,
    readonly headers: Record<string, string> = {},
  ) {
    super(error.key);
  }
}

/** A random per-run token: 24 bytes, base64url. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison (hashing first makes the lengths equal). */
function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function bearerToken(req: IncomingMessage): string | null {
  const m = /^Bearer ([^\s]+)$/.exec(req.headers.authorization ?? '');
  return m ? m[1] : null;
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body?: Buffer | string): void {
  res.writeHead(status, { ...securityHeaders(), ...headers });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, error: SerializedError, headers: Record<string, string> = {}): void {
  send(res, status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers }, JSON.stringify({ error }));
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${n} bytes`;
}

/** Reads the request body up to `limit` bytes. Past the limit it stops keeping data (the rest
 * is drained and the connection closed after the 413) rather than destroying the socket before
 * the client can read why. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () => new HttpFailure(413, apiError('api.bodyTooLarge', { limit: formatBytes(limit) }), { Connection: 'close' });
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the browser host: the built renderer and the api over HTTP on 127.0.0.1 only
 * (.notes/TEAM.md has the protocol). Defences: a per-run bearer token on /api, the Host header
 * must name this loopback port (DNS rebinding), a foreign Origin is refused, no CORS headers
 * ever, POST only for calls, a body size limit, and a CSP on the renderer's files. */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? newToken();
  const limit = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = opts.log ?? console;
  let port = 0;
  const ownHosts = () => [`${HOST}:${port}`, `localhost:${port}`];

  async function serveApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      throw new HttpFailure(405, apiError('api.methodNotAllowed', { method: req.method ?? '' }), { Allow: 'POST' });
    }
    const given = bearerToken(req);
    if (given === null || !sameToken(given, token)) throw new HttpFailure(401, apiError('api.unauthorized'));
    if (!isCallName(name)) throw new HttpFailure(404, apiError('api.unknownCall', { call: name.slice(0, 100) }));

    const text = await readBody(req, limit);
    let input: unknown;
    try {
      input = text.trim() === '' ? {} : decodeWire(text);
    } catch {
      throw new HttpFailure(400, apiError('api.invalidInput', { call: name, issue: 'the request body is not JSON' }));
    }

    const outcome = await dispatch(opts.service, name, input, log);
    if (!outcome.ok) throw new HttpFailure(STATUS[outcome.kind], outcome.error);
    if (binaryResultCalls.has(outcome.call)) {
      const bytes = outcome.result as Uint8Array;
      send(res, 200, { 'Content-Type': 'application/octet-stream', 'Cache-Control': 'no-store' },
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } else {
      send(res, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, encodeWire(outcome.result));
    }
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpFailure(405, apiError('api.methodNotAllowed', { method: req.method ?? '' }), { Allow: 'GET, HEAD' });
    }
    const file = await readStaticFile(opts.rendererDir, pathname === '/' ? '/index.html' : pathname);
    if (!file) throw new HttpFailure(404, apiError('api.notFound', { path: pathname.slice(0, 200) }));
    const headers = { 'Content-Type': file.contentType, 'Content-Length': String(file.body.length), 'Cache-Control': 'no-cache' };
    send(res, 200, headers, req.method === 'HEAD' ? undefined : file.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a page of evil.example resolved to 127.0.0.1 still sends its own Host.
    const host = req.headers.host ?? '';
    if (!ownHosts().includes(host)) throw new HttpFailure(403, apiError('api.forbidden', { origin: host.slice(0, 100) }));
    // Browsers send Origin on cross-origin requests and on every POST; only our own may talk.
    const origin = req.headers.origin;
    if (origin !== undefined && !ownHosts().some((h) => origin === `http://${h}`)) {
      throw new HttpFailure(403, apiError('api.forbidden', { origin: origin.slice(0, 100) }));
    }
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname.startsWith('/api/')) await serveApi(req, res, pathname.slice('/api/'.length));
    else await serveStatic(req, res, pathname);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpFailure) {
        sendError(res, err.status, err.error, err.headers);
        return;
      }
      log.error('[kaoping] browser host request failed:', err);
      sendError(res, 500, apiError('api.internal'));
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((err) => (err ? reject(err) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
