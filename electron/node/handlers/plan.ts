/** The communication plan's exports from the window: written into the remembered output folder. */
import { basename } from 'node:path';
import type { Handlers } from '../dispatch.ts';
import { AppError } from '../errors.ts';
import { writePlanToFolder } from '../plan-export.ts';
import type { Session } from '../session.ts';
import { readWordStyles } from '../word-template.ts';

export function planHandlers(session: Session): Pick<Handlers, 'plan:export'> {
  return {
    'plan:export': async ({ formats, weeks }) => {
      const file = session.requireStore().file;
      const outDir = session.settings.value.outputDir;
      if (!outDir) throw new AppError('bad-request', 'Choose the folder documents go to first.');
      const template = session.settings.value.wordTemplate;
      const styles = template && formats.includes('docx') ? await readWordStyles(template) : undefined;
      const unique = [...new Set(formats)];
      const written = await writePlanToFolder(file, unique, outDir, {
        today: session.today(),
        weeks,
        ...(styles ? { styles } : {}),
      });
      // Open and Show in folder act only on files this session wrote.
      for (const w of written) session.writtenPaths.add(w.path);
      return { outDir, written: written.map((w) => ({ ...w, fileName: basename(w.path) })) };
    },
  };
}
