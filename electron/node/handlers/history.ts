/**
 * The files of the history: where each report was written and whether it is still there. Only
 * main looks at the disk; a file found here, named as its record says and of a kind Liaison
 * writes, may then be opened or revealed like one written in this run.
 */
import { stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import type { HistoryFile } from '../../../shared/ipc/contract.ts';
import type { ReportRecord } from '../../../shared/schema/program.ts';
import type { Handlers } from '../dispatch.ts';
import type { Session } from '../session.ts';

const OPENABLE = new Set(['.docx', '.eml']);

/** Where a record's file should be: the path it was written to, or else in the output folder. */
function expectedPath(record: ReportRecord, outputDir: string | undefined): string | null {
  if (typeof record.path === 'string' && isAbsolute(record.path)) return resolve(record.path);
  return outputDir ? join(outputDir, record.fileName) : null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function historyHandlers(session: Session): Pick<Handlers, 'reports:files'> {
  return {
    'reports:files': async () => {
      const { reports } = session.requireStore().file;
      const outputDir = session.settings.value.outputDir;
      const files: Record<string, HistoryFile> = {};
      await Promise.all(
        reports.map(async (record) => {
          const path = expectedPath(record, outputDir);
          // A path that does not end in the record's own file name is not trusted to be its file.
          const usable = path !== null && basename(path) === record.fileName && OPENABLE.has(extname(path));
          const exists = usable && (await isFile(path));
          if (exists) session.historyPaths.add(path);
          files[record.id] = { path: usable ? path : null, exists };
        }),
      );
      return files;
    },
  };
}
