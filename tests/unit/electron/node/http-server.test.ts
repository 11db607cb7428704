import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/node/handlers/index.ts';
import {
  MAX_BODY_BYTES,
  startBrowserServer,
  type BrowserServer,
} from '../../../../electron/node/http-server.ts';
import { Session } from '../../../../electron/node/session.ts';
import { ProgramStore } from '../../../../electron/node/store.ts';
import type { AppInfo, AppliedEdit, OpenDocument } from '../../../../shared/ipc/contract.ts';
import type { Envelope } from '../../../../shared/ipc/envelope.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { FIXTURE_PATH, FIXTURE_TODAY, fixtureText } from '../../../helpers/fixture.ts';

const INDEX_HTML = '<!doctype html><title>Liaison test page</title><div id="root"></div>\n';

let dir: string;
let programPath: string;
let rendererDir: string;
let server: BrowserServer;
let previousDataDir: string | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-http-'));
  const dataDir = join(dir, 'app-data');
  previousDataDir = process.env.LIAISON_DATA_DIR;
  process.env.LIAISON_DATA_DIR = dataDir;
  rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app");\n');
  // A file beside the renderer folder that must never be served.
  await writeFile(join(dir, 'secret.txt'), 'TOP SECRET\n');
  programPath = join(dir, 'program.json');
  await copyFile(FIXTURE_PATH, programPath);

  const session = await Session.start({ mode: 'browser', version: 'test', dataDir, today: FIXTURE_TODAY });
  await session.adopt(await ProgramStore.open(programPath, session.storeOptions));
  server = await startBrowserServer({ handlers: createHandlers(session), rendererDir });
});

afterEach(async () => {
  await server.close();
  if (previousDataDir === undefined) delete process.env.LIAISON_DATA_DIR;
  else process.env.LIAISON_DATA_DIR = previousDataDir;
  await rm(dir, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request exactly as given (path not normalized, any Host header), as a hostile client could send. */
function raw(options: {
  method?: string;
  path: string;
  headers?: OutgoingHttpHeaders;
  body?: string;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers ?? {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function apiHeaders(token = server.token): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

async function call<T>(channel: string, args: unknown): Promise<{ status: number; envelope: Envelope<T> }> {
  const res = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: apiHeaders(),
    body: JSON.stringify(args),
  });
  return { status: res.status, envelope: (await res.json()) as Envelope<T> };
}

function failed<T>(envelope: Envelope<T>) {
  if (envelope.ok) throw new Error(`expected a failure, got ${JSON.stringify(envelope.value).slice(0, 200)}`);
  return envelope.error;
}

function value<T>(envelope: Envelope<T>): T {
  if (!envelope.ok)
    throw new Error(`expected a value, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

/** True when a TCP connection to host:port succeeds within a second. */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

describe('where the browser server listens', () => {
  it('listens on 127.0.0.1 only, with the secret in the fragment of the address it prints', async () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
    expect(await reachable('127.0.0.1', server.port)).toBe(true);
    // Any other address of this machine must not answer.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((info) => info !== undefined && !info.internal && info.family === 'IPv4')
      .map((info) => info!.address);
    if (process.platform === 'linux') others.push('127.0.0.2'); // on Linux all of 127/8 is this machine
    for (const host of others) expect(await reachable(host, server.port), host).toBe(false);
  });

  it('uses a new secret on each start', async () => {
    const session = await Session.start({
      mode: 'browser',
      version: 'test',
      dataDir: join(dir, 'other-data'),
    });
    const second = await startBrowserServer({ handlers: createHandlers(session), rendererDir });
    try {
      expect(second.token).not.toBe(server.token);
      expect(second.port).not.toBe(server.port);
    } finally {
      await second.close();
    }
  });
});

describe('API calls', () => {
  it('answers a call with the right secret', async () => {
    const { status, envelope } = await call<OpenDocument | null>('file:current', {});
    expect(status).toBe(200);
    expect(envelope.ok).toBe(true);
    const doc = value(envelope);
    expect(doc?.file.program.name).toBe('Checkout Payments Migration');
    expect(doc?.path).toBe(programPath);
    const info = value((await call<AppInfo>('app:info', {})).envelope);
    expect(info).toMatchObject({
      mode: 'browser',
      version: 'test',
      today: FIXTURE_TODAY,
      nativeDialogs: false,
    });
  });

  it('refuses a call without the secret (401)', async () => {
    const res = await fetch(`${server.origin}/api/file:current`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    const envelope = (await res.json()) as Envelope<unknown>;
    expect(failed(envelope).message).toMatch(/secret/);
  });

  it('refuses a call with a wrong secret (401), including one of the right length', async () => {
    const wrong = server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A');
    for (const token of [wrong, 'nope', '']) {
      const res = await fetch(`${server.origin}/api/file:current`, {
        method: 'POST',
        headers: apiHeaders(token),
        body: '{}',
      });
      expect(res.status, token).toBe(401);
    }
    const basic = await fetch(`${server.origin}/api/file:current`, {
      method: 'POST',
      headers: { authorization: `Basic ${server.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(basic.status).toBe(401);
  });

  it('refuses another Host (DNS rebinding) with 421, even with the right secret', async () => {
    for (const host of [`evil.example:${server.port}`, 'evil.example', `127.0.0.1:${server.port + 1}`]) {
      const res = await raw({
        method: 'POST',
        path: '/api/file:current',
        headers: { ...apiHeaders(), host },
        body: '{}',
      });
      expect(res.status, host).toBe(421);
      expect(res.body).not.toContain('Checkout Payments Migration');
    }
    // And the page itself is not served under a foreign name either.
    const page = await raw({ path: '/', headers: { host: `evil.example:${server.port}` } });
    expect(page.status).toBe(421);
    expect(page.body).not.toContain('Liaison test page');
  });

  it('accepts localhost as the Host name too', async () => {
    const res = await raw({
      method: 'POST',
      path: '/api/app:info',
      headers: { ...apiHeaders(), host: `localhost:${server.port}` },
      body: '{}',
    });
    expect(res.status).toBe(200);
  });

  it('refuses a call from a page of another site (403), even with the right secret', async () => {
    const res = await raw({
      method: 'POST',
      path: '/api/file:current',
      headers: { ...apiHeaders(), host: `127.0.0.1:${server.port}`, origin: 'https://evil.example' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('Checkout Payments Migration');
    const own = await raw({
      method: 'POST',
      path: '/api/app:info',
      headers: { ...apiHeaders(), host: `127.0.0.1:${server.port}`, origin: server.origin },
      body: '{}',
    });
    expect(own.status).toBe(200);
  });

  it('accepts only POST with JSON on the API', async () => {
    const get = await fetch(`${server.origin}/api/file:current`, {
      headers: { authorization: `Bearer ${server.token}` },
    });
    expect(get.status).toBe(405);
    const text = await fetch(`${server.origin}/api/file:current`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(text.status).toBe(415);
  });

  it('answers an unknown channel with a bad-request envelope', async () => {
    const { status, envelope } = await call('file:delete-everything', {});
    expect(status).toBe(200);
    const error = failed(envelope);
    expect(error.code).toBe('bad-request');
    expect(error.message).toContain('file:delete-everything');
  });

  it('answers bad arguments with bad-request and the problems, without calling the handler', async () => {
    const { envelope } = await call('file:open', { path: 42 });
    const error = failed(envelope);
    expect(error.code).toBe('bad-request');
    expect(error.problems?.map((p) => p.path)).toEqual(['path']);
    // Still the same program open.
    const current = value((await call<OpenDocument>('file:current', {})).envelope);
    expect(current.path).toBe(programPath);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await fetch(`${server.origin}/api/file:current`, {
      method: 'POST',
      headers: apiHeaders(),
      body: '{"oops',
    });
    expect(res.status).toBe(400);
    expect(failed((await res.json()) as Envelope<unknown>).message).toMatch(/not valid JSON/);
  });

  it('answers a malformed escape in the address with 400 or 404, never a 500', async () => {
    const api = await raw({
      method: 'POST',
      path: '/api/%E0%A4%A',
      headers: { ...apiHeaders(), host: `127.0.0.1:${server.port}` },
      body: '{}',
    });
    expect(api.status).toBe(400);
    const page = await raw({ path: '/%E0%A4%A', headers: { host: `127.0.0.1:${server.port}` } });
    expect(page.status).toBe(404);
    // Without the secret, the escape is not even looked at: the caller just gets 401.
    const anonymous = await raw({
      method: 'POST',
      path: '/api/%E0%A4%A',
      headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(anonymous.status).toBe(401);
  });

  it('refuses a body over the size limit with 413, unread', async () => {
    const res = await fetch(`${server.origin}/api/file:apply`, {
      method: 'POST',
      headers: apiHeaders(),
      body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20),
    });
    expect(res.status).toBe(413);
    expect(await readFile(programPath, 'utf8')).toBe(fixtureText());
  });
});

describe('the page and its files', () => {
  it('serves index.html at / with a Content-Security-Policy', async () => {
    const res = await fetch(`${server.origin}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX_HTML);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the app files, and index.html for the app routes', async () => {
    const script = await fetch(`${server.origin}/assets/app.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toBe('console.log("app");\n');
    const route = await fetch(`${server.origin}/reports/weekly`);
    expect(await route.text()).toBe(INDEX_HTML);
  });

  const traversals = [
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
  ];
  for (const path of traversals) {
    it(`never serves a file outside the renderer folder: ${path}`, async () => {
      const res = await raw({ path, headers: { host: `127.0.0.1:${server.port}` } });
      expect(res.body).not.toContain('root:');
      expect(res.body).not.toContain('TOP SECRET');
      if (res.status === 200) expect(res.body).toBe(INDEX_HTML);
    });
  }

  it('never serves the secret file even by its absolute path', async () => {
    const res = await raw({
      path: `/${encodeURIComponent(join(dir, 'secret.txt'))}`,
      headers: { host: `127.0.0.1:${server.port}` },
    });
    expect(res.body).not.toContain('TOP SECRET');
  });
});

describe('file:apply over HTTP', () => {
  it("saves an edit sent as operations, and answers without the program when it is the window's own", async () => {
    const doc = value((await call<OpenDocument>('file:current', {})).envelope);
    const { envelope } = await call<AppliedEdit>('file:apply', {
      ops: [{ op: 'replace', path: '/program/name', value: 'Checkout Payments Migration (renamed)' }],
      baseRevision: doc.revision,
    });
    const updated = value(envelope);
    expect(updated.revision).toBeGreaterThan(doc.revision);
    expect(updated.dirty).toBe(false);
    expect(updated.file).toBeNull();
    const saved = JSON.parse(await readFile(programPath, 'utf8')) as ProgramFile;
    expect(saved.program.name).toBe('Checkout Payments Migration (renamed)');
  });

  it('refuses an invalid edit with its problems and leaves the file on disk unchanged', async () => {
    const doc = value((await call<OpenDocument>('file:current', {})).envelope);
    const { envelope } = await call<AppliedEdit>('file:apply', {
      ops: [{ op: 'replace', path: '/risks/0/likelihood', value: 9 }],
      baseRevision: doc.revision,
    });
    const error = failed(envelope);
    expect(error.code).toBe('invalid');
    expect(error.problems?.map((p) => p.path)).toContain('risks[0].likelihood');
    expect(await readFile(programPath, 'utf8')).toBe(fixtureText());
    const after = value((await call<OpenDocument>('file:current', {})).envelope);
    expect(after.file.risks[0]!.likelihood).toBe(4);
    expect(after.revision).toBe(doc.revision);
  });

  it('rebases an edit made on an older revision, and sends back the program it did not have', async () => {
    const doc = value((await call<OpenDocument>('file:current', {})).envelope);
    const first = [{ op: 'replace', path: '/program/name', value: 'First edit' }];
    value((await call<AppliedEdit>('file:apply', { ops: first, baseRevision: doc.revision })).envelope);
    const second = [{ op: 'replace', path: '/stakeholders/0/title', value: 'From an old copy' }];
    const rebased = value(
      (await call<AppliedEdit>('file:apply', { ops: second, baseRevision: doc.revision })).envelope,
    );
    expect(rebased.file?.program.name).toBe('First edit');
    expect(rebased.file?.stakeholders[0]?.title).toBe('From an old copy');
    const saved = JSON.parse(await readFile(programPath, 'utf8')) as ProgramFile;
    expect([saved.program.name, saved.stakeholders[0]?.title]).toEqual(['First edit', 'From an old copy']);
  });

  it('refuses an edit of a field changed since its copy was read, naming the field, and keeps the newer change', async () => {
    const doc = value((await call<OpenDocument>('file:current', {})).envelope);
    const path = '/stakeholders/0/title';
    value(
      (
        await call<AppliedEdit>('file:apply', {
          ops: [{ op: 'replace', path, value: 'First' }],
          baseRevision: doc.revision,
        })
      ).envelope,
    );
    const error = failed(
      (
        await call<AppliedEdit>('file:apply', {
          ops: [{ op: 'replace', path, value: 'Second' }],
          baseRevision: doc.revision,
        })
      ).envelope,
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(
      `stakeholder "${doc.file.stakeholders[0]?.name}" (${doc.file.stakeholders[0]?.id}), title`,
    );
    const saved = JSON.parse(await readFile(programPath, 'utf8')) as ProgramFile;
    expect(saved.stakeholders[0]?.title).toBe('First');
  });
});
