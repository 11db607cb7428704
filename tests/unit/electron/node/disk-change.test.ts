/**
 * How a save knows whether someone else wrote the file since this process last did: by the
 * file's stamp (inode, size, modification and change times; its bytes are read and compared only
 * when the stamp moved). An outside writer who keeps the size and puts the modification time
 * back is still noticed (the change time moves with every write and cannot be set), and their
 * change is kept under the next save. And a save lets go of the file it replaced.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, readlink, rename, stat, utimes, writeFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProgramStore } from '../../../../electron/node/store.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { fixtureText } from '../../../helpers/fixture.ts';

const run = promisify(execFile);

let dir: string;
let path: string;
const options = () => ({ backupDir: join(dir, 'backups'), keepsUnsaved: true, remembersBytes: true });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-disk-change-'));
  path = join(dir, 'program.json');
  await writeFile(path, fixtureText());
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async () => JSON.parse(await readFile(path, 'utf8')) as ProgramFile;

/** The first person's title, as the app sets it: one field, by operation. */
function titled(store: ProgramStore, title: string) {
  return store.apply([{ op: 'replace', path: '/stakeholders/0/title', value: title }]);
}

/**
 * Another program's edit of the second person's title, in bytes of the same length, with the
 * file's modification time put back as it was: only the inode (if renamed) and the change time
 * tell.
 */
async function sneakyEdit(how: 'in place' | 'renamed over'): Promise<string> {
  const before = await stat(path, { bigint: true });
  const text = await readFile(path, 'utf8');
  const file = JSON.parse(text) as ProgramFile;
  const old = file.stakeholders[1]!.title;
  const theirs = old.length > 0 ? `${old[0] === 'X' ? 'Y' : 'X'}${old.slice(1)}` : '';
  expect(theirs).not.toBe('');
  const next = text.replace(`"title": ${JSON.stringify(old)}`, `"title": ${JSON.stringify(theirs)}`);
  expect(Buffer.byteLength(next)).toBe(Number(before.size));
  if (how === 'in place') await writeFile(path, next);
  else {
    await writeFile(`${path}.theirs`, next);
    await rename(`${path}.theirs`, path);
  }
  // To the nanosecond, which Node's utimes (seconds as a double) cannot: GNU touch can.
  const ns = before.mtimeNs;
  await run('touch', [
    '-m',
    '-d',
    `@${ns / 1_000_000_000n}.${String(ns % 1_000_000_000n).padStart(9, '0')}`,
    path,
  ]);
  const after = await stat(path, { bigint: true });
  expect([after.size, after.mtimeNs]).toEqual([before.size, before.mtimeNs]);
  return theirs;
}

const onLinux = process.platform === 'linux';

describe('a save after another writer’s', () => {
  for (const how of ['in place', 'renamed over'] as const)
    (onLinux ? it : it.skip)(
      `notices a change written ${how} with the same size and modification time, and keeps it${onLinux ? '' : ': skipped, it sets the time to the nanosecond with GNU touch (Linux)'}`,
      async () => {
        const store = await ProgramStore.open(path, options());
        await titled(store, 'First edit');
        const theirs = await sneakyEdit(how);
        await titled(store, 'Second edit');
        const saved = await onDisk();
        expect(saved.stakeholders[0]!.title).toBe('Second edit');
        expect(saved.stakeholders[1]!.title).toBe(theirs);
        expect(store.file.stakeholders[1]!.title).toBe(theirs);
      },
    );

  it('takes a file only touched (its times moved, its bytes the same) as its own: no conflict, no change', async () => {
    const store = await ProgramStore.open(path, options());
    await titled(store, 'First edit');
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later);
    const outcome = await titled(store, 'Second edit');
    expect(outcome.exact).toBe(true);
    expect(store.dirty).toBe(false);
    expect((await onDisk()).stakeholders[0]!.title).toBe('Second edit');
  });
});

const LET_GO = 'is let go of soon after the save, and a batch holds at most two at once';

describe('the file a save replaced', () => {
  (onLinux ? it : it.skip)(
    onLinux ? LET_GO : `${LET_GO}: skipped, it reads /proc/self/fd, which only Linux has`,
    async () => {
      const store = await ProgramStore.open(path, options());
      const held = async () => {
        const links = await Promise.all(
          (await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')),
        );
        return links.filter((l) => l.startsWith(path) && l.endsWith('(deleted)')).length;
      };
      // A batch saving fast holds at most two replaced files at once (their space comes back).
      for (let i = 0; i < 6; i++) {
        await titled(store, `Edit ${i}`);
        // (Polled briefly: a close just begun may still be listed; the others are held 250 ms.)
        await expect.poll(held, { timeout: 100, interval: 5 }).toBeLessThanOrEqual(2);
      }
      await expect.poll(held, { timeout: 5_000 }).toBe(0);
      expect((await onDisk()).stakeholders[0]!.title).toBe('Edit 5');
    },
  );
});
