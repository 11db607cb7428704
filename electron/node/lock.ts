/**
 * A lock file beside an open program file (`.~lock.<name>#`, as office suites do), so a second
 * person or process opening the same shared file is told who has it. It informs; the check that
 * prevents lost updates is the store's "changed on disk" test before every save.
 */
import { hostname, userInfo } from 'node:os';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { processAlive } from './process-alive.ts';

export interface LockInfo {
  host: string;
  pid: number;
  user: string;
  since: string;
}

/** A lock on another machine is considered abandoned after this long without being renewed. */
export const STALE_AFTER_MS = 12 * 60 * 60_000;

export function lockPathFor(file: string): string {
  return join(dirname(file), `.~lock.${basename(file)}#`);
}

/** True when the lock's owner is gone: a dead process here, or an old lock from elsewhere. */
export function isStale(lock: LockInfo, now = Date.now()): boolean {
  if (lock.host === hostname()) return !processAlive(lock.pid);
  return now - Date.parse(lock.since) > STALE_AFTER_MS;
}

export async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const parsed = JSON.parse(await readFile(lockPathFor(file), 'utf8')) as Partial<LockInfo>;
    if (typeof parsed.host !== 'string' || typeof parsed.pid !== 'number' || typeof parsed.since !== 'string')
      return null;
    return {
      host: parsed.host,
      pid: parsed.pid,
      user: typeof parsed.user === 'string' ? parsed.user : '',
      since: parsed.since,
    };
  } catch {
    return null;
  }
}

/**
 * Takes the lock for this process. Returns the live lock of someone else, if there is one (the
 * file is then opened all the same, with that warning), or null.
 */
export async function acquireLock(file: string): Promise<LockInfo | null> {
  const existing = await readLock(file);
  const mine = existing?.host === hostname() && existing.pid === process.pid;
  if (existing && !mine && !isStale(existing)) return existing;
  const lock: LockInfo = {
    host: hostname(),
    pid: process.pid,
    user: safeUser(),
    since: new Date().toISOString(),
  };
  // A read-only folder cannot hold a lock: the file still opens (the save will say what is wrong).
  await writeFile(lockPathFor(file), JSON.stringify(lock)).catch(() => undefined);
  return null;
}

/** Removes the lock if it is ours. */
export async function releaseLock(file: string): Promise<void> {
  const existing = await readLock(file);
  if (existing && existing.host === hostname() && existing.pid === process.pid)
    await unlink(lockPathFor(file)).catch(() => undefined);
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}
