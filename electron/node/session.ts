/**
 * The open document of one app instance: the program store, the app's settings, and the
 * services only a desktop window has (dialogs). Main and the browser mode each hold one.
 */
import { dirname, join } from 'node:path';
import type { AppInfo, OpenDocument } from '../../shared/ipc/contract.ts';
import { localToday, type IsoDate } from '../../shared/domain/dates.ts';
import { AppError } from './errors.ts';
import { SettingsStore } from './settings.ts';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { EDITING_INTERVAL_MS, type BackupReason } from './backups.ts';
import { removeStaleTempFiles } from './durable-write.ts';
import { acquireLock, releaseLock, type LockInfo } from './lock.ts';
import { serializeProgram } from './program-file.ts';
import { ProgramStore, type StoreOptions } from './store.ts';

/** Native dialogs and the desktop shell; absent in the browser mode, where the window asks for a path itself. */
export interface Dialogs {
  openFile(): Promise<string | null>;
  /** Picks a Word document or template (.docx, .dotx). */
  openWordFile(): Promise<string | null>;
  saveFile(defaultName: string): Promise<string | null>;
  chooseFolder(): Promise<string | null>;
  /** Opens a file in its default application. */
  openPath(path: string): Promise<void>;
  /** Shows a file in the system's file manager. */
  showInFolder(path: string): void;
}

export interface SessionOptions {
  mode: AppInfo['mode'];
  version: string;
  dataDir: string;
  dialogs?: Dialogs;
  /** A fixed "today" (tests, demos); otherwise the local date at each call. */
  today?: IsoDate;
}

export class Session {
  store: ProgramStore | null = null;
  revision = 0;
  /** Someone else's live lock on the open file, shown as a warning. */
  private lockedBy: LockInfo | null = null;
  private lockedPath: string | null = null;
  private lastEditingBackup = 0;
  /** The last file that failed to open, so its backups can be offered. */
  lastFailedPath: string | null = null;
  /** Documents written in this run: the only files the window may ask to open or reveal. */
  readonly writtenPaths = new Set<string>();

  private constructor(
    readonly options: SessionOptions,
    readonly settings: SettingsStore,
  ) {}

  static async start(options: SessionOptions): Promise<Session> {
    return new Session(options, await SettingsStore.load(options.dataDir));
  }

  get storeOptions(): StoreOptions {
    return { backupDir: join(this.options.dataDir, 'backups') };
  }

  today(): IsoDate {
    return this.options.today ?? localToday();
  }

  /** The open store, or a clear error when no program is open. */
  requireStore(): ProgramStore {
    if (!this.store) throw new AppError('no-file', 'No program file is open.');
    return this.store;
  }

  /**
   * Makes `store` the open document: takes the lock beside it, keeps a backup of it as opened,
   * and remembers it among the recent files.
   */
  async adopt(store: ProgramStore): Promise<OpenDocument> {
    const reopened = this.store === store;
    if (this.lockedPath && this.lockedPath !== store.path) await releaseLock(this.lockedPath);
    this.store = store;
    this.revision++;
    if (this.lockedPath !== store.path) {
      this.lockedBy = await acquireLock(store.path);
      this.lockedPath = store.path;
    }
    if (!reopened) {
      await this.backup(store.openedBytes, 'open');
      await removeStaleTempFiles(dirname(store.path));
    }
    this.lastEditingBackup = Date.now();
    await this.settings.addRecent(store.path);
    return this.document();
  }

  /**
   * Validates and saves `next` as the program. The revision moves whenever the data in memory
   * changed, even if the save then failed (the change is kept, unsaved). While editing, a backup
   * is kept at most every 15 minutes.
   */
  async commit(next: ProgramFile): Promise<void> {
    const store = this.requireStore();
    const before = store.file;
    try {
      await store.replace(next);
    } finally {
      if (store.file !== before) this.revision++;
    }
    if (Date.now() - this.lastEditingBackup >= EDITING_INTERVAL_MS) {
      this.lastEditingBackup = Date.now();
      await this.backup(Buffer.from(serializeProgram(store.file)), 'editing');
    }
  }

  /** A backup of the open file; a failure to back up never blocks the user's work. */
  private async backup(bytes: Uint8Array, reason: BackupReason): Promise<void> {
    const store = this.requireStore();
    await store.backups.keep(store.path, bytes, reason).catch((error: unknown) => {
      console.error('[liaison] backup failed:', error);
    });
  }

  /** Lets go of the open file's lock (on quit). */
  async close(): Promise<void> {
    if (this.lockedPath) await releaseLock(this.lockedPath);
    this.lockedPath = null;
  }

  document(): OpenDocument {
    const store = this.requireStore();
    return {
      path: store.path,
      file: store.file,
      revision: this.revision,
      dirty: store.dirty,
      migratedFrom: store.migratedFrom,
      lockedBy: this.lockedBy,
    };
  }

  /** Opens `path`, or else the most recent file that still opens; stays on the welcome screen if none. */
  async openAtStart(path?: string): Promise<void> {
    if (path) {
      await this.adopt(await ProgramStore.open(path, this.storeOptions));
      return;
    }
    const last = this.settings.value.recentFiles[0];
    if (!last) return;
    try {
      await this.adopt(await ProgramStore.open(last, this.storeOptions));
    } catch {
      // Moved, deleted or damaged since: the welcome screen lets the user choose, without it.
      this.lastFailedPath = last;
      await this.settings.removeRecent(last).catch(() => undefined);
    }
  }

  /** A path from the arguments, or from the native dialog; null when the user cancelled. */
  async pathFrom(
    given: string | undefined,
    ask: (d: Dialogs) => Promise<string | null>,
  ): Promise<string | null> {
    if (given) return given;
    if (!this.options.dialogs)
      throw new AppError('unsupported', 'There is no file dialog here: give a path.');
    return ask(this.options.dialogs);
  }
}
