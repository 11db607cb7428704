/**
 * The browser mode against slow clients: sockets that send half a request line and stop, many
 * at once, are closed by the server, and a normal request still answers meanwhile. Real sockets
 * on 127.0.0.1; every wait is bounded.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/node/handlers/index.ts';
import {
  DEFAULT_CLIENT_LIMITS,
  startBrowserServer,
  type BrowserServer,
  type ClientLimits,
} from '../../../electron/node/http-server.ts';
import { Session } from '../../../electron/node/session.ts';
import { FIXTURE_TODAY } from '../../helpers/fixture.ts';

const SHORT = { headersTimeoutMs: 400, requestTimeoutMs: 800, checkIntervalMs: 100 };
let dir: string;
let defaults: BrowserServer;
let short: BrowserServer;
let keepAlive: BrowserServer;
let limited: BrowserServer;
const sockets: Socket[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-slow-'));
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Liaison</title>\n');
  const session = await Session.start({
    mode: 'browser',
    version: 'test',
    dataDir: join(dir, 'data'),
    today: FIXTURE_TODAY,
  });
  const serve = (limits?: Partial<ClientLimits>) =>
    startBrowserServer({ handlers: createHandlers(session), rendererDir, limits });
  [defaults, short, keepAlive, limited] = await Promise.all([
    serve(),
    serve(SHORT),
    serve({ keepAliveTimeoutMs: 200 }),
    serve({ maxConnections: 10 }),
  ]);
});

afterEach(() => {
  for (const s of sockets.splice(0)) s.destroy();
});

afterAll(async () => {
  for (const server of [defaults, short, keepAlive, limited]) await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** A connected socket that has sent `text` and then nothing more. */
function slowSocket(server: BrowserServer, text = 'GET /ind'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: server.port }, () => {
      socket.write(text);
      // Read what the server sends (its 408), so its closing is seen as it happens.
      socket.resume();
      resolve(socket);
    });
    socket.on('error', () => {}); // a reset by the server is the point, not a failure
    socket.once('error', reject);
    sockets.push(socket);
  });
}

/** Resolves when the server closes the socket; rejects after `withinMs`. */
function closed(socket: Socket, withinMs: number): Promise<void> {
  if (socket.closed) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket still open after ${withinMs} ms`)), withinMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** A normal page request, which must answer (bounded so a hang fails the test instead of stalling it). */
async function page(server: BrowserServer): Promise<number> {
  const res = await fetch(`${server.origin}/`, { signal: AbortSignal.timeout(5_000) });
  await res.text();
  return res.status;
}

describe('slow clients', () => {
  it('sets header and request timeouts, a keep-alive timeout and a connection limit by default', () => {
    expect(defaults.limits).toEqual(DEFAULT_CLIENT_LIMITS);
    expect(DEFAULT_CLIENT_LIMITS).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 60_000,
      keepAliveTimeoutMs: 5_000,
      checkIntervalMs: 1_000,
      maxConnections: 256,
    });
  });

  it(
    'with the default limits, closes a socket that sent half a request line within 15 s',
    { timeout: 20_000 },
    async () => {
      await closed(await slowSocket(defaults), 15_000);
    },
  );

  it('answers a normal request at once while 200 slow sockets are open', { timeout: 20_000 }, async () => {
    const slow = await Promise.all(Array.from({ length: 200 }, () => slowSocket(defaults)));
    expect(await page(defaults)).toBe(200);
    // "While": the slow ones were still open when it answered (they are closed after 10 s).
    expect(slow.filter((s) => !s.closed)).toHaveLength(200);
  });

  it('closes every one of 200 slow sockets once the header timeout has passed, then still answers', async () => {
    const slow = await Promise.all(Array.from({ length: 200 }, () => slowSocket(short)));
    await Promise.all(slow.map((s) => closed(s, 5_000)));
    expect(await page(short)).toBe(200);
  });

  it('closes a request whose body never ends once the request timeout has passed', async () => {
    const socket = await slowSocket(
      short,
      `POST /api/app:info HTTP/1.1\r\nHost: 127.0.0.1:${short.port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`,
    );
    await closed(socket, 5_000);
  });

  it('closes an idle kept-alive connection after the keep-alive timeout', async () => {
    const socket = await slowSocket(
      keepAlive,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${keepAlive.port}\r\nConnection: keep-alive\r\n\r\n`,
    );
    const answer = await new Promise<string>((resolve) =>
      socket.once('data', (d: Buffer) => resolve(d.toString())),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    await closed(socket, 5_000);
  });

  it('closes a connection beyond the limit at once; the ones within it stay', async () => {
    const within = await Promise.all(Array.from({ length: 10 }, () => slowSocket(limited)));
    await closed(await slowSocket(limited), 5_000);
    expect(within.filter((s) => !s.closed)).toHaveLength(10);
  });
});
