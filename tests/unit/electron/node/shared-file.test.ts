import { mkdtemp, readFile, rm, writeFile, unlink } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../electron/node/errors.ts';
import { acquireLock, isStale, lockPathFor, readLock, releaseLock } from '../../../../electron/node/lock.ts';
import { Session } from '../../../../electron/node/session.ts';
import { ProgramStore } from '../../../../electron/node/store.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { fixtureText } from '../../../helpers/fixture.ts';

let dir: string;
let path: string;
const options = () => ({ backupDir: join(dir, 'backups'), keepsUnsaved: true });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-shared-'));
  path = join(dir, 'program.json');
  await writeFile(path, fixtureText());
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A new person without expectations or interactions (no ids or references to clash). */
function fresh(file: ProgramFile, id: string): ProgramFile['stakeholders'][number] {
  return {
    ...file.stakeholders[0]!,
    id,
    name: id,
    email: `${id}@example.com`,
    expectations: [],
    interactions: [],
  };
}

function renamed(file: ProgramFile, name: string): ProgramFile {
  return { ...file, program: { ...file.program, name } };
}

async function conflictOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a conflict');
}

describe('two stores on one file', () => {
  it('never lets the second writer overwrite the first: it is told, and keeps its change in memory', async () => {
    const alice = await ProgramStore.open(path, options());
    const bob = await ProgramStore.open(path, options());
    await alice.replace(renamed(alice.file, 'Alice was here'));
    const error = await conflictOf(bob.replace(renamed(bob.file, 'Bob was here')));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(
      /changed on disk \(another person or program saved it\), and a change could not be combined with theirs: program\.name: the other writer changed it too\. Your change is kept in the app/,
    );
    expect(bob.dirty).toBe(true);
    expect(bob.file.program.name).toBe('Bob was here');
    expect((JSON.parse(await readFile(path, 'utf8')) as ProgramFile).program.name).toBe('Alice was here');
    // Bob reloads: he sees Alice's change, and can make his own on top of it.
    await bob.reload();
    expect(bob.file.program.name).toBe('Alice was here');
    await bob.replace({
      ...bob.file,
      program: { ...bob.file.program, why: { ...bob.file.program.why, business: 'Both' } },
    });
    const saved = JSON.parse(await readFile(path, 'utf8')) as ProgramFile;
    expect([saved.program.name, saved.program.why.business]).toEqual(['Alice was here', 'Both']);
  });

  it('two writers adding different people both keep theirs: the second rebases onto the first', async () => {
    const alice = await ProgramStore.open(path, options());
    const bob = await ProgramStore.open(path, options());
    const person = (file: ProgramFile, id: string) => fresh(file, id);
    await alice.change((f) => ({ ...f, stakeholders: [...f.stakeholders, person(f, 'stk-alice-added')] }));
    await bob.change((f) => ({ ...f, stakeholders: [...f.stakeholders, person(f, 'stk-bob-added')] }));
    const saved = JSON.parse(await readFile(path, 'utf8')) as ProgramFile;
    expect(saved.stakeholders.map((s) => s.id).slice(-2)).toEqual(['stk-alice-added', 'stk-bob-added']);
    expect(bob.file).toEqual(saved);
    expect(bob.dirty).toBe(false);
  });

  it('an edit of a person the other writer deleted is a conflict naming that person, and is kept in memory', async () => {
    const alice = await ProgramStore.open(path, options());
    await alice.change((f) => ({ ...f, stakeholders: [...f.stakeholders, fresh(f, 'stk-short-lived')] }));
    const bob = await ProgramStore.open(path, options());
    const gone = alice.file.stakeholders.at(-1)!;
    await alice.change((f) => ({ ...f, stakeholders: f.stakeholders.filter((s) => s.id !== gone.id) }));
    const error = await conflictOf(
      bob.change((f) => ({
        ...f,
        stakeholders: f.stakeholders.map((s) => (s.id === gone.id ? { ...s, title: 'Renamed' } : s)),
      })),
    );
    expect(error.message).toContain(
      `stakeholder "${gone.name}" (${gone.id}) was deleted by the other writer`,
    );
    expect(bob.dirty).toBe(true);
    expect(bob.file.stakeholders.find((s) => s.id === gone.id)?.title).toBe('Renamed');
  });

  it('a writer keeps saving after its own saves (its own writes are not a conflict)', async () => {
    const store = await ProgramStore.open(path, options());
    for (const name of ['one', 'two', 'three']) await store.replace(renamed(store.file, name));
    expect((JSON.parse(await readFile(path, 'utf8')) as ProgramFile).program.name).toBe('three');
  });

  it('says so when the file was deleted while open, and keeps the change', async () => {
    const store = await ProgramStore.open(path, options());
    await unlink(path);
    const error = await conflictOf(store.replace(renamed(store.file, 'Orphan')));
    expect(error.message).toMatch(/moved or deleted while it was open\. Save as/);
    expect(store.file.program.name).toBe('Orphan');
    await store.saveAs(join(dir, 'rescued.json'));
    expect((JSON.parse(await readFile(join(dir, 'rescued.json'), 'utf8')) as ProgramFile).program.name).toBe(
      'Orphan',
    );
  });
});

describe('the lock file', () => {
  it('is written beside the file on open, names this machine, and is removed on close', async () => {
    const session = await Session.start({ mode: 'browser', version: 't', dataDir: join(dir, 'data') });
    const doc = await session.adopt(await ProgramStore.open(path, options()));
    expect(doc.lockedBy).toBeNull();
    expect(await readLock(path)).toMatchObject({ host: hostname(), pid: process.pid });
    await session.close();
    expect(await readLock(path)).toBeNull();
  });

  it('tells the second opener who holds the file, while that holder is alive', async () => {
    await writeFile(
      lockPathFor(path),
      JSON.stringify({ host: 'other-laptop', pid: 4242, user: 'dana', since: new Date().toISOString() }),
    );
    const session = await Session.start({ mode: 'browser', version: 't', dataDir: join(dir, 'data') });
    const doc = await session.adopt(await ProgramStore.open(path, options()));
    expect(doc.lockedBy).toMatchObject({ host: 'other-laptop', user: 'dana' });
    // Theirs is left alone.
    await session.close();
    expect((await readLock(path))?.host).toBe('other-laptop');
  });

  it('recognises stale locks: a dead process here, or an old lock from elsewhere', async () => {
    expect(isStale({ host: hostname(), pid: 2 ** 22 + 17, user: '', since: new Date().toISOString() })).toBe(
      true,
    );
    expect(isStale({ host: hostname(), pid: process.pid, user: '', since: new Date().toISOString() })).toBe(
      false,
    );
    expect(isStale({ host: 'far', pid: 1, user: '', since: '2020-01-01T00:00:00Z' })).toBe(true);
    await writeFile(
      lockPathFor(path),
      JSON.stringify({ host: hostname(), pid: 2 ** 22 + 17, user: 'x', since: '2026-01-01T00:00:00Z' }),
    );
    expect(await acquireLock(path)).toBeNull();
    expect((await readLock(path))?.pid).toBe(process.pid);
    await releaseLock(path);
  });
});

describe('temp files left by killed saves', () => {
  it('are removed on open when stale (dead process, over an hour old), and only then', async () => {
    const { utimes } = await import('node:fs/promises');
    const { readdir } = await import('node:fs/promises');
    const dead = join(dir, `.liaison-${2 ** 22 + 17}-0123456789ab.tmp`);
    const fresh = join(dir, `.liaison-${2 ** 22 + 19}-0123456789ab.tmp`);
    const mine = join(dir, `.liaison-${process.pid}-0123456789ab.tmp`);
    const unrelated = join(dir, '.notes.tmp');
    for (const f of [dead, fresh, mine, unrelated]) await writeFile(f, 'partial');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60_000);
    for (const f of [dead, mine, unrelated]) await utimes(f, twoHoursAgo, twoHoursAgo);
    const session = await Session.start({ mode: 'browser', version: 't', dataDir: join(dir, 'data') });
    await session.adopt(await ProgramStore.open(path, options()));
    const left = (await readdir(dir)).filter((f) => f.endsWith('.tmp')).sort();
    expect(left).toEqual(
      ['.liaison-4194323-0123456789ab.tmp', `.liaison-${process.pid}-0123456789ab.tmp`, '.notes.tmp'].sort(),
    );
    await session.close();
  });
});
