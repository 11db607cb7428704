/** All handlers, composed over one session. Each feature adds its own module here. */
import type { Handlers } from '../dispatch.ts';
import type { Session } from '../session.ts';
import { backupHandlers } from './backups.ts';
import { emailHandlers } from './email.ts';
import { fileHandlers } from './file.ts';
import { planHandlers } from './plan.ts';
import { folderHandlers } from './folders.ts';
import { historyHandlers } from './history.ts';
import { reportHandlers } from './reports.ts';

export function createHandlers(session: Session): Handlers {
  return {
    'app:info': () =>
      Promise.resolve({
        mode: session.options.mode,
        version: session.options.version,
        nativeDialogs: session.options.dialogs !== undefined,
        today: session.today(),
        dataDir: session.options.dataDir,
      }),
    ...fileHandlers(session),
    ...backupHandlers(session),
    ...reportHandlers(session),
    ...planHandlers(session),
    ...historyHandlers(session),
    ...folderHandlers(session),
    ...emailHandlers(),
  };
}
