/** Native open, save and folder dialogs for the session's handlers. */
import { dialog, shell, type BrowserWindow } from 'electron';
import type { Dialogs } from '../../node/session.ts';

const PROGRAM_FILTERS = [{ name: 'Liaison program', extensions: ['json'] }];

export function nativeDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  const parent = () => getWindow() ?? undefined;
  return {
    openFile: async () => {
      const options = { properties: ['openFile' as const], filters: PROGRAM_FILTERS };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openWordFile: async () => {
      const options = {
        properties: ['openFile' as const],
        filters: [{ name: 'Word document or template', extensions: ['docx', 'dotx'] }],
      };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    saveFile: async (defaultPath) => {
      const options = { defaultPath, filters: PROGRAM_FILTERS };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    chooseFolder: async () => {
      const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openPath: async (path) => {
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },
    showInFolder: (path) => shell.showItemInFolder(path),
  };
}
