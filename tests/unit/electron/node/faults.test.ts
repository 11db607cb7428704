/**
 * Faults the machine cannot be made to produce on demand (a full disk, a read-only file for a
 * root user, a sync client holding the file), injected under the store through node:fs/promises.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureText } from '../../../helpers/fixture.ts';

type Fault = { on: 'write' | 'rename'; code: string; times: number } | null;
const fault: { current: Fault } = { current: null };

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof realFs>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      const f = fault.current;
      if (f?.on === 'write' && String(args[0]).endsWith('.tmp') && f.times > 0) {
        f.times--;
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: () => Promise.reject(failure(f.code)),
          writev: () => Promise.reject(failure(f.code)),
          close: () => handle.close(),
        });
      }
      return handle;
    },
    rename: async (...args: Parameters<typeof actual.rename>) => {
      const f = fault.current;
      if (f?.on === 'rename' && f.times > 0) {
        f.times--;
        throw failure(f.code);
      }
      return actual.rename(...args);
    },
  };
});

const { ProgramStore } = await import('../../../../electron/node/store.ts');
const { AppError } = await import('../../../../electron/node/errors.ts');

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-faults-'));
  path = join(dir, 'program.json');
  await writeFile(path, fixtureText());
});
afterEach(async () => {
  fault.current = null;
  await rm(dir, { recursive: true, force: true });
});

async function failed(promise: Promise<unknown>): Promise<InstanceType<typeof AppError>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('saving under faults', () => {
  it('a full disk: says so, keeps the change in memory, leaves the file whole, and saves once there is room', async () => {
    const store = await ProgramStore.open(path, { backupDir: join(dir, 'b'), keepsUnsaved: true });
    fault.current = { on: 'write', code: 'ENOSPC', times: 1 };
    const error = await failed(
      store.replace({ ...store.file, program: { ...store.file.program, name: 'Kept' } }),
    );
    expect(error.code).toBe('write-failed');
    expect(error.message).toMatch(/the disk is full\. Your changes are kept in the app/);
    expect(store.dirty).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(fixtureText());
    expect((await realFs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await store.save();
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ program: { name: 'Kept' } });
  });

  it('a read-only file: says permission denied, and nothing is lost', async () => {
    const store = await ProgramStore.open(path, { backupDir: join(dir, 'b'), keepsUnsaved: true });
    fault.current = { on: 'rename', code: 'EROFS', times: 1 };
    const error = await failed(
      store.replace({ ...store.file, program: { ...store.file.program, name: 'Kept' } }),
    );
    expect(error.message).toMatch(/permission denied\. Your changes are kept in the app/);
    expect(store.file.program.name).toBe('Kept');
    expect(await readFile(path, 'utf8')).toBe(fixtureText());
  });

  it('a sync client holding the file (EBUSY) for a moment: retried until it lets go', async () => {
    const store = await ProgramStore.open(path, { backupDir: join(dir, 'b'), keepsUnsaved: true });
    fault.current = { on: 'rename', code: 'EBUSY', times: 3 };
    await store.replace({ ...store.file, program: { ...store.file.program, name: 'After retries' } });
    expect(fault.current.times).toBe(0);
    expect(store.dirty).toBe(false);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ program: { name: 'After retries' } });
  });
});
