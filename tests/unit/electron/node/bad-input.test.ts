import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import { createHandlers } from '../../../../electron/node/handlers/index.ts';
import { startBrowserServer, type BrowserServer } from '../../../../electron/node/http-server.ts';
import { tooDeep } from '../../../../electron/node/nesting.ts';
import { Session } from '../../../../electron/node/session.ts';
import type { OpenDocument } from '../../../../shared/ipc/contract.ts';
import type { Envelope } from '../../../../shared/ipc/envelope.ts';
import { capture } from '../../../helpers/cli.ts';
import { FIXTURE_TODAY, fixtureText } from '../../../helpers/fixture.ts';

let dir: string;
let good: string;
let deep: string;
let server: BrowserServer;
let session: Session;

/** The fixture with an unknown field nested `levels` deep under program: valid JSON, valid shapes. */
function nested(levels: number): string {
  const text = fixtureText();
  const at = text.indexOf('"program": {') + '"program": {'.length;
  return `${text.slice(0, at)}"extra": ${'{"a":'.repeat(levels)}1${'}'.repeat(levels)},${text.slice(at)}`;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-bad-input-'));
  const dataDir = join(dir, 'data');
  process.env.LIAISON_DATA_DIR = dataDir;
  good = join(dir, 'good.json');
  deep = join(dir, 'deep.json');
  await writeFile(good, fixtureText());
  await writeFile(deep, nested(10_000));
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  session = await Session.start({ mode: 'browser', version: 'test', dataDir, today: FIXTURE_TODAY });
  server = await startBrowserServer({
    handlers: createHandlers(session),
    rendererDir: join(dir, 'renderer'),
  });
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function call<T>(channel: string, args: unknown): Promise<{ status: number; envelope: Envelope<T> }> {
  const res = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  return { status: res.status, envelope: (await res.json()) as Envelope<T> };
}

describe('a program nested 10,000 levels deep', () => {
  it('validate refuses it with one line naming the path, exit 1, and leaves the file alone', async () => {
    const { io, lines } = capture();
    expect(await main(['validate', deep], io)).toBe(1);
    expect(lines.out).toEqual([]);
    expect(lines.err).toHaveLength(1);
    expect(lines.err[0]).toMatch(/^deep\.json: program\.extra\.a\.a\.a\.a… is nested deeper than 200 levels/);
    expect(await readFile(deep, 'utf8')).toBe(nested(10_000));
  });

  it('file:open answers an error envelope (not a 500), and every later call still answers', async () => {
    const opened = await call<OpenDocument>('file:open', { path: good });
    expect(opened.envelope.ok).toBe(true);
    const refused = await call<OpenDocument>('file:open', { path: deep });
    expect(refused.status).toBe(200);
    expect(refused.envelope.ok).toBe(false);
    if (!refused.envelope.ok) {
      expect(refused.envelope.error.code).toBe('invalid');
      expect(refused.envelope.error.message).toMatch(/nested deeper than 200 levels/);
    }
    const current = await call<OpenDocument | null>('file:current', {});
    expect(current.status).toBe(200);
    expect(current.envelope.ok && current.envelope.value?.path).toBe(good);
    const saved = await call<OpenDocument>('file:save', {});
    expect(saved.envelope.ok).toBe(true);
  });

  it('a file that fails to open is taken out of the recent files', async () => {
    await writeFile(deep, fixtureText());
    expect((await call('file:open', { path: deep })).envelope.ok).toBe(true);
    expect((await call('file:open', { path: good })).envelope.ok).toBe(true);
    expect((await call<string[]>('file:recent', {})).envelope).toEqual({ ok: true, value: [good, deep] });
    await writeFile(deep, nested(10_000));
    expect((await call('file:open', { path: deep })).envelope.ok).toBe(false);
    expect((await call<string[]>('file:recent', {})).envelope).toEqual({ ok: true, value: [good] });
  });

  it('accepts 150 levels, the bound is 200', () => {
    const value = JSON.parse(`${'{"a":'.repeat(150)}1${'}'.repeat(150)}`) as unknown;
    expect(tooDeep(value)).toBeNull();
    expect(tooDeep(value, 100)).toBe('a.a.a.a.a.a…');
  });

  it('names the path through lists and fields where a value goes too deep, counting levels above it', () => {
    const value = { people: [{ name: 'Ada' }, { notes: { a: { a: { a: 1 } } } }], tags: [[['x']]] };
    expect(tooDeep(value, 5)).toBe('people[1].notes.a.a');
    // An operation's value, three levels down in the program: two levels fewer to go.
    expect(tooDeep(value, 5, 2)).toBe('people[1].notes');
    expect(tooDeep(value, 6)).toBeNull();
    expect(tooDeep({ tags: [[['x']]] }, 3)).toBe('tags[0][0]');
  });
});
