/**
 * Noticing another writer's save of the open file: a watch on its folder (a save renames a new
 * file over the old one, which a watch on the file itself would lose), and a slow stat poll as a
 * fallback for network drives, where change events may never come. Calls `changed` at most once
 * per burst of events.
 */
import { unwatchFile, watch, watchFile, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

const SETTLE_MS = 40;
const POLL_MS = 2_000;

/** Starts watching `path` (a program file's real target); returns how to stop. */
export function watchProgramFile(path: string, changed: () => void): () => void {
  let timer: NodeJS.Timeout | null = null;
  const soon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      changed();
    }, SETTLE_MS);
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dirname(path), { persistent: false }, (_type, name) => {
      if (name === null || name === basename(path)) soon();
    });
    watcher.on('error', () => undefined);
  } catch {
    // A folder that cannot be watched: the poll below still notices.
  }
  watchFile(path, { interval: POLL_MS, persistent: false }, soon);
  return () => {
    if (timer) clearTimeout(timer);
    watcher?.close();
    unwatchFile(path, soon);
  };
}
