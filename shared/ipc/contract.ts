/**
 * Every channel between the window and the main process, with its argument schema and result
 * type. Both transports (Electron IPC and the browser mode's HTTP) carry exactly these channels;
 * the main side parses every argument with the channel's schema before a handler sees it.
 */
import { z } from 'zod';
import type { IsoDate } from '../domain/dates.ts';
import { MAX_WEEKS } from '../plan/calendar.ts';
import { PLAN_FORMATS, type PlanFormat } from '../plan/file-name.ts';
import type { EmailMessage } from '../email/message.ts';
import type { ReportDoc } from '../reports/model.ts';
import type { ReportWarning } from '../reports/warnings.ts';
import { STAKEHOLDER_TEMPLATES, type ProgramFile, type Template } from '../schema/program.ts';
import type { Channel, EventName } from './channels.ts';
import type { Envelope, ErrorInfo } from './envelope.ts';
import { operationSchema } from './operations.ts';

export { CHANNELS, EVENTS, type Channel, type EventName } from './channels.ts';

/** Which window the app runs in, and what it can do there. */
export interface AppInfo {
  mode: 'electron' | 'browser';
  version: string;
  /** Native open/save dialogs exist (Electron); in the browser the user types a path. */
  nativeDialogs: boolean;
  /** The day the derived rules are computed for (overridable with LIAISON_TODAY for tests). */
  today: IsoDate;
  dataDir: string;
}

/** The open program file as the window sees it. */
export interface OpenDocument {
  path: string;
  file: ProgramFile;
  /** Increases with every change, so a window can tell a stale copy. */
  revision: number;
  /** Changes in memory that could not be written yet. */
  dirty: boolean;
  /** The older format the file was read in, until it is first saved (after a backup). */
  migratedFrom: number | null;
  /** Someone else has this file open (their lock file is beside it), or null. */
  lockedBy: { host: string; pid: number; user: string; since: string } | null;
}

/**
 * Main's answer to an edit sent as operations: the document, with the program only when it is
 * not exactly the window's own result (main rebased the edit over changes the window had not seen).
 */
export interface AppliedEdit extends Omit<OpenDocument, 'file'> {
  file: ProgramFile | null;
}

/** What main tells the window unasked, over both transports (IPC events, server-sent events). */
export interface Events {
  /** Another writer saved the open file: the program as it is now, unsaved work rebased onto it. */
  'file:changed': OpenDocument;
}

/** A copy of a program file kept in the app's data folder. */
export interface BackupInfo {
  id: string;
  source: string;
  takenAt: string;
  reason: 'open' | 'editing' | 'migration' | 'before-restore';
  bytes: number;
}

/** A composed document, shown before anything is written. */
export interface ReportPreview {
  doc: ReportDoc;
  /** For the app only: technical fallbacks and honest-status findings. */
  warnings: ReportWarning[];
  /** The name the file will get (before any " (2)" for an existing one). */
  fileName: string;
  /** The same content as an email body (for email readers) and as plain text (for chat readers). */
  html: string;
  text: string;
}

export interface GeneratedDocument {
  path: string;
  fileName: string;
  template: Template;
  readerName: string;
  stakeholderIds: string[];
  warnings: ReportWarning[];
  /** The email draft (.eml) written beside it, when asked for. */
  draft?: { path: string; fileName: string };
  /** Why there is no draft (the reader has no email address). */
  noDraft?: string;
}

export interface GenerateResult {
  outDir: string;
  written: GeneratedDocument[];
  failed: Array<{ id: string; message: string }>;
  /** The documents were written but the history could not be saved (a conflict, a full disk). */
  notRecorded: ErrorInfo | null;
  document: OpenDocument;
}

/** The communication plan's files, written into the output folder. */
export interface PlanExportResult {
  outDir: string;
  written: Array<{ format: PlanFormat; path: string; fileName: string }>;
}

/** Where a history record's file is, as main found it. */
export interface HistoryFile {
  /** Null when the record names no place Liaison can trust (no folder, or not its own file name). */
  path: string | null;
  /** False when the file was moved or deleted since. */
  exists: boolean;
}

/** One folder's subfolders, for choosing a folder where there is no native dialog. */
export interface FolderListing {
  path: string;
  /** The folder above, or null at the top of a root. */
  parent: string | null;
  /** The names of the folders in it (hidden ones left out), sorted. */
  folders: string[];
  /** Where listing may start: home, the program's folder, the output folder, the current folder. */
  roots: Array<{ label: string; path: string }>;
}
/** What `email:read` gives back: the messages read, and the files that could not be. */
export interface EmailReadResult {
  messages: EmailMessage[];
  failed: Array<{ name: string; message: string }>;
}

/** An .eml of up to 25 MB, as base64 (4 characters per 3 bytes). */
const MAX_EML_BASE64 = Math.ceil((25 * 1024 * 1024) / 3) * 4;

const id = z.string().min(1).max(200);
const target = z.union([
  z.strictObject({ stakeholderId: id, template: z.enum(STAKEHOLDER_TEMPLATES).optional() }),
  z.strictObject({ meetingId: id }),
]);

// A path from the user; the length bound keeps a hostile payload from costing anything.
const path = z.string().min(1).max(4096);
const noArgs = z.strictObject({});
const optionalPath = z.strictObject({ path: path.optional() });

/** Declares a channel: `returns<Result>()(argsSchema, 'what it does')`. */
function returns<R>() {
  return <A extends z.ZodType>(args: A, doc: string) => ({ args, doc, result: undefined as unknown as R });
}

export const contract = {
  /** Which window this is, today's date, and whether native dialogs exist. */
  'app:info': returns<AppInfo>()(noArgs, 'Which window this is and what it can do.'),
  /** The open program, or null before one is opened. */
  'file:current': returns<OpenDocument | null>()(noArgs, 'The open program file, if any.'),
  /** Writes the demo program to a new file (never over an existing one) and opens it. */
  'file:new': returns<OpenDocument | null>()(optionalPath, 'Create a new program file from the demo.'),
  /** Writes an empty program (its name, period and sponsor) to a new file (never over one) and opens it. */
  'file:newEmpty': returns<OpenDocument | null>()(
    z.strictObject({
      path: path.optional(),
      name: z.string().min(1).max(500),
      start: z.string().max(10).optional(),
      end: z.string().max(10).optional(),
      sponsor: z.string().max(500).optional(),
    }),
    'Create a new, empty program file.',
  ),
  /** Opens and checks a program file; null when the user cancelled the dialog. */
  'file:open': returns<OpenDocument | null>()(optionalPath, 'Open a program file.'),
  /** Writes what is in memory to the open file (after a failed save, say). */
  'file:save': returns<OpenDocument>()(noArgs, 'Save the open program file.'),
  /** Writes the program to a new file and continues there; null when cancelled. */
  'file:saveAs': returns<OpenDocument | null>()(optionalPath, 'Save the program under a new name.'),
  /**
   * Applies an edit as JSON Patch operations, made on the window's copy at `baseRevision`: in
   * order, checked where they touch, then saved in a transaction (rebased if the program moved on).
   */
  'file:apply': returns<AppliedEdit>()(
    z.strictObject({
      ops: z.array(operationSchema).max(100_000),
      baseRevision: z.number().int().nonnegative(),
    }),
    'Apply an edit as JSON Patch operations (checked, rebased if needed, saved).',
  ),
  /** Reads the open file again from disk (after someone else saved it), dropping unsaved changes. */
  'file:reload': returns<OpenDocument>()(noArgs, 'Reload the open file from disk.'),
  /** The backups of the open file, or of `path` (a file that would not open), newest first. */
  'backups:list': returns<BackupInfo[]>()(
    z.strictObject({ path: path.optional(), lastFailed: z.boolean().optional() }),
    'List the backups of a program file (the open one, a given one, or the last that failed to open).',
  ),
  /** A backup's program, checked, for restoring it as an edit (which undo can take back). */
  'backups:read': returns<ProgramFile>()(
    z.strictObject({ id: z.string().min(1).max(500) }),
    'Read a backup.',
  ),
  /** Writes a backup to a new file (never over one) and opens it: the way back from a damaged file. */
  'backups:restoreAs': returns<OpenDocument | null>()(
    z.strictObject({ id: z.string().min(1).max(500), path: path.optional() }),
    'Restore a backup as a new file.',
  ),
  /** The recently opened files, newest first. */
  'file:recent': returns<string[]>()(noArgs, 'Recently opened program files.'),
  /** Composes a reader's report (or a meeting checklist) without writing anything. */
  'reports:preview': returns<ReportPreview>()(target, 'Preview a document before writing it.'),
  /** Writes documents to the output folder and records them in the history. */
  'reports:generate': returns<GenerateResult>()(
    z.strictObject({
      targets: z.array(target).min(1).max(10_000),
      dryRun: z.boolean().optional(),
      /** Also write an email draft beside each report. */
      email: z.boolean().optional(),
    }),
    'Write documents (and their email drafts) and record them.',
  ),
  /** The folder documents are written to (remembered), or null before one is chosen. */
  'reports:outputDir': returns<string | null>()(noArgs, 'The remembered output folder.'),
  /** Chooses the output folder (a dialog in Electron, a typed path in the browser). */
  'reports:chooseOutputDir': returns<string | null>()(optionalPath, 'Choose where documents go.'),
  /** The user's Word template (.docx/.dotx) whose styles documents take, or null for Liaison's own. */
  'reports:wordTemplate': returns<string | null>()(noArgs, 'The Word template in use.'),
  /** Chooses a Word template (checked: it must hold a styles part); `clear` goes back to Liaison's look. */
  'reports:chooseWordTemplate': returns<string | null>()(
    z.strictObject({ path: path.optional(), clear: z.boolean().optional() }),
    'Choose or clear the Word template.',
  ),
  /** Where each report of the history is on disk, by record id, and whether it is still there. */
  'reports:files': returns<Record<string, HistoryFile>>()(noArgs, 'Find the files of the history.'),
  /** The folders in `path` (or in the first root); never outside the roots it lists. */
  'folders:list': returns<FolderListing>()(optionalPath, 'List folders to choose from.'),
  /** Makes a new folder `name` in the folder `path` (inside the roots) and lists it. */
  'folders:create': returns<FolderListing>()(
    z.strictObject({ path, name: z.string().min(1).max(255) }),
    'Make a folder.',
  ),
  /** Opens a document this app wrote, in its default application. */
  'shell:open': returns<void>()(z.strictObject({ path }), 'Open a written document.'),
  /** Shows a document this app wrote in its folder. */
  'shell:reveal': returns<void>()(z.strictObject({ path }), 'Show a written document in its folder.'),
  /** Writes the communication plan (Word, CSV, .ics) for the next weeks into the output folder. */
  'plan:export': returns<PlanExportResult>()(
    z.strictObject({
      formats: z.array(z.enum(PLAN_FORMATS)).min(1).max(PLAN_FORMATS.length),
      weeks: z.number().int().min(1).max(MAX_WEEKS),
    }),
    'Write the communication plan.',
  ),
  /**
   * Reads email files (.eml, their bytes as base64, read in the window) into the few parts the
   * interaction log keeps; a file that cannot be read is named with why, never quoted.
   */
  'email:read': returns<EmailReadResult>()(
    z.strictObject({
      files: z
        .array(z.strictObject({ name: z.string().min(1).max(500), base64: z.string().max(MAX_EML_BASE64) }))
        .min(1)
        .max(500),
    }),
    'Read .eml files for the interaction log.',
  ),
} as const;

export type Contract = typeof contract;

// Both lists name the same channels, or this does not compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameChannels: Same<Channel, keyof Contract> = true;
void sameChannels;
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

/** The window's `api`: one function per channel, each resolving to an envelope, and `on` for events. */
export type Api = { [C in Channel]: (args: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>> } & {
  /** Listens to one of main's events; returns the function that stops listening. */
  on: <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => () => void;
};

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
