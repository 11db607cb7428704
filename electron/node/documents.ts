/**
 * Writing documents: compose, render, write to the chosen folder under a safe name that never
 * replaces an existing file, then record what was sent in the program's history (with the
 * snapshot the next report to the same reader diffs against) and move the readers' last update.
 * The app and the command line both write through here.
 */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { IsoDate } from '../../shared/domain/dates.ts';
import { renderDocx } from '../../shared/docx/render.ts';
import { composeChecklist } from '../../shared/reports/checklist.ts';
import { composeReport, type ComposedReport } from '../../shared/reports/compose.ts';
import { reportFileName, withCounter } from '../../shared/reports/file-name.ts';
import type { ReportWarning } from '../../shared/reports/warnings.ts';
import type {
  ProgramFile,
  ReportRecord,
  StakeholderTemplate,
  Template,
} from '../../shared/schema/program.ts';
import { placeNewFile } from './durable-write.ts';
import { AppError, sysCode } from './errors.ts';

export type DocumentRequest =
  | { kind: 'report'; stakeholderId: string; template?: StakeholderTemplate }
  | { kind: 'checklist'; meetingId: string };

export interface WrittenDocument {
  path: string;
  fileName: string;
  template: Template;
  /** Whom it was for: the reader, or a meeting's attendees. */
  readerName: string;
  stakeholderIds: string[];
  warnings: ReportWarning[];
}

export interface WriteOptions {
  today: IsoDate;
  outDir: string;
  /** styles.xml of the user's own Word template, if they chose one. */
  styles?: string;
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
async function writeUnique(
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

function describeWriteError(outDir: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = sysCode(error);
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'permission denied'
        : (code ?? String(error));
  return new AppError('write-failed', `Could not write the document to ${outDir}: ${reason}.`);
}

/** Composes, renders and writes one document. Does not touch the program file. */
export async function writeDocument(
  file: ProgramFile,
  request: DocumentRequest,
  options: WriteOptions,
): Promise<{ written: WrittenDocument; record: ReportRecord }> {
  const outDir = resolve(options.outDir);
  const composed = compose(file, request, options.today);
  const { doc } = composed;
  const bytes = await renderDocx(doc, options.styles ? { styles: options.styles } : {});
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
  const stakeholderIds = request.kind === 'report' ? [request.stakeholderId] : [];
  const record: ReportRecord = {
    id: `rep-${options.today}-${randomBytes(4).toString('hex')}`,
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    forDate: options.today,
    template: doc.template,
    stakeholderIds,
    fileName: placed.fileName,
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
    },
    record,
  };
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
  written: WrittenDocument[];
  failed: Array<{ request: DocumentRequest; message: string }>;
  records: ReportRecord[];
}

/**
 * Writes several documents, reporting progress after each. One failure does not stop the batch;
 * it is listed with its reason. The caller records `records` in one save.
 */
export async function writeDocuments(
  file: ProgramFile,
  requests: DocumentRequest[],
  options: WriteOptions & {
    onProgress?: (done: number, total: number, last: WrittenDocument | null) => void;
  },
): Promise<BatchResult> {
  const result: BatchResult = { written: [], failed: [], records: [] };
  for (const request of requests) {
    try {
      const { written, record } = await writeDocument(file, request, options);
      result.written.push(written);
      result.records.push(record);
      options.onProgress?.(result.written.length + result.failed.length, requests.length, written);
    } catch (error) {
      result.failed.push({ request, message: error instanceof Error ? error.message : String(error) });
      options.onProgress?.(result.written.length + result.failed.length, requests.length, null);
    }
  }
  return result;
}
