/** Choosing a folder without a native dialog (the browser mode): list and create, inside the roots. */
import type { Handlers } from '../dispatch.ts';
import { createFolder, existingRoots, folderRoots, listFolders } from '../folders.ts';
import type { Session } from '../session.ts';

export function folderHandlers(session: Session): Pick<Handlers, 'folders:list' | 'folders:create'> {
  const roots = () =>
    existingRoots(folderRoots(session.store?.path ?? null, session.settings.value.outputDir));
  return {
    'folders:list': async ({ path }) => listFolders(await roots(), path),
    'folders:create': async ({ path, name }) => createFolder(await roots(), path, name),
  };
}
