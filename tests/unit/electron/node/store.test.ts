import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../electron/node/errors.ts';
import { readProgramFile } from '../../../../electron/node/program-file.ts';
import { ProgramStore } from '../../../../electron/node/store.ts';
import type { Migration } from '../../../../shared/schema/migrations/index.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { fixtureData, fixtureText } from '../../../helpers/fixture.ts';

let dir: string;
let backupDir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-store-'));
  backupDir = join(dir, 'app-data', 'backups');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function savedJson(path: string): Promise<ProgramFile & { program: { tagline?: string } }> {
  return JSON.parse(await readFile(path, 'utf8')) as ProgramFile & { program: { tagline?: string } };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the promise to reject');
}

describe('opening files that are not valid programs', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['null', 'null', 'not-a-program', /holds null, not a program/],
    [
      'broken JSON',
      '{"schemaVersion": 1, "program": {',
      'invalid-json',
      /not valid JSON \(the file ends too early/,
    ],
    [
      'a syntax error',
      '{\n  "schemaVersion": 1,\n  oops\n}',
      'invalid-json',
      /not valid JSON \(line 3, column 3/,
    ],
    ['an empty file', '', 'empty', /is empty/],
    [
      'a newer version',
      JSON.stringify({ ...fixtureData(), schemaVersion: 99 }),
      'newer-version',
      /newer Liaison \(file format 99/,
    ],
  ];
  for (const [what, content, code, message] of cases) {
    it(`reports ${what} and leaves the file byte-for-byte unchanged`, async () => {
      const path = join(dir, 'program.json');
      await writeFile(path, content);
      const error = await rejection(ProgramStore.open(path, { backupDir }));
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(await readFile(path, 'utf8')).toBe(content);
      expect(await readdir(dir)).toEqual(['program.json']);
    });
  }

  it('lists every validation problem with its path', async () => {
    const data = fixtureData();
    data.milestones[0]!.ownerId = 's-ghost';
    const path = join(dir, 'bad.json');
    await writeFile(path, JSON.stringify(data));
    const error = await rejection(ProgramStore.open(path, { backupDir }));
    expect(error.code).toBe('invalid');
    expect(error.problems.map((p) => p.path)).toEqual(['milestones[0].ownerId']);
  });

  it('says a missing file does not exist', async () => {
    const error = await rejection(ProgramStore.open(join(dir, 'nope.json'), { backupDir }));
    expect(error).toMatchObject({ code: 'not-found' });
  });

  it('opens a file saved with a byte-order mark', async () => {
    const path = join(dir, 'bom.json');
    await writeFile(path, `\uFEFF${fixtureText()}`);
    const store = await ProgramStore.open(path, { backupDir });
    expect(store.file.program.name).toBe('Checkout Payments Migration');
  });
});

describe('saving', () => {
  it('keeps unknown fields through a load and a save', async () => {
    const data = fixtureData() as unknown as Record<string, unknown> & {
      risks: Array<Record<string, unknown>>;
    };
    data.pluginData = { owner: 'someone else' };
    data.risks[0]!.jira = 'PAY-7';
    const path = join(dir, 'p.json');
    await writeFile(path, JSON.stringify(data));
    const store = await ProgramStore.open(path, { backupDir });
    const next = structuredClone(store.file);
    next.program.name = 'Renamed';
    await store.replace(next);
    const saved = JSON.parse(await readFile(path, 'utf8')) as typeof data;
    expect(saved.pluginData).toEqual({ owner: 'someone else' });
    expect(saved.risks[0]!.jira).toBe('PAY-7');
    expect((saved as unknown as { program: { name: string } }).program.name).toBe('Renamed');
  });

  it('refuses an invalid change and writes nothing', async () => {
    const path = join(dir, 'p.json');
    await writeFile(path, fixtureText());
    const store = await ProgramStore.open(path, { backupDir });
    const next = structuredClone(store.file);
    next.risks[0]!.likelihood = 9;
    const error = await rejection(store.replace(next));
    expect(error.problems[0]?.path).toBe('risks[0].likelihood');
    expect(await readFile(path, 'utf8')).toBe(fixtureText());
    expect(store.file.risks[0]!.likelihood).toBe(4);
  });

  it('keeps a change in memory when its folder vanished, and saves it again with save as', async () => {
    const sub = join(dir, 'synced-folder');
    await mkdir(sub);
    const path = join(sub, 'p.json');
    await writeFile(path, fixtureText());
    const store = await ProgramStore.open(path, { backupDir, keepsUnsaved: true });
    // The folder disappears while the file is open (a sync client, an unplugged drive).
    await rm(sub, { recursive: true });
    const next = structuredClone(store.file);
    next.program.name = 'Edited while the folder was gone';
    const error = await rejection(store.replace(next));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/moved or deleted while it was open\. Save as to keep your changes/);
    expect(store.dirty).toBe(true);
    expect(store.file.program.name).toBe('Edited while the folder was gone');
    await mkdir(sub);
    await store.saveAs(path);
    expect(store.dirty).toBe(false);
    expect((await savedJson(path)).program.name).toBe('Edited while the folder was gone');
  });

  it('creates a new file but never over an existing one', async () => {
    const path = join(dir, 'new.json');
    const store = await ProgramStore.create(path, fixtureData(), { backupDir });
    expect(store.file.stakeholders).toHaveLength(10);
    const error = await rejection(ProgramStore.create(path, fixtureData(), { backupDir }));
    expect(error.code).toBe('exists');
    const other = join(dir, 'other.json');
    await writeFile(other, 'precious');
    expect((await rejection(store.saveAs(other))).code).toBe('exists');
    expect(await readFile(other, 'utf8')).toBe('precious');
  });

  it('save as continues in the new file and leaves the old one as it was', async () => {
    const path = join(dir, 'a.json');
    await writeFile(path, fixtureText());
    const store = await ProgramStore.open(path, { backupDir });
    await store.saveAs(join(dir, 'b.json'));
    const next = structuredClone(store.file);
    next.program.name = 'Only in b';
    await store.replace(next);
    expect(await readFile(path, 'utf8')).toBe(fixtureText());
    expect((await savedJson(join(dir, 'b.json'))).program.name).toBe('Only in b');
  });
});

describe('migrations', () => {
  // A format version 2 that renames nothing but adds a field, to prove the mechanism end to end.
  const addTagline: Migration = {
    from: 1,
    name: '0002-test-tagline',
    up: (data) => ({ ...data, program: { ...(data.program as object), tagline: '' } }),
  };
  const options = () => ({
    backupDir,
    migrations: [addTagline],
    targetVersion: 2,
    now: () => new Date('2026-11-20T10:00:00Z'),
  });

  it('migrates an older file in memory and keeps a backup of the old bytes before the first save', async () => {
    const path = join(dir, 'old.json');
    await writeFile(path, fixtureText());
    const store = await ProgramStore.open(path, options());
    expect(store.migratedFrom).toBe(1);
    expect(store.file.schemaVersion).toBe(2);
    expect(await readFile(path, 'utf8')).toBe(fixtureText());
    await store.save();
    const backups = await store.backups.list(path);
    expect(backups.map((b) => [b.reason, b.takenAt])).toEqual([['migration', '2026-11-20T10:00:00.000Z']]);
    expect((await store.backups.read(backups[0]!.id)).toString('utf8')).toBe(fixtureText());
    const saved = await savedJson(path);
    expect(saved.schemaVersion).toBe(2);
    expect(saved.program.tagline).toBe('');
  });

  it('refuses a file newer than the app, even after a migration exists', async () => {
    const path = join(dir, 'new.json');
    const text = JSON.stringify({ ...fixtureData(), schemaVersion: 3 });
    await writeFile(path, text);
    expect((await rejection(readProgramFile(path, options()))).code).toBe('newer-version');
    expect(await readFile(path, 'utf8')).toBe(text);
  });
});

describe('a save killed mid-write', () => {
  it('leaves the old or the new file, never a broken one (SIGKILL, 8 rounds)', async () => {
    const path = join(dir, 'killed.json');
    await writeFile(path, fixtureText());
    const helper = resolve(import.meta.dirname, '../../../helpers/save-loop.ts');
    for (let round = 0; round < 8; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', helper, path, backupDir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let acked = 0;
      const killAt = 3 + Math.floor(Math.random() * 10);
      await new Promise<void>((done) => {
        child.stdout.on('data', (chunk: Buffer) => {
          for (const m of chunk.toString().matchAll(/ack (\d+)/g)) acked = Number(m[1]);
          // Kill at a random moment inside the next save, not at an acknowledgement.
          if (acked >= killAt && !child.killed) setTimeout(() => child.kill('SIGKILL'), Math.random() * 8);
        });
        child.on('exit', () => done());
      });
      const store = await ProgramStore.open(path, { backupDir });
      const saved = Number(/^save (\d+)$/.exec(store.file.program.name)?.[1] ?? 0);
      // The last acknowledged save, or the one in flight that completed before the kill.
      expect([acked, acked + 1]).toContain(saved);
      // Beside the program only the program itself (the migration's backup is in the app's data
      // folder), and perhaps the killed writer's write lock, which the next writer takes over.
      const beside = await readdir(dir);
      expect(
        beside.filter((f) => !f.endsWith('.tmp') && f !== 'app-data' && !f.endsWith('.liaison-write-lock')),
      ).toEqual(['killed.json']);
    }
  }, 60_000);
});
