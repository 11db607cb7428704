import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Backups } from '../../../../electron/node/backups.ts';
import { createHandlers } from '../../../../electron/node/handlers/index.ts';
import { dispatch } from '../../../../electron/node/dispatch.ts';
import { Session } from '../../../../electron/node/session.ts';
import { ProgramStore } from '../../../../electron/node/store.ts';
import type { BackupInfo, OpenDocument } from '../../../../shared/ipc/contract.ts';
import type { Envelope } from '../../../../shared/ipc/envelope.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { fixtureText } from '../../../helpers/fixture.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

describe('Backups', () => {
  it('keeps copies in its own folder, newest first, skipping a copy identical to the newest', async () => {
    let clock = Date.parse('2026-11-20T09:00:00Z');
    const backups = new Backups(join(dir, 'data'), () => new Date(clock));
    const source = join(dir, 'shared-drive', 'program.json');
    await backups.keep(source, Buffer.from('v1'), 'open');
    clock += 1000;
    expect(await backups.keep(source, Buffer.from('v1'), 'editing')).toBeNull();
    await backups.keep(source, Buffer.from('v2'), 'editing');
    const list = await backups.list(source);
    expect(list.map((b) => [b.reason, b.takenAt])).toEqual([
      ['editing', '2026-11-20T09:00:01.000Z'],
      ['open', '2026-11-20T09:00:00.000Z'],
    ]);
    expect((await backups.read(list[1]!.id)).toString()).toBe('v1');
    expect(list[0]!.id.startsWith('program.json-')).toBe(true);
  });

  it('drops backups older than 30 days but always keeps the newest', async () => {
    let clock = Date.parse('2026-09-01T00:00:00Z');
    const backups = new Backups(join(dir, 'data'), () => new Date(clock));
    const source = join(dir, 'p.json');
    await backups.keep(source, Buffer.from('old'), 'open');
    clock = Date.parse('2026-09-20T00:00:00Z');
    await backups.keep(source, Buffer.from('middle'), 'open');
    clock = Date.parse('2026-10-15T00:00:00Z');
    await backups.keep(source, Buffer.from('new'), 'open');
    // 1 September is 44 days before; 20 September, 25 days: kept.
    expect((await backups.list(source)).map((b) => b.takenAt.slice(0, 10))).toEqual([
      '2026-10-15',
      '2026-09-20',
    ]);
    clock = Date.parse('2027-03-01T00:00:00Z');
    await backups.prune(source);
    expect((await backups.list(source)).map((b) => b.takenAt.slice(0, 10))).toEqual(['2026-10-15']);
  });

  it('refuses ids that try to leave its folder', async () => {
    const backups = new Backups(join(dir, 'data'));
    await expect(backups.read('../../etc/passwd')).rejects.toThrow(/is not a backup/);
    await expect(backups.read('x/../../2026-01-01T00-00-00-000Z.open.json')).rejects.toThrow(
      /is not a backup/,
    );
  });
});

describe('backups through the app', () => {
  async function start() {
    const path = join(dir, 'program.json');
    await writeFile(path, fixtureText());
    const session = await Session.start({ mode: 'browser', version: 't', dataDir: join(dir, 'data') });
    const handlers = createHandlers(session);
    const call = <T>(channel: string, args: unknown) =>
      dispatch(handlers, channel, args).then((e) => value<T>(e));
    return { path, session, call };
  }

  it('keeps a copy on open, lists it, and a damaged file can be restored into a new file', async () => {
    const { path, session, call } = await start();
    const opened = await call<OpenDocument>('file:open', { path });
    expect(opened.file.program.name).toBe('Checkout Payments Migration');
    const list = await call<BackupInfo[]>('backups:list', {});
    expect(list.map((b) => b.reason)).toEqual(['open']);
    // The file gets damaged outside the app; it will not open, but its backups are offered.
    await writeFile(path, '{"schemaVersion": 1, "program": {');
    const reopen = await dispatch(createHandlers(session), 'file:open', { path });
    expect(reopen.ok).toBe(false);
    const offered = await call<BackupInfo[]>('backups:list', { path });
    expect(offered).toHaveLength(1);
    const restoredPath = join(dir, 'restored.json');
    const restored = await call<OpenDocument>('backups:restoreAs', {
      id: offered[0]!.id,
      path: restoredPath,
    });
    expect(restored.path).toBe(restoredPath);
    expect((JSON.parse(await readFile(restoredPath, 'utf8')) as ProgramFile).stakeholders).toHaveLength(10);
    // The damaged file itself is left exactly as it was.
    expect(await readFile(path, 'utf8')).toBe('{"schemaVersion": 1, "program": {');
  });

  it('reads a backup as a program, so the window can restore it as an undoable edit', async () => {
    const { path, session, call } = await start();
    await session.adopt(await ProgramStore.open(path, session.storeOptions));
    const [entry] = await call<BackupInfo[]>('backups:list', {});
    const program = await call<ProgramFile>('backups:read', { id: entry!.id });
    expect(program.program.name).toBe('Checkout Payments Migration');
  });
});
