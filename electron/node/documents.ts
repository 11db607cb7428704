/**
 * Writing documents: compose, render, write to the chosen folder under a safe name that never
 * replaces an existing file, then record what was sent in the program's history (with the
 * snapshot the next report to the same reader diffs against) and move the readers' last update.
 * The app and the command line both write through here.
 */
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { GeneratedDocument } from '../../shared/ipc/contract.ts';
import type { IsoDate } from '../../shared/domain/dates.ts';
import { reportFileName } from '../../shared/reports/file-name.ts';
import type { ReportDoc } from '../../shared/reports/model.ts';
import type { ProgramFile, ReportRecord, Template } from '../../shared/schema/program.ts';
import { shareSnapshots } from '../../shared/view/snapshot.ts';
import {
  renderDocument,
  type DocumentRequest,
  type RenderedDocument,
  type WriteOptions,
} from './document-render.ts';
import { corrected, firstFreeName, namesIn, recordOf, type Entry, type Staged } from './document-staging.ts';
import { placeNewFile, placeStagedFile, stageNewFile, syncFolderDurably } from './durable-write.ts';
import { AppError, sysCode, writeFailureReason } from './errors.ts';

/** Writes `bytes` as `name` in `outDir`, or `name (2)`, `name (3)`… if taken: never over a file. */
export async function writeUnique(
  outDir: string,
  name: string,
  bytes: Uint8Array,
): Promise<{ path: string; fileName: string }> {
  try {
    const path = await placeNewFile(namesIn(outDir, name), bytes);
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

/** Writes a rendered document under a temp name in `outDir`, holding the name it is to take. */
async function stage(
  file: ProgramFile,
  request: DocumentRequest,
  rendered: RenderedDocument,
  options: WriteOptions & { outDir: string },
  taken: Set<string>,
  /** Makes the folder (once per batch). */
  folder: () => Promise<unknown>,
): Promise<Staged> {
  const { outDir } = options;
  const name = reportFileName({
    date: options.today,
    programName: file.program.name,
    readerName: rendered.reader.name,
    template: rendered.template,
  });
  const { path, n } = firstFreeName(outDir, name, taken);
  taken.add(path);
  try {
    await folder();
    const temp = await stageNewFile(outDir, rendered.bytes);
    const record = recordOf(request, rendered, path, options);
    const { bytes: _, snapshot: __, ...shown } = rendered;
    return { request, temp, name, n, shown, record, ...(options.email ? { bytes: rendered.bytes } : {}) };
  } catch (error) {
    throw describeWriteError(outDir, error);
  }
}

/** Gives a staged document its name, then its email draft; the record is corrected if the name moved. */
async function place(
  file: ProgramFile,
  staged: Staged,
  options: WriteOptions & { outDir: string },
): Promise<{ written: GeneratedDocument; record: ReportRecord }> {
  const { outDir } = options;
  let path: string;
  try {
    path = await placeStagedFile(staged.temp, namesIn(outDir, staged.name, staged.n));
  } catch (error) {
    if (sysCode(error) === 'EEXIST')
      throw new AppError('exists', `Too many documents named like ${staged.record.fileName} in ${outDir}.`);
    throw describeWriteError(outDir, error);
  }
  const { doc, warnings, template, reader } = staged.shown;
  const fileName = basename(path);
  const drafted =
    staged.bytes && doc ? await writeDraft(file, doc, fileName, staged.bytes, outDir, options) : {};
  return {
    written: {
      path,
      fileName,
      template,
      readerName: reader.name,
      stakeholderIds: staged.record.stakeholderIds,
      warnings,
      ...drafted,
    },
    record: path === staged.record.path ? staged.record : { ...staged.record, fileName, path },
  };
}

/** The email draft of a written document, beside it; or why there is none. */
async function writeDraft(
  file: ProgramFile,
  doc: ReportDoc<Template>,
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
    reports: [...file.reports, ...shareSnapshots(file.reports, records)],
    stakeholders: file.stakeholders.map((s) =>
      updated.has(s.id) && (s.lastUpdateAt ?? '') < today ? { ...s, lastUpdateAt: today } : s,
    ),
  };
}

export interface BatchResult {
  written: GeneratedDocument[];
  failed: Array<{ request: DocumentRequest; message: string }>;
  /** The records of the documents written (in the history, when the batch records). */
  records: ReportRecord[];
  /** The save of the history that failed, and how many documents waited for it; the batch stopped there. */
  notRecorded: { error: AppError; waiting: number } | null;
  /** The requests not written after that: those that waited for the save (none is on disk), and the rest. */
  notWritten: DocumentRequest[];
}

/** How many documents may be being written to their temp files at once. */
const WRITING_AT_ONCE = 8;

/**
 * After a save that took d ms, the next waits until d × this has passed (at most MOST_REST_MS),
 * so saving takes at most about a quarter of this thread's time, whatever the program's size:
 * saved back to back, the saves of a large program's history left the workers half a core.
 */
const REST_PER_SAVE = 3;
const MOST_REST_MS = 500;

/** A pause that keeps no process alive by itself (the batch's own work does). */
const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms).unref());

/**
 * Writes several documents, reporting progress after each, in the order of `requests`. One
 * failure to write does not stop the batch; it is listed with its reason. With `record`, the
 * documents are recorded in the history as they are written, several per save: each is written
 * under a temp name, the save records all written meanwhile (while the next are written), and only
 * then do they take their names, so after a crash every document on disk is in the history. A
 * failed save stops the batch, and the documents it would have recorded are not written. Above a
 * handful of documents, worker threads compose and render them (report-pool.ts).
 */
export async function writeDocuments(
  file: ProgramFile,
  requests: DocumentRequest[],
  options: WriteOptions & {
    onProgress?: (done: number, total: number, last: GeneratedDocument | null) => void;
    /** Render in worker threads from this many documents up (default POOL_FROM; Infinity: never). */
    poolFrom?: number;
    /** Saves a change to the program file (the history's new records, in order). */
    record?: (change: (file: ProgramFile) => ProgramFile) => Promise<unknown>;
  },
): Promise<BatchResult> {
  const opts = { ...options, outDir: resolve(options.outDir) };
  const result: BatchResult = { written: [], failed: [], records: [], notRecorded: null, notWritten: [] };
  const pooled = requests.length >= (options.poolFrom ?? POOL_FROM);
  const pool = pooled ? (await import('./report-pool.ts')).openRenderPool(file, requests, options) : null;
  // Workers `report --due` started early would only take a core from this thread's documents.
  if (!pooled) (await import('./worker-start.ts')).stopEarlyWorkers();
  // The names in the folder, listed once (one readdir, not a stat per name and document).
  const taken = new Set(
    (await readdir(opts.outDir).catch(() => [] as string[])).map((name) => join(opts.outDir, name)),
  );
  let made: Promise<unknown> | null = null;
  const folder = () => (made ??= mkdir(opts.outDir, { recursive: true }));
  const queue: Array<Promise<Entry>> = [];
  const writing: Array<Promise<Entry>> = [];
  let saving: Promise<void> | null = null;
  // Between two saves, the next documents are written; the last save waits for none of that.
  let rest: Promise<void> = Promise.resolve();
  let everyTaken = () => {};
  const allTaken = new Promise<void>((done) => (everyTaken = done));
  // Set by drain(): a failed save stops the batch; an unexpected error is thrown at the end.
  const state: { stopped: boolean; crash: { error: unknown } | null } = { stopped: false, crash: null };
  const progress = (last: GeneratedDocument | null) =>
    options.onProgress?.(result.written.length + result.failed.length, requests.length, last);

  /** Records what is staged, names it and reports it; again while more was staged meanwhile. */
  const drain = async (): Promise<void> => {
    try {
      // Runs on after the caller has set `saving` (cleared again below, with nothing left to take).
      await Promise.resolve();
      while (queue.length > 0 && !state.stopped) {
        await Promise.race([rest, allTaken]);
        const entries = await Promise.all(queue.splice(0));
        const staged = entries.filter((e): e is Staged => 'temp' in e);
        if (options.record && staged.length > 0) {
          try {
            // Date.now(), not performance.now(): Node loads perf_hooks for the first (~1.5 ms of a report).
            const started = Date.now();
            await options.record((f) =>
              recordInHistory(
                f,
                staged.map((s) => s.record),
                opts.today,
              ),
            );
            rest = pause(Math.min(MOST_REST_MS, Math.max(0, Date.now() - started) * REST_PER_SAVE));
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            state.stopped = true;
            result.notRecorded = { error, waiting: staged.length };
            result.notWritten.push(...staged.map((s) => s.request));
            await Promise.all(staged.map((s) => unlink(s.temp).catch(() => undefined)));
            // Renders that failed before the save are still reported, in their place.
            for (const e of entries) if (!('temp' in e)) result.failed.push(e);
            return;
          }
        }
        const fixes = new Map<string, ReportRecord | null>();
        for (const entry of entries) {
          if (!('temp' in entry)) {
            result.failed.push(entry);
            progress(null);
            continue;
          }
          try {
            const done = await place(file, entry, opts);
            if (done.record !== entry.record) fixes.set(entry.record.id, done.record);
            result.written.push(done.written);
            result.records.push(done.record);
            progress(done.written);
          } catch (error) {
            fixes.set(entry.record.id, null);
            result.failed.push({
              request: entry.request,
              message: describeWriteError(opts.outDir, error).message,
            });
            progress(null);
          }
        }
        await syncFolderDurably(opts.outDir);
        if (options.record && fixes.size > 0) await options.record((f) => corrected(f, fixes));
      }
    } catch (error) {
      state.crash = { error };
      state.stopped = true;
    } finally {
      saving = null;
    }
  };

  let next = 0;
  for (; next < requests.length && !state.stopped; next++) {
    const request = requests[next] as DocumentRequest;
    let entry: Promise<Entry>;
    try {
      const rendered = (await pool?.take(next)) ?? (await renderDocument(file, request, options));
      entry = stage(file, request, rendered, opts, taken, folder).catch((error: unknown) => ({
        request,
        message: error instanceof Error ? error.message : String(error),
      }));
    } catch (error) {
      entry = Promise.resolve({ request, message: error instanceof Error ? error.message : String(error) });
    }
    queue.push(entry);
    writing.push(entry);
    if (writing.length >= WRITING_AT_ONCE) await writing.shift();
    saving ??= drain();
  }
  everyTaken();
  for (;;) {
    if (saving) await saving;
    else if (queue.length > 0 && !state.stopped) saving = drain();
    else break;
  }
  await pool?.close();
  if (state.stopped) {
    // What was written under a temp name and never recorded is removed: it never had its name.
    const left = await Promise.all(queue.splice(0));
    await Promise.all(
      left.map(async (e) => ('temp' in e ? unlink(e.temp).catch(() => undefined) : undefined)),
    );
    result.notWritten.push(...left.map((e) => e.request), ...requests.slice(next));
  }
  if (state.crash) throw state.crash.error;
  return result;
}

/** Fewer documents than this are quicker in one thread than starting workers for them. */
export const POOL_FROM = 12;
