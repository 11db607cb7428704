/**
 * Writing documents: compose, render, write to the chosen folder under a safe name that never
 * replaces an existing file, then record what was sent in the program's history (with the
 * snapshot the next report to the same reader diffs against) and move the readers' last update.
 * The app and the command line both write through here.
 */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { GeneratedDocument } from '../../shared/ipc/contract.ts';
import type { IsoDate } from '../../shared/domain/dates.ts';
import { renderDocx } from '../../shared/docx/render.ts';
import { composeChecklist } from '../../shared/reports/checklist.ts';
import { composeReport, type ComposedReport } from '../../shared/reports/compose.ts';
import { reportFileName, withCounter } from '../../shared/reports/file-name.ts';
import type { ProgramFile, ReportRecord, StakeholderTemplate } from '../../shared/schema/program.ts';
import { placeNewFile } from './durable-write.ts';
import { AppError, sysCode, writeFailureReason } from './errors.ts';

export type DocumentRequest =
  | { kind: 'report'; stakeholderId: string; template?: StakeholderTemplate }
  | { kind: 'checklist'; meetingId: string };

export interface WriteOptions {
  today: IsoDate;
  outDir: string;
  /** styles.xml of the user's own Word template, if they chose one. */
  styles?: string;
  /** Also write an email draft (.eml) beside each document. */
  email?: boolean;
  now?: () => Date;
}

/** Composes one document; throws an AppError naming the missing reader or meeting. */
export function compose(file: ProgramFile, request: DocumentRequest, today: IsoDate): ComposedReport {
  if (request.kind === 'report') {
    if (!file.stakeholders.some((s) => s.id === request.stakeholderId))
      throw new AppError('not-found', `No stakeholder with id "${request.stakeholderId}" in this program.`);
    return composeReport(file, request.stakeholderId, {
      today,
      ...(request.template ? { template: request.template } : {}),
    });
  }
  if (!file.meetings.some((m) => m.id === request.meetingId))
    throw new AppError('not-found', `No meeting with id "${request.meetingId}" in this program.`);
  return composeChecklist(file, request.meetingId, { today });
}

/** Writes `bytes` as `name` in `outDir`, or `name (2)`, `name (3)`… if taken: never over a file. */
export async function writeUnique(
  outDir: string,
  name: string,
  bytes: Uint8Array,
): Promise<{ path: string; fileName: string }> {
  function* candidates(): Generator<string> {
    for (let n = 1; n < 1000; n++) {
      const path = join(outDir, withCounter(name, n));
      // The name is made safe in shared/reports/file-name.ts; this is the last line of defence.
      if (dirname(path) !== outDir)
        throw new AppError('bad-request', `Refused to write outside ${outDir}: ${name}`);
      yield path;
    }
  }
  try {
    const path = await placeNewFile(candidates(), bytes);
    return { path, fileName: basename(path) };
  } catch (error) {
    if (sysCode(error) === 'EEXIST')
      throw new AppError('exists', `Too many documents named like ${name} in ${outDir}.`);
    throw error;
  }
}

/** A failed write as one line for the user: where, and why in words (a full disk, no permission). */
export function describeWriteError(outDir: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const reason = writeFailureReason(error);
  return new AppError('write-failed', `Could not write the document to ${outDir}: ${reason}.`);
}

/** One document composed and rendered to bytes, not yet written: what a batch's workers make. */
export interface RenderedDocument {
  composed: ComposedReport;
  bytes: Uint8Array;
}

/** Composes and renders one document (no IO): the part of writing that a worker thread can do. */
export async function renderDocument(
  file: ProgramFile,
  request: DocumentRequest,
  options: Pick<WriteOptions, 'today' | 'styles'>,
): Promise<RenderedDocument> {
  const composed = compose(file, request, options.today);
  const bytes = await renderDocx(composed.doc, options.styles ? { styles: options.styles } : {});
  return { composed, bytes };
}

/**
 * Composes, renders and writes one document, or writes one already `rendered`. Does not touch the
 * program file.
 */
export async function writeDocument(
  file: ProgramFile,
  request: DocumentRequest,
  options: WriteOptions,
  rendered?: RenderedDocument,
): Promise<{ written: GeneratedDocument; record: ReportRecord }> {
  const outDir = resolve(options.outDir);
  const { composed, bytes } = rendered ?? (await renderDocument(file, request, options));
  const { doc } = composed;
  const name = reportFileName({
    date: options.today,
    programName: file.program.name,
    readerName: doc.reader.name,
    template: doc.template,
  });
  let placed: { path: string; fileName: string };
  try {
    await mkdir(outDir, { recursive: true });
    placed = await writeUnique(outDir, name, bytes);
  } catch (error) {
    throw describeWriteError(outDir, error);
  }
  const drafted = options.email ? await writeDraft(file, doc, placed.fileName, bytes, outDir, options) : {};
  const stakeholderIds = request.kind === 'report' ? [request.stakeholderId] : [];
  const record: ReportRecord = {
    id: `rep-${options.today}-${randomBytes(4).toString('hex')}`,
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    // The day it was written for (--today included), and where it was written, for the history.
    forDate: options.today,
    template: doc.template,
    stakeholderIds,
    fileName: placed.fileName,
    path: placed.path,
    snapshot: composed.snapshot,
    ...(request.kind === 'checklist' ? { meetingId: request.meetingId } : {}),
  };
  return {
    written: {
      ...placed,
      template: doc.template,
      readerName: doc.reader.name,
      stakeholderIds,
      warnings: composed.warnings,
      ...drafted,
    },
    record,
  };
}

/** The email draft of a written document, beside it; or why there is none. */
async function writeDraft(
  file: ProgramFile,
  doc: ComposedReport['doc'],
  fileName: string,
  bytes: Uint8Array,
  outDir: string,
  options: WriteOptions,
): Promise<Pick<GeneratedDocument, 'draft' | 'noDraft'>> {
  // Imported here: the email stack (nodemailer's composer) is loaded only when a draft is asked for.
  const { emailDraftFor } = await import('./email-draft.ts');
  const draft = await emailDraftFor(file, doc, { fileName, bytes }, options.now?.());
  if (draft === null) return {};
  if ('reason' in draft) return { noDraft: draft.reason };
  try {
    return { draft: await writeUnique(outDir, draft.fileName, draft.bytes) };
  } catch (error) {
    // The document is written and will be recorded; only the draft is missing, and says why.
    return { noDraft: `No email draft: ${describeWriteError(outDir, error).message}` };
  }
}

/**
 * The program with these documents in its history: each report's reader counts as updated today.
 * A meeting checklist is recorded too, but updates nobody: it was not sent to its attendees.
 */
export function recordInHistory(file: ProgramFile, records: ReportRecord[], today: IsoDate): ProgramFile {
  const updated = new Set(records.flatMap((r) => r.stakeholderIds));
  return {
    ...file,
    reports: [...file.reports, ...records],
    stakeholders: file.stakeholders.map((s) =>
      updated.has(s.id) && (s.lastUpdateAt ?? '') < today ? { ...s, lastUpdateAt: today } : s,
    ),
  };
}

export interface BatchResult {
  written: GeneratedDocument[];
  failed: Array<{ request: DocumentRequest; message: string }>;
  records: ReportRecord[];
  /** The document written whose record could not be saved; the batch stopped there. */
  notRecorded: { document: GeneratedDocument; error: AppError } | null;
  /** The requests not attempted after that (nothing was written for them). */
  notWritten: DocumentRequest[];
}

/**
 * Writes several documents, reporting progress after each. One failure to write does not stop
 * the batch; it is listed with its reason. With `record`, each document is recorded in the
 * history right after it is written (a crash loses at most the one in flight); a failure to
 * record stops the batch, so no more documents go unrecorded. Above a handful of documents,
 * worker threads compose and render them (report-pool.ts) while this thread writes and records
 * each one and reports progress, in the order of `requests`.
 */
export async function writeDocuments(
  file: ProgramFile,
  requests: DocumentRequest[],
  options: WriteOptions & {
    onProgress?: (done: number, total: number, last: GeneratedDocument | null) => void;
    /** Render in worker threads from this many documents up (default POOL_FROM; Infinity: never). */
    poolFrom?: number;
    record?: (record: ReportRecord) => Promise<void>;
  },
): Promise<BatchResult> {
  const result: BatchResult = { written: [], failed: [], records: [], notRecorded: null, notWritten: [] };
  const pool =
    requests.length >= (options.poolFrom ?? POOL_FROM)
      ? (await import('./report-pool.ts')).openRenderPool(file, requests, options)
      : null;
  for (const [i, request] of requests.entries()) {
    let done: { written: GeneratedDocument; record: ReportRecord };
    try {
      done = await writeDocument(file, request, options, await pool?.take(i));
    } catch (error) {
      result.failed.push({ request, message: error instanceof Error ? error.message : String(error) });
      options.onProgress?.(result.written.length + result.failed.length, requests.length, null);
      continue;
    }
    result.written.push(done.written);
    try {
      await options.record?.(done.record);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.notRecorded = { document: done.written, error };
      result.notWritten = requests.slice(i + 1);
      options.onProgress?.(result.written.length + result.failed.length, requests.length, done.written);
      break;
    }
    result.records.push(done.record);
    options.onProgress?.(result.written.length + result.failed.length, requests.length, done.written);
  }
  await pool?.close();
  return result;
}

/** Fewer documents than this are quicker in one thread than starting workers for them. */
export const POOL_FROM = 12;
