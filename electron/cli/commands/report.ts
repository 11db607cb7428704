/**
 * `liaison report <file> --stakeholder <id|name> | --due` and `liaison checklist <file> --meeting <id>`:
 * one line per document as it is written, progress on stderr for batches, each document recorded
 * in the file's history as it is written (unless --dry-run).
 */
import { basename, join, relative } from 'node:path';
import { dueList } from '../../../shared/domain/cadence.ts';
import { formatRange } from '../../../shared/domain/dates.ts';
import { stalePeriodMessage } from '../../../shared/domain/period.ts';
import type { ProgramFile, StakeholderTemplate } from '../../../shared/schema/program.ts';
import { writeDocuments } from '../../node/documents.ts';
import { type DocumentRequest } from '../../node/document-render.ts';
import { AppError } from '../../node/errors.ts';
import { defaultDataDir } from '../../node/settings.ts';
import { ProgramStore } from '../../node/store.ts';
import { readWordStyles } from '../../node/word-template.ts';
import { EXIT, type Output } from '../output.ts';

export interface DocumentCommandOptions {
  file: string;
  today: string;
  outDir: string;
  dryRun: boolean;
  /** Also write an email draft (.eml) beside each document. */
  email?: boolean;
  /** A .docx or .dotx whose styles the documents take. */
  styles?: string;
}

/** Finds a reader by id, or by name (case and accents as typed); ambiguous names are refused. */
export function findReader(file: ProgramFile, idOrName: string): string {
  const byId = file.stakeholders.find((s) => s.id === idOrName);
  if (byId) return byId.id;
  const wanted = idOrName.trim().toLocaleLowerCase();
  const matches = file.stakeholders.filter((s) => s.name.toLocaleLowerCase() === wanted);
  if (matches.length === 1 && matches[0]) return matches[0].id;
  if (matches.length > 1)
    throw new AppError(
      'bad-request',
      `"${idOrName}" names ${matches.length} people (${matches.map((s) => s.id).join(', ')}): use an id.`,
    );
  throw new AppError('not-found', `No stakeholder with the id or name "${idOrName}".`);
}

export function reportRequests(
  file: ProgramFile,
  target: { stakeholder?: string; due?: boolean; template?: StakeholderTemplate },
  today: string,
): DocumentRequest[] {
  if (target.due)
    return dueList(file, today).map((d) => ({ kind: 'report', stakeholderId: d.stakeholderId }));
  if (!target.stakeholder)
    throw new AppError('bad-request', 'Say whom for: --stakeholder <id|name> or --due.');
  return [
    {
      kind: 'report',
      stakeholderId: findReader(file, target.stakeholder),
      ...(target.template ? { template: target.template } : {}),
    },
  ];
}

/** Where a written document is, as the user would type it: relative to here when below it. */
function shown(path: string): string {
  const near = relative(process.cwd(), path);
  return near.startsWith('..') || near === '' ? path : near;
}

export async function documentCommand(
  options: DocumentCommandOptions,
  requestsFor: (file: ProgramFile) => DocumentRequest[],
  io: Output,
): Promise<number> {
  const styles = options.styles ? await readWordStyles(options.styles) : undefined;
  const store = await ProgramStore.open(options.file, { backupDir: join(defaultDataDir(), 'backups') });
  const requests = requestsFor(store.file);
  if (requests.length === 0) {
    io.out(`Nobody is due for an update on ${options.today}.`);
    return EXIT.ok;
  }
  const { period } = store.file.program;
  const stale = stalePeriodMessage(period, options.today);
  // Said before writing: every report would still print the old period to its reader. (A
  // checklist is the TPM's own preparation, not sent: nothing to warn about.)
  if (stale && requests.some((r) => r.kind === 'report'))
    io.err(
      `warning: ${stale} The documents show ${formatRange(period.start, period.end)}; ` +
        `"liaison period next ${options.file}" starts the next one.`,
    );
  const batch = requests.length > 1;
  const name = basename(options.file);
  // Each document is printed and recorded in the history as soon as it is written.
  const result = await writeDocuments(store.file, requests, {
    today: options.today,
    outDir: options.outDir,
    ...(styles ? { styles } : {}),
    ...(options.email ? { email: true } : {}),
    ...(options.dryRun
      ? {}
      : {
          record: (change: (file: ProgramFile) => ProgramFile) => store.change(change),
        }),
    onProgress: (done, total, last) => {
      if (last) {
        io.out(shown(last.path));
        if (last.draft) io.out(shown(last.draft.path));
        if (last.noDraft) io.err(`${last.readerName}: ${last.noDraft}`);
        for (const w of last.warnings) io.err(`warning: ${last.readerName}: ${w.message}`);
      }
      if (batch) io.err(`[${done}/${total}] ${last ? last.readerName : 'failed'}`);
    },
  });
  for (const f of result.failed) io.err(`failed: ${f.message}`);
  if (result.notRecorded) {
    const { error, waiting } = result.notRecorded;
    const recorded = result.records.length;
    io.err(error.message);
    io.err(
      `The ${waiting} document${waiting === 1 ? '' : 's'} waiting for that save ${waiting === 1 ? 'was' : 'were'} not written` +
        ` (a document is given its name only once ${name}'s history lists it)` +
        (recorded > 0
          ? `; the ${recorded} before ${waiting === 1 ? 'it' : 'them'} ${recorded === 1 ? 'is' : 'are'} written and recorded`
          : '') +
        (result.notWritten.length > waiting
          ? `; ${result.notWritten.length - waiting} more were not written`
          : '') +
        '.',
    );
    return EXIT.problem;
  }
  if (options.dryRun) io.err('--dry-run: the history in the program file was not changed.');
  return result.failed.length > 0 ? EXIT.problem : EXIT.ok;
}
