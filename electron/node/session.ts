/**
 * The open document of one app instance: the program store, the app's settings, and the
 * services only a desktop window has (dialogs). Main and the browser mode each hold one.
 */
import { dirname, join } from 'node:path';
import type { AppInfo, EventName, Events, OpenDocument } from '../../shared/ipc/contract.ts';
import { localToday, type IsoDate } from '../../shared/domain/dates.ts';
import { AppError } from './errors.ts';
import { SettingsStore } from './settings.ts';
import type { Operation } from '../../shared/ipc/operations.ts';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { EDITING_INTERVAL_MS, type BackupReason } from './backups.ts';
import { realTarget, removeStaleTempFiles } from './durable-write.ts';
import { watchProgramFile } from './file-watch.ts';
import { acquireLock, releaseLock, type LockInfo } from './lock.ts';
import { programChunks } from './program-bytes.ts';
import { ProgramStore, type ApplyOutcome, type StoreOptions } from './store.ts';

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

/** Hears main's events for the window (see `Events` in the contract). */
export type EventListener = <E extends EventName>(event: E, payload: Events[E]) => void;

export class Session {
  store: ProgramStore | null = null;
  /** The revision before the open store's first (revisions keep rising across files). */
  private floor = 0;
  /** Someone else's live lock on the open file, shown as a warning. */
  private lockedBy: LockInfo | null = null;
  private lockedPath: string | null = null;
  private lastEditingBackup = 0;
  /** The last file that failed to open, so its backups can be offered. */
  lastFailedPath: string | null = null;
  /** Documents written in this run: the only files the window may ask to open or reveal. */
  readonly writtenPaths = new Set<string>();
  /** Documents of the open program's history that main found on disk: they may be opened too. */
  readonly historyPaths = new Set<string>();
  private readonly listeners = new Set<EventListener>();
  private unwatch: (() => void) | null = null;

  private constructor(
    readonly options: SessionOptions,
    readonly settings: SettingsStore,
  ) {}

  static async start(options: SessionOptions): Promise<Session> {
    return new Session(options, await SettingsStore.load(options.dataDir));
  }

  get storeOptions(): StoreOptions {
    return { backupDir: join(this.options.dataDir, 'backups'), keepsUnsaved: true, remembersBytes: true };
  }

  /** Increases with every change to the open program, so a window can tell a stale copy. */
  get revision(): number {
    return this.store?.revision ?? this.floor;
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
    this.floor = this.revision + 1;
    if (!reopened) store.startAt(this.floor);
    this.store = store;
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
    if (!reopened || !this.unwatch) await this.watch(store);
    // The first save of a large file would write every item's bytes anew: do it now, off the edit.
    if (!reopened) setTimeout(() => programChunks(store.file), 0);
    return this.document();
  }

  /** Tells `listener` about main's events until the returned function is called. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Watches the open file: another writer's save is taken in (unsaved work rebased) and pushed. */
  private async watch(store: ProgramStore): Promise<void> {
    this.unwatch?.();
    const real = await realTarget(store.path);
    this.unwatch = watchProgramFile(real, () => void this.takeInDiskChange(store));
  }

  /** Reads another writer's save into the open store, and tells the windows; never throws. */
  async takeInDiskChange(store: ProgramStore): Promise<void> {
    if (this.store !== store) return;
    try {
      if (!(await store.refresh())) return;
    } catch (error) {
      // Gone, not readable right now, or unsaved work that cannot be rebased: the next save says
      // so to the user. Only the unexpected is logged.
      if (!(error instanceof AppError)) console.error('[liaison] reading the changed file failed:', error);
      return;
    }
    const doc = this.document();
    for (const listener of this.listeners) listener('file:changed', doc);
  }

  /**
   * Applies the window's operations, made on its copy at `baseRevision`, and saves: rebased onto
   * the current program when that moved on meanwhile. Resolves whether main's result is exactly
   * the window's own (else the window takes main's program).
   */
  async apply(operations: readonly Operation[], baseRevision: number): Promise<ApplyOutcome> {
    const store = this.requireStore();
    const from = store.at(baseRevision);
    if (!from)
      throw new AppError(
        'conflict',
        "The change was not saved: this window's copy of the program is too old to combine with the current one. Reload it and make the change again.",
      );
    const outcome = await store.apply(operations, from);
    this.editingBackupSoon();
    return outcome;
  }

  /** Applies a change made as the next program (writing reports' history), and saves. */
  async change(next: (file: ProgramFile) => ProgramFile): Promise<void> {
    await this.requireStore().change(next);
    this.editingBackupSoon();
  }

  /**
   * While editing, a backup is kept at most every 15 minutes: after the answer to the edit that
   * is due one (it is on disk already; making 10 MB of backup is not the edit's business).
   */
  private editingBackupSoon(): void {
    if (Date.now() - this.lastEditingBackup < EDITING_INTERVAL_MS) return;
    this.lastEditingBackup = Date.now();
    const store = this.requireStore();
    setImmediate(() => {
      if (this.store === store) void this.backup(Buffer.concat(programChunks(store.file)), 'editing');
    });
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
    this.unwatch?.();
    this.unwatch = null;
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
