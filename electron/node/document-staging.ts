/**
 * The pieces of a batch's documents before they take their names (documents.ts writes them): the
 * names a document may take, its record in the history, and the record corrected after placing.
 */
import { basename, dirname, join } from 'node:path';
import { randomHex } from '../../shared/record/ids.ts';
import { withCounter } from '../../shared/reports/file-name.ts';
import type { ProgramFile, ReportRecord } from '../../shared/schema/program.ts';
import type { DocumentRequest, RenderedDocument, WriteOptions } from './document-render.ts';
import { AppError } from './errors.ts';

/** A document written under a temp name, with the name it will take once it is recorded. */
export interface Staged {
  request: DocumentRequest;
  temp: string;
  /** The file name it is to take, and the first of its numbers free when it was staged. */
  name: string;
  n: number;
  /** What the written document reports and the email draft is made from. */
  shown: Omit<RenderedDocument, 'bytes' | 'snapshot'>;
  record: ReportRecord;
  /** Kept for the email draft, which is made once the document has its name. */
  bytes?: Uint8Array;
}

export type Entry = Staged | { request: DocumentRequest; message: string };

/** The names `name` may take in `outDir`, in order from `name (from)`: `name`, `name (2)`, `name (3)`… */
export function* namesIn(outDir: string, name: string, from = 1): Generator<string> {
  for (let n = from; n < 1000; n++) {
    const path = join(outDir, withCounter(name, n));
    // The name is made safe in shared/reports/file-name.ts; this is the last line of defence.
    if (dirname(path) !== outDir)
      throw new AppError('bad-request', `Refused to write outside ${outDir}: ${name}`);
    yield path;
  }
}

/**
 * The first of `name`'s names in `outDir` not `taken` (the folder's files when the batch began,
 * and the names this batch holds), and its number. A file made since is met when the document is
 * placed, which then takes the next name.
 */
export function firstFreeName(outDir: string, name: string, taken: Set<string>): { path: string; n: number } {
  let n = 1;
  for (const path of namesIn(outDir, name)) {
    if (!taken.has(path)) return { path, n };
    n++;
  }
  throw new AppError('exists', `Too many documents named like ${name} in ${outDir}.`);
}

/** The record of a document to be written at `path` (the history's entry for it). */
export function recordOf(
  request: DocumentRequest,
  rendered: Pick<RenderedDocument, 'template' | 'snapshot'>,
  path: string,
  options: WriteOptions,
): ReportRecord {
  return {
    id: `rep-${options.today}-${randomHex(8)}`,
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    // The day it was written for (--today included), and where it was written, for the history.
    forDate: options.today,
    template: rendered.template,
    stakeholderIds: request.kind === 'report' ? [request.stakeholderId] : [],
    fileName: basename(path),
    path,
    snapshot: rendered.snapshot,
    ...(request.kind === 'checklist' ? { meetingId: request.meetingId } : {}),
  };
}

/** The history with records corrected after their documents were placed (a name taken meanwhile). */
export function corrected(file: ProgramFile, fixes: Map<string, ReportRecord | null>): ProgramFile {
  return {
    ...file,
    reports: file.reports.flatMap((r) => {
      const fix = fixes.get(r.id);
      return fix === undefined ? [r] : fix === null ? [] : [fix];
    }),
  };
}
