/**
 * The one repository of the open program file, shared by the app (main process, browser mode)
 * and the command line. Every change is a list of operations (shared/ipc/operations.ts), checked
 * where it touches (store-change.ts), then saved in a transaction under the cross-process write lock: read the file
 * on disk; if another writer saved it since, rebase the unsaved operations onto theirs; write
 * durably; release. Saves of one process run one at a time, in order.
 */
import { Low } from 'lowdb';
import { diff, type Operation } from '../../shared/ipc/operations.ts';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { validateProgramFile } from '../../shared/schema/validate.ts';
import { Backups } from './backups.ts';
import { writeNewFileDurably } from './durable-write.ts';
import { AppError, sysCode, writeFailureReason } from './errors.ts';
import { programChunks, serializeProgram } from './program-bytes.ts';
import { DiskCopy, ProgramFileAdapter, readProgramFile, type AdapterOptions } from './program-file.ts';
import { invalid, prepareChange, rebasePending } from './store-change.ts';
import { withWriteLock } from './write-lock.ts';
import { basename } from 'node:path';

export interface StoreOptions extends AdapterOptions {
  /** Where backups go (migrated files among them): the app's own data folder, never beside a shared file. */
  backupDir: string;
  /** The clock, for backup names; tests pass their own. */
  now?: () => Date;
  /** The app keeps a change that could not be saved; a command that exits does not (its messages say so). */
  keepsUnsaved?: boolean;
}

/** What an applied change did, for the window: was main's result exactly the sender's own? */
export interface ApplyOutcome {
  /** False when the change was rebased over changes the sender had not seen, or filled in by the schema. */
  exact: boolean;
}

export class ProgramStore {
  /** Bytes of a file opened in an older format, until a backup of them has been kept. */
  private pendingBackup: { bytes: Buffer; from: number } | null;
  /** The program as this process last read or wrote it on disk. */
  private base: ProgramFile;
  /** Operations applied in memory but not yet on disk (after a failed save). */
  private pending: Operation[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** Increases with every change to the program in memory; `at(revision)` gives it back. */
  revision = 0;
  private readonly history = new Map<number, ProgramFile>();
  readonly backups: Backups;
  /** The exact bytes the file held when it was opened (for the backup taken on open). */
  readonly openedBytes: Buffer;

  private constructor(
    private db: Low<ProgramFile>,
    private adapter: ProgramFileAdapter,
    private readonly options: StoreOptions,
    loaded: { original: Buffer; migratedFrom: number | null; file: ProgramFile },
  ) {
    this.pendingBackup = loaded.migratedFrom ? { bytes: loaded.original, from: loaded.migratedFrom } : null;
    this.openedBytes = loaded.original;
    this.base = loaded.file;
    this.backups = new Backups(options.backupDir, options.now);
    this.history.set(0, loaded.file);
  }

  /** Opens and checks the file at `path`; throws an AppError and writes nothing if it is not a valid program. */
  static async open(path: string, options: StoreOptions): Promise<ProgramStore> {
    // Stamped before reading: if another writer saves meanwhile, the first save here sees it.
    const stamp = await DiskCopy.stamp(path).catch(() => '');
    const loaded = await readProgramFile(path, options);
    const adapter = new ProgramFileAdapter(path, DiskCopy.from(stamp, loaded.original), options);
    return new ProgramStore(new Low(adapter, loaded.file), adapter, options, loaded);
  }

  /** Writes `file` as a new program file at `path`; refuses to replace an existing file. */
  static async create(path: string, file: ProgramFile, options: StoreOptions): Promise<ProgramStore> {
    const result = validateProgramFile(file);
    if (!result.ok) throw invalid(result.problems);
    await writeNew(path, serializeProgram(result.file));
    return ProgramStore.open(path, options);
  }

  get path(): string {
    return this.adapter.path;
  }

  /** The program as last read or changed; treat as read-only and change it through `apply` or `change`. */
  get file(): ProgramFile {
    return this.db.data;
  }

  /** True when the program in memory has changes that could not be written yet. */
  get dirty(): boolean {
    return this.pending.length > 0;
  }

  /** The older format the file was opened in, while that old file has not been saved over yet. */
  get migratedFrom(): number | null {
    return this.pendingBackup?.from ?? null;
  }

  /** The program as it was at `revision`, while it is recent enough to be remembered. */
  at(revision: number): ProgramFile | undefined {
    return this.history.get(revision);
  }

  /** Continues the revision count from `revision` (a session's count runs across files). */
  startAt(revision: number): void {
    this.history.clear();
    this.revision = revision;
    this.history.set(revision, this.file);
  }

  /**
   * Applies `operations`, made on `from` (by default the current program), and saves. Made on an
   * older revision, they are rebased onto the current program first. Invalid: throws, nothing
   * changes. Save failed: the change stays in memory (`dirty`), and the error is thrown.
   */
  apply(operations: readonly Operation[], from?: ProgramFile): Promise<ApplyOutcome> {
    return this.serially(async () => {
      const outcome = this.applyInMemory(operations, from ?? this.file);
      await this.commit();
      return outcome;
    });
  }

  /** Applies a change given as the next program (the command line's edits): as its operations. */
  change(next: (file: ProgramFile) => ProgramFile): Promise<ApplyOutcome> {
    return this.serially(async () => {
      const outcome = this.applyInMemory(diff(this.file, next(this.file)).operations, this.file);
      await this.commit();
      return outcome;
    });
  }

  /** Makes `next` the program, as the operations from the current one. */
  replace(next: ProgramFile): Promise<ApplyOutcome> {
    return this.change(() => next);
  }

  /** Writes what is in memory (after a failed save, or a migrated file), in a transaction. */
  save(): Promise<void> {
    return this.serially(() => this.commit());
  }

  /**
   * Takes in another writer's save, if there was one: the program becomes theirs with the
   * unsaved operations rebased onto it. Resolves true when the program in memory changed.
   */
  refresh(): Promise<boolean> {
    return this.serially(async () => {
      const before = this.file;
      await this.catchUp();
      return this.file !== before;
    });
  }

  /** Reads the file again from disk (after someone else changed it), dropping unsaved changes. */
  reload(): Promise<void> {
    return this.serially(async () => {
      await this.db.read();
      this.base = this.db.data;
      this.pending = [];
      this.pendingBackup = null;
      this.remember();
    });
  }

  /** Writes the program to a new file and continues there. Refuses to replace an existing file. */
  saveAs(path: string): Promise<void> {
    return this.serially(async () => {
      const text = serializeProgram(this.file);
      await writeNew(path, text);
      this.adapter = new ProgramFileAdapter(
        path,
        DiskCopy.from(await DiskCopy.stamp(path), text),
        this.options,
      );
      const data = this.db.data;
      this.db = new Low<ProgramFile>(this.adapter, data);
      this.base = data;
      this.pending = [];
      this.pendingBackup = null;
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private remember(): void {
    this.revision++;
    this.history.set(this.revision, this.file);
    // Structural sharing makes old revisions cheap; 100 cover any window's edits in flight.
    this.history.delete(this.revision - 100);
  }

  private applyInMemory(operations: readonly Operation[], from: ProgramFile): ApplyOutcome {
    const change = prepareChange(this.file, from, operations);
    this.db.data = change.file;
    this.pending = [...this.pending, ...change.operations];
    this.remember();
    return { exact: change.exact };
  }

  /**
   * Under the write lock: take in another writer's save, keep a backup of a migrated file, write
   * durably, then forget the operations now on disk.
   */
  private async commit(): Promise<void> {
    try {
      const saving = withWriteLock(this.path, async () => {
        await this.catchUp();
        if (this.pendingBackup) await this.keepBackup();
        await this.db.write();
      });
      // The changed items' bytes are made while the lock is being taken; the write finds them
      // ready (unless another writer's save changed the program), or reports what is wrong.
      try {
        if (this.options.remembersBytes) programChunks(this.db.data);
      } catch {
        // The write makes them again, and reports it.
      }
      await saving;
    } catch (error) {
      if (sysCode(error) === 'ENOENT' && !(await this.adapter.exists())) throw this.gone();
      throw error instanceof AppError ? error : this.writeError(error);
    }
    this.base = this.db.data;
    this.pending = [];
    this.pendingBackup = null;
  }

  /** Reads the file on disk if another writer changed it, and rebases the unsaved operations onto it. */
  private async catchUp(): Promise<void> {
    const theirs = await this.adapter.readIfChanged().catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not-found') throw this.gone();
      if (error instanceof AppError)
        throw new AppError(
          'conflict',
          `${basename(this.path)} was changed on disk by another program, and no longer reads as a program: ${error.message} Nothing was written.${this.kept(' Save as to keep your changes.')}`,
          error.problems,
        );
      throw error;
    });
    if (!theirs) return;
    if (this.pending.length === 0) {
      this.base = theirs.file;
      this.db.data = theirs.file;
      this.pendingBackup = theirs.migratedFrom ? { bytes: theirs.original, from: theirs.migratedFrom } : null;
      this.remember();
      return;
    }
    const checked = rebasePending(
      this.base,
      theirs.file,
      this.pending,
      `${basename(this.path)} changed on disk`,
      this.kept(' Your change is kept in the app: reload theirs, or save yours as a copy.'),
    );
    const changed = checked.file !== this.file;
    this.base = theirs.file;
    this.db.data = checked.file;
    this.pending = checked.operations;
    if (theirs.migratedFrom) this.pendingBackup = { bytes: theirs.original, from: theirs.migratedFrom };
    if (changed) this.remember();
  }

  private kept(sentence: string): string {
    return this.options.keepsUnsaved ? sentence : '';
  }

  private gone(): AppError {
    return new AppError(
      'conflict',
      `${this.path} was moved or deleted while it was open.${this.kept(' Save as to keep your changes.')}`,
    );
  }

  private async keepBackup(): Promise<void> {
    try {
      if (this.pendingBackup) await this.backups.keep(this.path, this.pendingBackup.bytes, 'migration');
    } catch (error) {
      throw new AppError(
        'write-failed',
        `Could not keep a backup of the old file before saving it in the new format (${writeFailureReason(error)}); nothing was saved.`,
      );
    }
  }

  private writeError(error: unknown): AppError {
    const reason = writeFailureReason(error);
    return new AppError(
      'write-failed',
      `Could not save ${this.path}: ${reason}.${this.kept(' Your changes are kept in the app.')}`,
    );
  }
}

async function writeNew(path: string, text: string): Promise<void> {
  try {
    await writeNewFileDurably(path, text);
  } catch (error) {
    if (sysCode(error) === 'EEXIST')
      throw new AppError('exists', `${path} already exists; choose another name.`);
    throw new AppError('write-failed', `Could not write ${path}: ${writeFailureReason(error)}.`);
  }
}
