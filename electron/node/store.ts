/**
 * The one repository of the open program file, shared by the app (main process) and the command
 * line. lowdb holds the data, over an adapter that reads through every check and writes durably.
 * Every change is validated before it is written; a change that fails validation writes nothing.
 */
import { Low } from 'lowdb';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { validateProgramFile } from '../../shared/schema/validate.ts';
import { Backups } from './backups.ts';
import { writeNewFileDurably } from './durable-write.ts';
import { AppError, sysCode } from './errors.ts';
import {
  ProgramFileAdapter,
  readProgramFile,
  serializeProgram,
  type LoadedProgram,
  type ReadOptions,
} from './program-file.ts';

export interface StoreOptions extends ReadOptions {
  /** Where backups go (migrated files among them): the app's own data folder, never beside a shared file. */
  backupDir: string;
  /** The clock, for backup names; tests pass their own. */
  now?: () => Date;
}

export class ProgramStore {
  /** Bytes of a file opened in an older format, until a backup of them has been kept. */
  private pendingBackup: { bytes: Buffer; from: number } | null;
  /** True when the data in memory has changes that could not be written yet. */
  dirty = false;
  readonly backups: Backups;

  private constructor(
    private db: Low<ProgramFile>,
    private adapter: ProgramFileAdapter,
    private readonly options: StoreOptions,
    loaded: LoadedProgram,
  ) {
    this.pendingBackup = loaded.migratedFrom ? { bytes: loaded.original, from: loaded.migratedFrom } : null;
    this.openedBytes = loaded.original;
    this.backups = new Backups(options.backupDir, options.now);
  }

  /** The exact bytes the file held when it was opened (for the backup taken on open). */
  readonly openedBytes: Buffer;

  /** Opens and checks the file at `path`; throws an AppError and writes nothing if it is not a valid program. */
  static async open(path: string, options: StoreOptions): Promise<ProgramStore> {
    // Read through every check first: lowdb's own read() would fall back to default data.
    const loaded = await readProgramFile(path, options);
    const adapter = new ProgramFileAdapter(path, loaded.original, options);
    return new ProgramStore(new Low(adapter, loaded.file), adapter, options, loaded);
  }

  /** Writes `file` as a new program file at `path`; refuses to replace an existing file. */
  static async create(path: string, file: ProgramFile, options: StoreOptions): Promise<ProgramStore> {
    const checked = checkedFile(file);
    await writeNew(path, serializeProgram(checked));
    return ProgramStore.open(path, options);
  }

  get path(): string {
    return this.adapter.path;
  }

  /** The program as last read or changed; treat as read-only and change it through `replace`. */
  get file(): ProgramFile {
    return this.db.data;
  }

  /** The older format the file was opened in, while that old file has not been saved over yet. */
  get migratedFrom(): number | null {
    return this.pendingBackup?.from ?? null;
  }

  /**
   * Validates `next` and makes it the program, then saves. Invalid: throws, nothing changes.
   * Save failed: the change stays in memory (`dirty`), nothing is lost, and the error is thrown.
   */
  async replace(next: ProgramFile): Promise<void> {
    this.db.data = checkedFile(next);
    this.dirty = true;
    await this.save();
  }

  /**
   * Writes the data in memory to the file, first keeping a backup if the file was migrated.
   * Refuses (code `conflict`) when the file changed on disk since it was read.
   */
  async save(): Promise<void> {
    if (this.pendingBackup) await this.keepBackup(this.pendingBackup);
    try {
      await this.db.write();
    } catch (error) {
      throw error instanceof AppError ? error : writeError(this.path, error);
    }
    this.pendingBackup = null;
    this.dirty = false;
  }

  /** Reads the file again from disk (after someone else changed it), dropping unsaved changes. */
  async reload(): Promise<void> {
    await this.db.read();
    this.pendingBackup = null;
    this.dirty = false;
  }

  /** Writes the program to a new file and continues there. Refuses to replace an existing file. */
  async saveAs(path: string): Promise<void> {
    const text = serializeProgram(this.file);
    await writeNew(path, text);
    this.adapter = new ProgramFileAdapter(path, Buffer.from(text), this.options);
    const data = this.db.data;
    this.db = new Low<ProgramFile>(this.adapter, data);
    this.pendingBackup = null;
    this.dirty = false;
  }

  private async keepBackup({ bytes }: { bytes: Buffer; from: number }): Promise<void> {
    try {
      await this.backups.keep(this.path, bytes, 'migration');
    } catch (error) {
      throw new AppError(
        'write-failed',
        `Could not keep a backup of the old file before saving it in the new format (${sysCode(error) ?? String(error)}); nothing was saved.`,
      );
    }
  }
}

function checkedFile(file: ProgramFile): ProgramFile {
  // A value JSON cannot write (a BigInt, a cycle: both cross Electron's IPC) would become the
  // program in memory and make every later save fail: refuse it before it gets there.
  try {
    JSON.stringify(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('invalid', `The change was not saved: it holds a value that cannot be written as JSON (${reason}).`);
  }
  const result = validateProgramFile(file);
  if (!result.ok) {
    const count = result.problems.length;
    throw new AppError(
      'invalid',
      `The change was not saved: ${count} problem${count === 1 ? '' : 's'}.`,
      result.problems,
    );
  }
  return result.file;
}

async function writeNew(path: string, text: string): Promise<void> {
  try {
    await writeNewFileDurably(path, text);
  } catch (error) {
    if (sysCode(error) === 'EEXIST')
      throw new AppError('exists', `${path} already exists; choose another name.`);
    throw writeError(path, error);
  }
}

function writeError(path: string, error: unknown): AppError {
  const code = sysCode(error);
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'permission denied'
        : code === 'ENOENT'
          ? 'its folder no longer exists'
          : (code ?? String(error));
  return new AppError('write-failed', `Could not save ${path}: ${reason}. Your changes are kept in the app.`);
}
