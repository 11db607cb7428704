/**
 * Every channel between the window and the main process, with its argument schema and result
 * type. Both transports (Electron IPC and the browser mode's HTTP) carry exactly these channels;
 * the main side parses every argument with the channel's schema before a handler sees it.
 */
import { z } from 'zod';
import type { IsoDate } from '../domain/dates.ts';
import type { ReportDoc } from '../reports/model.ts';
import type { ReportWarning } from '../reports/warnings.ts';
import { STAKEHOLDER_TEMPLATES, type ProgramFile, type Template } from '../schema/program.ts';
import type { Channel } from './channels.ts';
import type { Envelope, ErrorInfo } from './envelope.ts';

export { CHANNELS, type Channel } from './channels.ts';

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
}

export interface GenerateResult {
  outDir: string;
  written: GeneratedDocument[];
  failed: Array<{ id: string; message: string }>;
  /** The documents were written but the history could not be saved (a conflict, a full disk). */
  notRecorded: ErrorInfo | null;
  document: OpenDocument;
}

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
  /** Opens and checks a program file; null when the user cancelled the dialog. */
  'file:open': returns<OpenDocument | null>()(optionalPath, 'Open a program file.'),
  /** Writes what is in memory to the open file (after a failed save, say). */
  'file:save': returns<OpenDocument>()(noArgs, 'Save the open program file.'),
  /** Writes the program to a new file and continues there; null when cancelled. */
  'file:saveAs': returns<OpenDocument | null>()(optionalPath, 'Save the program under a new name.'),
  /** Replaces the whole program after an edit in the window; validated, then saved. */
  'file:update': returns<OpenDocument>()(
    z.strictObject({ file: z.unknown(), baseRevision: z.number().int().nonnegative() }),
    'Apply an edited program (whole-file replace, validated).',
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
    z.strictObject({ targets: z.array(target).min(1).max(10_000), dryRun: z.boolean().optional() }),
    'Write documents and record them.',
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
  /** Opens a document this app wrote, in its default application. */
  'shell:open': returns<void>()(z.strictObject({ path }), 'Open a written document.'),
  /** Shows a document this app wrote in its folder. */
  'shell:reveal': returns<void>()(z.strictObject({ path }), 'Show a written document in its folder.'),
} as const;

export type Contract = typeof contract;

// Both lists name the same channels, or this does not compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameChannels: Same<Channel, keyof Contract> = true;
void sameChannels;
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

/** The window's `api`: one function per channel, each resolving to an envelope. */
export type Api = { [C in Channel]: (args: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>> };

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
