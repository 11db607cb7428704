/**
 * The browser server against hostile requests not covered by http-server.test.ts: a 1 MB channel
 * name or header, a 1 MB argument, JSON nested 100,000 deep, prototype keys. Each is refused with
 * a clear status or a bad-request envelope, nothing is echoed back at size, and the server keeps
 * answering.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../electron/node/http-server.ts';
import type { Envelope } from '../../../shared/ipc/envelope.ts';
import { FIXTURE_PATH, fixtureText } from '../../helpers/fixture.ts';
import { openSessionOn } from '../../helpers/open-session.ts';

let dir: string;
let programPath: string;
let server: BrowserServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-hostile-http-'));
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  programPath = join(dir, 'program.json');
  await copyFile(FIXTURE_PATH, programPath);
  const { handlers } = await openSessionOn(programPath, join(dir, 'data'));
  server = await startBrowserServer({ handlers, rendererDir });
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Sends raw bytes and returns the status line's code (0 when the server only closed). */
function rawStatus(request: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: server.port });
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined); // the server may close before reading all we send
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.end(request);
  });
}

function head(path: string, extra = ''): string {
  return `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nAuthorization: Bearer ${server.token}\r\nContent-Type: application/json\r\n${extra}Content-Length: 2\r\nConnection: close\r\n\r\n{}`;
}

async function call(
  channel: string,
  body: string,
): Promise<{ status: number; text: string; envelope: Envelope<unknown> }> {
  const res = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, envelope: JSON.parse(text) as Envelope<unknown> };
}

async function stillAnswers(): Promise<void> {
  const { status, envelope } = await call('app:info', '{}');
  expect(status).toBe(200);
  expect(envelope.ok).toBe(true);
}

function deep(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

describe('the browser server under hostile requests', () => {
  it('refuses a 1 MB channel name and a 1 MB header before reading them, and keeps answering', async () => {
    expect(await rawStatus(head(`/api/${'x'.repeat(1 << 20)}`))).toBe(431);
    expect(await rawStatus(head('/api/app:info', `X-Junk: ${'y'.repeat(1 << 20)}\r\n`))).toBe(431);
    expect(await rawStatus(head('/api/app:info'))).toBe(200);
    await stillAnswers();
  });

  it('answers a 9 KB unknown channel with a short bad-request', async () => {
    const { status, text, envelope } = await call(encodeURIComponent('ü'.repeat(1500)), '{}');
    expect(status).toBe(200);
    expect(envelope.ok ? null : envelope.error.code).toBe('bad-request');
    expect(text.length).toBeLessThan(1000);
  });

  it('refuses a 1 MB path with bad-request, without echoing it back', async () => {
    const { text, envelope } = await call(
      'file:open',
      JSON.stringify({ path: `/tmp/${'a'.repeat(1 << 20)}` }),
    );
    expect(envelope.ok ? null : envelope.error).toMatchObject({
      code: 'bad-request',
      problems: [{ path: 'path' }],
    });
    expect(text.length).toBeLessThan(2000);
  });

  it('refuses JSON nested 100,000 deep as arguments and as a program, and the file is untouched', async () => {
    const asArgs = await call('file:current', deep(100_000));
    expect(asArgs.status).toBe(200);
    expect(asArgs.envelope.ok ? null : asArgs.envelope.error.code).toBe('bad-request');
    const asFile = await call(
      'file:apply',
      `{"ops":[{"op":"replace","path":"","value":${deep(100_000)}}],"baseRevision":1}`,
    );
    expect(asFile.status).toBe(200);
    expect(asFile.envelope.ok ? null : asFile.envelope.error.code).toMatch(/^(bad-request|invalid)$/);
    expect(await readFile(programPath, 'utf8')).toBe(fixtureText());
    await stillAnswers();
  });

  it('refuses prototype keys, and nothing is polluted', async () => {
    for (const body of [
      '{"__proto__":{"path":"/etc/passwd"}}',
      '{"constructor":{"prototype":{"path":"/etc/passwd"}}}',
      '{"path":"/etc/passwd","__proto__":{"polluted":true}}',
    ]) {
      const { envelope } = await call('file:open', body);
      expect(envelope.ok ? null : envelope.error.code, body).toBe('bad-request');
    }
    expect(({} as Record<string, unknown>).path).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await stillAnswers();
  });
});
