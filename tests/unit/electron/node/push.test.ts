import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import { startBrowserServer, type BrowserServer } from '../../../../electron/node/http-server.ts';
import { type Session } from '../../../../electron/node/session.ts';
import { ProgramStore } from '../../../../electron/node/store.ts';
import type { OpenDocument } from '../../../../shared/ipc/contract.ts';
import { capture } from '../../../helpers/cli.ts';
import { openFixtureSession, type OpenSession } from '../../../helpers/open-session.ts';

let dir: string;
let path: string;
let session: Session;
let server: BrowserServer;
let opened: OpenSession;

beforeEach(async () => {
  opened = await openFixtureSession('liaison-push-');
  ({ dir, path, session } = opened);
  process.env.LIAISON_DATA_DIR = join(dir, 'data');
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  server = await startBrowserServer({
    handlers: opened.handlers,
    subscribe: (listener) => session.subscribe(listener),
    rendererDir: join(dir, 'renderer'),
  });
});
afterEach(async () => {
  await server.close();
  await opened.close();
});

/** Reads server-sent events until one named `event` arrives (or the time runs out). */
async function nextEvent(response: Response, event: string, ms = 8_000): Promise<OpenDocument> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now())),
    ]);
    if (!chunk || chunk.done) break;
    buffer += decoder.decode(chunk.value as Uint8Array, { stream: true });
    const match = new RegExp(`event: ${event}\\ndata: (.*)\\n\\n`).exec(buffer);
    if (match?.[1]) {
      await reader.cancel();
      return JSON.parse(match[1]) as OpenDocument;
    }
  }
  await reader.cancel();
  throw new Error(`no ${event} event within ${ms} ms`);
}

describe('the window hears about another writer’s save', () => {
  it('pushes the new program over server-sent events when the command line saves the open file', async () => {
    const before = session.document();
    const stream = await fetch(`${server.origin}/api/events`, {
      headers: { authorization: `Bearer ${server.token}` },
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await writeFile(join(dir, 'people.csv'), 'Name,E-mail\nNora Quist,nora@example.com\n');
    const { io } = capture();
    expect(await main(['stakeholders', 'import', path, '--csv', join(dir, 'people.csv')], io)).toBe(0);
    const pushed = await nextEvent(stream, 'file:changed');
    expect(pushed.revision).toBeGreaterThan(before.revision);
    expect(pushed.file.stakeholders.map((s) => s.email)).toContain('nora@example.com');
    expect(pushed.dirty).toBe(false);
    // The session took it in: its next edit applies on top of the command line's person.
    expect(session.document().file.stakeholders).toHaveLength(before.file.stakeholders.length + 1);
  });

  it('rebases the app’s own unsaved edit onto the other writer’s save', async () => {
    const store = session.requireStore();
    const other = await ProgramStore.open(path, { backupDir: join(dir, 'b') });
    // Another writer renames the program while the app's next edit is made on the old copy.
    await other.change((f) => ({ ...f, program: { ...f.program, name: 'Renamed elsewhere' } }));
    const base = session.revision;
    await session.apply([{ op: 'replace', path: '/stakeholders/0/title', value: 'Edited here' }], base);
    expect(store.file.program.name).toBe('Renamed elsewhere');
    expect(store.file.stakeholders[0]?.title).toBe('Edited here');
  });

  it('refuses the event stream without the secret', async () => {
    const res = await fetch(`${server.origin}/api/events`);
    expect(res.status).toBe(401);
  });
});
