/** Backups: list them, read one to restore as an edit, or restore one into a new file. */
import { basename, dirname, join, resolve } from 'node:path';
import type { Handlers } from '../dispatch.ts';
import { Backups } from '../backups.ts';
import { AppError } from '../errors.ts';
import { parseProgramText } from '../program-file.ts';
import type { Session } from '../session.ts';
import { ProgramStore } from '../store.ts';

type BackupHandlers = Pick<Handlers, 'backups:list' | 'backups:read' | 'backups:restoreAs'>;

export function backupHandlers(session: Session): BackupHandlers {
  const backups = () => new Backups(session.storeOptions.backupDir);
  const programOf = async (id: string) => {
    const bytes = await backups().read(id);
    return parseProgramText(bytes.toString('utf8'), `Backup ${basename(id)}`).file;
  };
  return {
    'backups:list': async ({ path, lastFailed }) => {
      const source = path ? resolve(path) : lastFailed ? session.lastFailedPath : session.store?.path;
      if (!source) throw new AppError('no-file', 'No program file is open.');
      return backups().list(source);
    },

    'backups:read': ({ id }) => programOf(id),

    'backups:restoreAs': async ({ id, path }) => {
      const file = await programOf(id);
      const [, name = ''] = id.split('/');
      const source = session.store?.path;
      const suggested = source
        ? join(dirname(source), `${basename(source, '.json')} (restored ${name.slice(0, 10)}).json`)
        : `restored-${name.slice(0, 10)}.json`;
      const target = await session.pathFrom(path, (d) => d.saveFile(suggested));
      if (!target) return null;
      return session.adopt(await ProgramStore.create(resolve(target), file, session.storeOptions));
    },
  };
}
