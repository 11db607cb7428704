/** Reports and checklists: preview, write with history, the output folder, open and reveal. */
import { resolve } from 'node:path';
import { reportFileName } from '../../../shared/reports/file-name.ts';
import { renderHtml } from '../../../shared/reports/render-html.ts';
import { renderText } from '../../../shared/reports/render-text.ts';
import type { ArgsOf, GenerateResult } from '../../../shared/ipc/contract.ts';
import type { Handlers } from '../dispatch.ts';
import type { ProgramFile } from '../../../shared/schema/program.ts';
import { writeDocuments } from '../documents.ts';
import { compose, type DocumentRequest } from '../document-render.ts';
import { AppError } from '../errors.ts';
import { readWordStyles } from '../word-template.ts';
import type { Session } from '../session.ts';

type ReportHandlers = Pick<
  Handlers,
  | 'reports:preview'
  | 'reports:generate'
  | 'reports:outputDir'
  | 'reports:wordTemplate'
  | 'reports:chooseWordTemplate'
  | 'reports:chooseOutputDir'
  | 'shell:open'
  | 'shell:reveal'
>;

type Target = ArgsOf<'reports:preview'>;

function toRequest(target: Target): DocumentRequest {
  return 'meetingId' in target
    ? { kind: 'checklist', meetingId: target.meetingId }
    : {
        kind: 'report',
        stakeholderId: target.stakeholderId,
        ...(target.template ? { template: target.template } : {}),
      };
}

function targetId(request: DocumentRequest): string {
  return request.kind === 'report' ? request.stakeholderId : request.meetingId;
}

export function reportHandlers(session: Session): ReportHandlers {
  const writtenOnly = (path: string): string => {
    const full = resolve(path);
    if (!session.writtenPaths.has(full) && !session.historyPaths.has(full))
      throw new AppError(
        'bad-request',
        'Only documents Liaison wrote in this session, or found where its history says, can be opened from here.',
      );
    return full;
  };
  const desktop = (path: string) => {
    if (!session.options.dialogs)
      throw new AppError('unsupported', `Open it from your file manager: ${path}`);
    return session.options.dialogs;
  };

  return {
    'reports:preview': (target) => {
      const file = session.requireStore().file;
      const today = session.today();
      const { doc, warnings } = compose(file, toRequest(target), today);
      const fileName = reportFileName({
        date: today,
        programName: file.program.name,
        readerName: doc.reader.name,
        template: doc.template,
      });
      return Promise.resolve({ doc, warnings, fileName, html: renderHtml(doc), text: renderText(doc) });
    },

    'reports:generate': async ({ targets, dryRun, email }) => {
      const store = session.requireStore();
      const outDir = session.settings.value.outputDir;
      if (!outDir) throw new AppError('bad-request', 'Choose the folder documents go to first.');
      const today = session.today();
      const requests = targets.map(toRequest);
      const template = session.settings.value.wordTemplate;
      const styles = template ? await readWordStyles(template) : undefined;
      const batch = await writeDocuments(store.file, requests, {
        today,
        outDir,
        ...(styles ? { styles } : {}),
        ...(email ? { email } : {}),
        ...(dryRun
          ? {}
          : {
              record: (change: (file: ProgramFile) => ProgramFile) => session.change(change),
            }),
      });
      // What this run wrote, drafts included, is all the window may open or reveal.
      for (const doc of batch.written) {
        session.writtenPaths.add(doc.path);
        if (doc.draft) session.writtenPaths.add(doc.draft.path);
      }
      let notRecorded: GenerateResult['notRecorded'] = null;
      if (batch.notRecorded) {
        const { error, waiting } = batch.notRecorded;
        const recorded = batch.records.length;
        const skipped = batch.notWritten.length - waiting;
        const message =
          `The program's history could not be saved: ${error.message} ` +
          `The ${waiting} document${waiting === 1 ? '' : 's'} waiting for that save ${waiting === 1 ? 'was' : 'were'} not written.` +
          (recorded > 0
            ? ` The ${recorded} document${recorded === 1 ? '' : 's'} before ${recorded === 1 ? 'is' : 'are'} written and recorded.`
            : '') +
          (skipped > 0 ? ` ${skipped} more ${skipped === 1 ? 'was' : 'were'} not written.` : '');
        notRecorded = { code: error.code, message };
      }
      return {
        outDir,
        written: batch.written,
        failed: batch.failed.map((f) => ({ id: targetId(f.request), message: f.message })),
        notRecorded,
        document: session.document(),
      };
    },

    'reports:wordTemplate': () => Promise.resolve(session.settings.value.wordTemplate ?? null),

    'reports:chooseWordTemplate': async ({ path, clear }) => {
      if (clear) {
        const { wordTemplate: _dropped, ...rest } = session.settings.value;
        await session.settings.replace(rest);
        return null;
      }
      const chosen = await session.pathFrom(path, (d) => d.openWordFile());
      if (!chosen) return session.settings.value.wordTemplate ?? null;
      await readWordStyles(resolve(chosen)); // refuse a file that is not a Word template, now
      await session.settings.update({ wordTemplate: resolve(chosen) });
      return resolve(chosen);
    },

    'reports:outputDir': () => Promise.resolve(session.settings.value.outputDir ?? null),

    'reports:chooseOutputDir': async ({ path }) => {
      const chosen = await session.pathFrom(path, (d) => d.chooseFolder());
      if (!chosen) return null;
      const outputDir = resolve(chosen);
      await session.settings.update({ outputDir });
      return outputDir;
    },

    'shell:open': async ({ path }) => desktop(path).openPath(writtenOnly(path)),
    'shell:reveal': ({ path }) => {
      desktop(path).showInFolder(writtenOnly(path));
      return Promise.resolve();
    },
  };
}
