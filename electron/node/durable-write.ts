/**
 * Writing files so that a crash, a kill or a power cut leaves either the old bytes or the new ones:
 * write a temp file beside the target, fsync it, rename it over the target, fsync the folder.
 * Each write has its own temp name, so two writers never share one (lowdb's steno does).
 */
import { constants } from 'node:fs';
import {
  copyFile,
  link,
  open,
  readdir,
  realpath,
  rename,
  stat,
  unlink,
  type FileHandle,
} from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomHex } from '../../shared/record/ids.ts';
import { sysCode } from './errors.ts';
import { processAlive } from './process-alive.ts';

// Windows sync folders (OneDrive, Dropbox) hold a file for a moment after it changes; a rename then
// fails with one of these and succeeds when retried (lowdb issue #581).
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RETRY_FOR_MS = 10_000;

/**
 * A temp file in the target's folder (so the rename is atomic), named independently of the target:
 * a target name near the 255-byte limit must not push its temp name over it.
 */
function tempPathFor(target: string): string {
  return join(dirname(target), `.liaison-${process.pid}-${randomHex(12)}.tmp`);
}

/** What a replaced file keeps: its permission bits and, where this user may set them, its owner. */
interface Keep {
  mode: number;
  uid?: number;
  gid?: number;
}

/** What a write takes: bytes, text, or chunks written together (one writev). */
export type Bytes = Uint8Array | string | readonly Uint8Array[];

async function writeTemp(target: string, bytes: Bytes, keep?: Keep): Promise<string> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx', keep ? 0o600 : 0o644);
  try {
    if (keep) {
      // chmod, not the open mode: the umask would otherwise loosen or tighten what the user set.
      await handle.chmod(keep.mode & 0o7777);
      // Only root may give a file away (others may still set one of their groups): best effort.
      if (keep.uid !== undefined && keep.gid !== undefined)
        await handle.chown(keep.uid, keep.gid).catch(() => undefined);
    }
    if (Array.isArray(bytes)) await writeAll(handle, bytes as readonly Uint8Array[]);
    else await handle.writeFile(bytes as Uint8Array | string);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return temp;
}

/** writev in batches (the system takes at most IOV_MAX buffers at once), resuming short writes. */
async function writeAll(handle: FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  for (let i = 0; i < chunks.length; i += 512) {
    let batch = chunks.slice(i, i + 512);
    while (batch.length > 0) {
      const { bytesWritten } = await handle.writev(batch);
      let left = bytesWritten;
      while (batch.length > 0 && left >= (batch[0]?.byteLength ?? 0)) {
        left -= batch[0]?.byteLength ?? 0;
        batch = batch.slice(1);
      }
      if (left > 0 && batch[0]) batch = [batch[0].subarray(left), ...batch.slice(1)];
    }
  }
}

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable. Not every platform can open a folder (Windows): best effort.
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported here */
  }
}

async function withRetry<T>(step: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      const code = sysCode(error);
      if (!code || !TRANSIENT.has(code) || Date.now() - started > RETRY_FOR_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
    }
  }
}

const TEMP_NAME = /^\.liaison-(\d+)-[0-9a-f]{12}\.tmp$/;
const STALE_TEMP_MS = 60 * 60_000;

/**
 * Removes temp files a killed save left in `folder`. Only stale ones: older than an hour and from
 * a process that is not running here, so a save in flight on another machine (a shared drive) is
 * never disturbed. Best effort; returns how many were removed.
 */
export async function removeStaleTempFiles(folder: string, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    const info = await stat(join(folder, name)).catch(() => null);
    if (!info || now - info.mtimeMs < STALE_TEMP_MS) continue;
    await unlink(join(folder, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

/**
 * The file a write to `target` must replace: a symlink's final target (so the link stays a link
 * and its target gets the new bytes), or `target` itself when it does not exist yet.
 */
export async function realTarget(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch (error) {
    if (sysCode(error) === 'ENOENT') return target;
    throw error;
  }
}

/**
 * Replaces `target` with `bytes` atomically and durably. The file keeps its mode and, where
 * permitted, its owner; a symlink is written through to its target (temp and rename beside it).
 */
export async function writeFileDurably(target: string, bytes: Bytes): Promise<void> {
  const real = await realTarget(target);
  const old = await holdOld(real);
  try {
    const info = old ? await old.stat() : await stat(real).catch(() => null);
    const keep: Keep | undefined = info ? { mode: info.mode, uid: info.uid, gid: info.gid } : undefined;
    const temp = await writeTemp(real, bytes, keep);
    try {
      await withRetry(() => rename(temp, real));
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(dirname(real));
  } finally {
    if (old) closeLater(old);
  }
}

/** How long after a save the replaced file is let go of: after the answer to the window. */
const CLOSE_OLD_AFTER_MS = 250;
/** At most this many replaced files are held at once (a batch saving fast), so their space comes back. */
const MOST_HELD = 2;
const held: FileHandle[] = [];

function release(handle: FileHandle): void {
  const at = held.indexOf(handle);
  if (at < 0) return;
  held.splice(at, 1);
  void handle.close().catch(() => undefined);
}

/**
 * Closes the replaced file a moment later. Closing it frees its blocks (and, on a drive mounted
 * with discard, trims them), which takes longer than the rename itself (4 ms for 10 MB here) and
 * holds up the file system's next changes (the lock's release), while the new file is on disk
 * already. The timer does not keep a process alive: at exit the system closes the file.
 */
function closeLater(handle: FileHandle): void {
  held.push(handle);
  while (held.length > MOST_HELD) release(held[0] as FileHandle);
  setTimeout(() => release(handle), CLOSE_OLD_AFTER_MS).unref();
}

/**
 * The file about to be replaced, held open so that the rename does not free its blocks while the
 * save waits (the close does it, after). Not on Windows, where an open file may refuse to be
 * replaced; null when there is no file yet or it cannot be read.
 */
async function holdOld(real: string): Promise<FileHandle | null> {
  if (process.platform === 'win32') return null;
  return open(real, 'r').catch(() => null);
}

/**
 * Creates `target` with `bytes`, atomically, and fails with EEXIST if it already exists: a hard
 * link cannot replace a file, so no other file can be overwritten.
 */
export async function writeNewFileDurably(target: string, bytes: Uint8Array | string): Promise<void> {
  await placeNewFile([target], bytes);
}

/**
 * Writes `bytes` once, then gives them the first of `candidates` (paths in one folder) that does
 * not exist yet, and returns it; EEXIST when all are taken. Never replaces a file: a hard link
 * cannot. Where the file system has no hard links (FAT drives, some network shares), an exclusive
 * create does the same, less atomically.
 */
export async function placeNewFile(
  candidates: Iterable<string>,
  bytes: Uint8Array | string,
): Promise<string> {
  let temp: string | null = null;
  try {
    for (const target of candidates) {
      temp ??= await writeTemp(target, bytes);
      try {
        await link(temp, target);
      } catch (error) {
        const code = sysCode(error);
        if (code === 'EEXIST') continue;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
        await writeExclusive(target, bytes);
      }
      await syncFolder(dirname(target));
      return target;
    }
    throw Object.assign(new Error('every candidate name is taken'), { code: 'EEXIST' });
  } finally {
    if (temp) await unlink(temp).catch(() => undefined);
  }
}

async function writeExclusive(target: string, bytes: Uint8Array | string): Promise<void> {
  const handle = await open(target, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A new file's bytes, written and synced under a temp name in `folder` and not yet named: a batch
 * of documents records them in the program's history first, then names them (placeStagedFile),
 * so no document is on disk under its name before the history lists it.
 */
export function stageNewFile(folder: string, bytes: Uint8Array | string): Promise<string> {
  return writeTemp(join(folder, 'staged'), bytes);
}

/**
 * Gives a staged file (stageNewFile) the first of `candidates` (paths in its folder) that does not
 * exist yet, never replacing a file, and removes the temp name; EEXIST when all are taken. The
 * folder is not synced: call syncFolderDurably once after placing several.
 */
export async function placeStagedFile(temp: string, candidates: Iterable<string>): Promise<string> {
  try {
    for (const target of candidates) {
      try {
        await link(temp, target);
        return target;
      } catch (error) {
        const code = sysCode(error);
        if (code === 'EEXIST') continue;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
      }
      // No hard links here (FAT drives, some network shares): an exclusive copy, less atomically.
      try {
        await copyFile(temp, target, constants.COPYFILE_EXCL);
      } catch (error) {
        if (sysCode(error) === 'EEXIST') continue;
        throw error;
      }
      const handle = await open(target, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      return target;
    }
    throw Object.assign(new Error('every candidate name is taken'), { code: 'EEXIST' });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Makes the names given in `folder` durable (one sync for any number of them; best effort). */
export function syncFolderDurably(folder: string): Promise<void> {
  return syncFolder(folder);
}
