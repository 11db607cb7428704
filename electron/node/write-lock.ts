/**
 * The short write lock every save of a program file takes, across processes: the app, the
 * browser mode and every command-line command. It is held only for one transaction (read the
 * file on disk, rebase, write, rename) and sits beside the file's real target, so two writers
 * reaching one file through different links still meet. proper-lockfile makes it with an atomic
 * mkdir (which works on network drives, unlike O_EXCL) and refreshes its mtime while held, so a
 * lock left by a killed process is taken over once stale instead of blocking forever.
 *
 * This is not the `.~lock.<name>#` file (lock.ts): that one tells people who has the file open
 * and never blocks anyone.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import { realTarget } from './durable-write.ts';
import { AppError, sysCode } from './errors.ts';

/**
 * A lock not refreshed for this long is a killed writer's, and is taken over (proper-lockfile's
 * minimum is 2 s; it refreshes every second, with room for a busy machine).
 */
const STALE_MS = 3_000;
/** How long a writer waits for another's save to finish before giving up. */
export const WAIT_MS = 15_000;

export function writeLockPathFor(realPath: string): string {
  return join(dirname(realPath), `.${basename(realPath)}.liaison-write-lock`);
}

/** Runs `work` while holding the write lock of `path`; refuses, writing nothing, if it stays taken. */
export async function withWriteLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  // proper-lockfile retries every error: a file that is gone must fail now, not in 15 seconds.
  // (stat follows links as realpath does, so both are asked at once.)
  const [real] = await Promise.all([realTarget(path), stat(path)]);
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(real, {
      lockfilePath: writeLockPathFor(real),
      realpath: false,
      stale: STALE_MS,
      update: 1_000,
      retries: {
        retries: Math.ceil(WAIT_MS / 50),
        factor: 1,
        minTimeout: 20,
        maxTimeout: 50,
        randomize: true,
      },
      // Lost the lock (a suspended laptop, a slow network drive): say so; the rename still only
      // replaces whole files, and the next transaction re-reads what is on disk.
      onCompromised: (error) =>
        console.error(`[liaison] the write lock of ${basename(real)} was lost:`, error.message),
    });
  } catch (error) {
    if (sysCode(error) === 'ELOCKED')
      throw new AppError(
        'conflict',
        `${basename(path)} is being saved by another Liaison process, and it did not finish within ${WAIT_MS / 1000} seconds; nothing was written.`,
      );
    throw error;
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}
