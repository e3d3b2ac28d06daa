import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode } from '../../shared/result';
import type { Dispatch } from '../core/dispatcher';
import { serveStatic } from './static';

// A 10 MB CSV travels as about 13.4 MB of base64: the limit leaves room for that and no more.
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
const API_PREFIX = '/api/';
const STATUS_OF: Record<ErrorCode, number> = { VALIDATION: 400, NOT_FOUND: 404, CONFLICT: 409, UNKNOWN_OP: 404, FORBIDDEN: 403, INTERNAL: 500 };

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
}

export interface WebServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const reject = (res: ServerResponse, status: number, message: string) =>
  send(res, status, { ok: false, error: { code: status === 413 ? 'VALIDATION' : 'FORBIDDEN', message } });

/** Reads a JSON body, refusing more than MAX_BODY_BYTES without buffering it. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, rejectBody) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', rejectBody);
  });
}

/**
 * Browser mode: the same core behind POST /api/<op>, plus the built renderer. Only for this machine:
 * binds 127.0.0.1 and refuses any Host or Origin that isn't its own (DNS rebinding, cross-site posts).
 */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const server = createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) return reject(res, 403, 'Host not allowed');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins.has(origin)) return reject(res, 403, 'Origin not allowed');
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(API_PREFIX)) return serveStatic(options.staticDir, url.pathname, req, res);
      if (req.method !== 'POST') return reject(res, 405, 'Use POST');
      // A JSON content type forces a CORS preflight, which this server never answers: no cross-site calls.
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return reject(res, 415, 'Send application/json');
      const body = await readBody(req);
      if (body === null) return reject(res, 413, `Request body over ${MAX_BODY_BYTES / 1024 / 1024} MB`);
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return send(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Request body is not valid JSON' } });
      }
      let op: string;
      try {
        op = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      } catch {
        return send(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The op name in the address is not valid text' } });
      }
      const result = await options.dispatch(op, input);
      send(res, result.ok ? 200 : STATUS_OF[result.error.code], result);
    } catch (error) {
      console.error('request failed', error);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Internal error' } });
    }
  });
  server.requestTimeout = 120_000;

  return new Promise((resolve, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));
      resolve({
        url: `http://127.0.0.1:${port}`,
        server,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
