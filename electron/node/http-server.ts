/**
 * The browser mode: the same renderer and the same handlers as the Electron app, served over
 * HTTP on the loopback interface only. Each run has a random secret: every API call must carry it
 * (`Authorization: Bearer`), and Host and Origin must name this very server, so neither another
 * machine nor a web page open in the user's browser can drive the app.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { dispatch, type Handlers } from './dispatch.ts';

export interface BrowserServerOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or absent for a free port chosen by the system. */
  port?: number;
  token?: string;
  /** Bounds on slow or idle clients; the defaults suit a person's browser (tests use short ones). */
  limits?: Partial<ClientLimits>;
  /** Main's events for the window, sent as server-sent events on GET /api/events. */
  subscribe?: (listener: (event: string, payload: unknown) => void) => () => void;
}

/**
 * How long a client may take and how many may be connected at once, so a script that opens
 * sockets and sends its headers byte by byte cannot hold the server (Node's defaults allow 60 s
 * for headers, 300 s for a request and any number of connections, checked every 30 s).
 */
export interface ClientLimits {
  /** From the connection to the end of the request headers. */
  headersTimeoutMs: number;
  /** From the connection to the end of the request body (a whole program file). */
  requestTimeoutMs: number;
  /** An idle kept-alive connection between two requests. */
  keepAliveTimeoutMs: number;
  /** How often the two timeouts above are checked. */
  checkIntervalMs: number;
  /** Open connections at once; beyond it a new one is closed at once. A browser opens about 6. */
  maxConnections: number;
}

export const DEFAULT_CLIENT_LIMITS: ClientLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
  maxConnections: 256,
};

export interface BrowserServer {
  /** The address to open, with the secret in the fragment (never sent to the server or logged). */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** The limits as the running server holds them. */
  limits: ClientLimits;
  close(): Promise<void>;
}

/** A whole program file fits with room to spare; anything bigger is refused unread. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** The content types of the built renderer's files, for both ways it is served (HTTP and app://). */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, message: string): void {
  const code = status >= 500 ? 'internal' : 'bad-request';
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }));
}

/** decodeURIComponent that answers null for a malformed escape (`%E0%A4%A`) instead of throwing. */
function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The envelope as JSON; a value JSON cannot write becomes an error envelope, never a 500. */
function encode(envelope: unknown, channel: string): string {
  try {
    return JSON.stringify(envelope);
  } catch (error) {
    console.error(`[liaison] ${channel}: the answer could not be sent:`, error);
    const message = `The answer of ${channel} could not be sent (${error instanceof Error ? error.message : String(error)}).`;
    return JSON.stringify({ ok: false, error: { code: 'internal', message } });
  }
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const root = normalize(options.rendererDir);
  let allowedHosts: Set<string> = new Set();
  let allowedOrigins: Set<string> = new Set();

  const limits = { ...DEFAULT_CLIENT_LIMITS, ...options.limits };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    (req, res) => {
      void handle(req, res).catch((error: unknown) => {
        console.error('[liaison] browser server:', error);
        if (!res.headersSent) sendError(res, 500, 'Internal error.');
      });
    },
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host.
    if (!allowedHosts.has(req.headers.host ?? '')) return sendError(res, 421, 'Unexpected Host header.');
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'Method not allowed.');
    return serveStatic(res, url.pathname);
  }

  async function api(req: IncomingMessage, res: ServerResponse, encodedChannel: string): Promise<void> {
    const isEvents = encodedChannel === 'events' && req.method === 'GET';
    if (req.method !== 'POST' && !isEvents) return sendError(res, 405, 'Use POST.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin))
      return sendError(res, 403, 'Cross-origin calls are refused.');
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice(7), token))
      return sendError(res, 401, 'Missing or wrong secret token.');
    if (isEvents) return events(req, res);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return sendError(res, 415, 'Send JSON.');
    const channel = decode(encodedChannel);
    if (channel === null) return sendError(res, 400, 'Malformed channel name.');
    const body = await readBody(req);
    if (body === null) return sendError(res, 413, 'The request is too large.');
    let args: unknown;
    try {
      args = body === '' ? {} : JSON.parse(body);
    } catch {
      return sendError(res, 400, 'The request body is not valid JSON.');
    }
    send(res, 200, encode(await dispatch(options.handlers, channel, args), channel));
  }

  /** Server-sent events: one `event:`/`data:` block per event, a comment every 25 s to keep it open. */
  function events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const stop = options.subscribe?.((event, payload) => {
      res.write(`event: ${event}\ndata: ${encode(payload, event)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': still here\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      stop?.();
    });
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const decoded = decode(pathname);
    if (decoded === null) return sendError(res, 404, 'Not found.');
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    let file = join(root, relative || 'index.html');
    if (file !== root && !file.startsWith(root + sep)) return sendError(res, 404, 'Not found.');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) file = join(root, 'index.html'); // the app's own routes
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) return sendError(res, 404, 'Not found (is the renderer built? run npm run build).');
    send(res, 200, bytes, TYPES[extname(file)] ?? 'application/octet-stream');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: nothing is reachable from another machine.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    limits: {
      headersTimeoutMs: server.headersTimeout,
      requestTimeoutMs: server.requestTimeout,
      keepAliveTimeoutMs: server.keepAliveTimeout,
      checkIntervalMs: limits.checkIntervalMs,
      maxConnections: server.maxConnections,
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
