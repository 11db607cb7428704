/**
 * The open document of one app instance: the program store, the app's settings, and the
 * services only a desktop window has (dialogs). Main and the browser mode each hold one.
 */
import { join } from 'node:path';
import type { AppInfo, OpenDocument } from '../../shared/ipc/contract.ts';
import { localToday, type IsoDate } from '../../shared/domain/dates.ts';
import { AppError } from './errors.ts';
import { SettingsStore } from './settings.ts';
import { ProgramStore, type StoreOptions } from './store.ts';

/** Native dialogs and the desktop shell; absent in the browser mode, where the window asks for a path itself. */
export interface Dialogs {
  openFile(): Promise<string | null>;
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

  /** Makes `store` the open document and remembers it among the recent files. */
  async adopt(store: ProgramStore): Promise<OpenDocument> {
    this.store = store;
    this.revision++;
    await this.settings.addRecent(store.path);
    return this.document();
  }

  document(): OpenDocument {
    const store = this.requireStore();
    return {
      path: store.path,
      file: store.file,
      revision: this.revision,
      dirty: store.dirty,
      migratedFrom: store.migratedFrom,
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
      // Moved, deleted or damaged since: the welcome screen lets the user choose.
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
