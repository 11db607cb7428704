/**
 * Reading a program file from disk into a validated, current-version `ProgramFile`, and the lowdb
 * adapter that writes it back durably. Reading never writes: a file that cannot be read, parsed,
 * migrated or validated is reported and left exactly as it was.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Adapter } from 'lowdb';
import { CURRENT_SCHEMA_VERSION, type ProgramFile } from '../../shared/schema/program.ts';
import { migrate, MIGRATIONS, type Migration } from '../../shared/schema/migrations/index.ts';
import { validateProgramFile } from '../../shared/schema/validate.ts';
import { writeFileDurably } from './durable-write.ts';
import { AppError, sysCode } from './errors.ts';
import { nestingMessage, tooDeep } from './nesting.ts';

export interface LoadedProgram {
  file: ProgramFile;
  /** The exact bytes read, for a backup before a migrated file is first saved. */
  original: Buffer;
  /** The version the file was written in when it was older than this app; null when current. */
  migratedFrom: number | null;
}

export interface ReadOptions {
  migrations?: readonly Migration[];
  targetVersion?: number;
}

/** Line and column of a character offset, for pointing at a JSON syntax error. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (/Unexpected end of JSON input/.test(message) || (at && Number(at[1]) >= text.trimEnd().length))
    return 'the file ends too early (it may be truncated)';
  if (at)
    return `${lineAndColumn(text, Number(at[1]))}: ${message.replace(/\s*in JSON at position \d+.*$/, '')}`;
  return message;
}

/** Parses program-file text: JSON, a current or older schema version, and every validation rule. */
export function parseProgramText(
  text: string,
  name: string,
  options: ReadOptions = {},
): Omit<LoadedProgram, 'original'> {
  // Windows Notepad saves UTF-8 with a byte-order mark; JSON.parse rejects it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new AppError('empty', `${name} is empty: there is no program in it.`);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    throw new AppError('invalid-json', `${name} is not valid JSON (${describeJsonError(body, error)}).`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const what =
      raw === null ? 'null' : Array.isArray(raw) ? 'a list' : `the ${typeof raw} ${JSON.stringify(raw)}`;
    throw new AppError('not-a-program', `${name} holds ${what}, not a program.`);
  }
  const deep = tooDeep(raw);
  if (deep !== null) throw new AppError('invalid', nestingMessage(name, deep));
  const target = options.targetVersion ?? CURRENT_SCHEMA_VERSION;
  const outcome = migrate(raw as Record<string, unknown>, target, options.migrations ?? MIGRATIONS);
  if (outcome.kind === 'newer')
    throw new AppError(
      'newer-version',
      `${name} was written by a newer Liaison (file format ${outcome.version}; this version reads up to ${target}). ` +
        'Update Liaison to open it; the file was not changed.',
    );
  if (outcome.kind === 'unversioned')
    throw new AppError(
      'unversioned',
      `${name} has no valid schemaVersion, so it is not a Liaison program file.`,
    );
  const result = validateProgramFile(outcome.data);
  if (!result.ok) {
    const count = result.problems.length;
    throw new AppError('invalid', `${name} has ${count} problem${count === 1 ? '' : 's'}.`, result.problems);
  }
  return { file: result.file, migratedFrom: outcome.kind === 'migrated' ? outcome.from : null };
}

/** Reads and checks the program file at `path`. Throws an AppError naming what is wrong. */
export async function readProgramFile(path: string, options: ReadOptions = {}): Promise<LoadedProgram> {
  const name = basename(path);
  let original: Buffer;
  try {
    original = await readFile(path);
  } catch (error) {
    const code = sysCode(error);
    if (code === 'ENOENT') throw new AppError('not-found', `${path} does not exist.`);
    if (code === 'EISDIR') throw new AppError('unreadable', `${path} is a folder, not a program file.`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new AppError('unreadable', `${path} cannot be read (permission denied).`);
    throw new AppError('unreadable', `${path} cannot be read (${code ?? String(error)}).`);
  }
  return { ...parseProgramText(original.toString('utf8'), name, options), original };
}

// Each top-level list item's text, by object: a program is immutable (every change makes new
// objects along its path), so an unchanged person is written from here, not stringified again.
const itemText = new WeakMap<object, string>();

function itemJson(item: unknown): string {
  if (item === null || typeof item !== 'object') return JSON.stringify(item ?? null, null, 2) ?? 'null';
  let text = itemText.get(item);
  if (text === undefined) {
    text = (JSON.stringify(item, null, 2) ?? 'null').replace(/\n/g, '\n    ');
    itemText.set(item, text);
  }
  return text;
}

/**
 * The program file as it is written: two-space JSON and a final newline, diff-friendly. The same
 * bytes as `JSON.stringify(file, null, 2)`, built from each list item's remembered text.
 */
export function serializeProgram(file: ProgramFile): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(file)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    const text =
      Array.isArray(value) && value.length > 0
        ? `[\n${value.map((item) => `    ${itemJson(item)}`).join(',\n')}\n  ]`
        : (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, '\n  ');
    parts.push(`  ${JSON.stringify(key)}: ${text}`);
  }
  return parts.length > 0 ? `{\n${parts.join(',\n')}\n}\n` : '{}\n';
}

/** What this process last saw on disk: the exact bytes. */
export class DiskCopy {
  private constructor(readonly bytes: Buffer) {}

  static of(bytes: Uint8Array | string): DiskCopy {
    return new DiskCopy(
      typeof bytes === 'string'
        ? Buffer.from(bytes)
        : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
  }

  /**
   * Whether `now` is what this process last saw. The bytes are compared, not the file's inode,
   * size and mtime: a new file renamed over the old one can reuse its inode, have the same size,
   * and get the same mtime within the clock's tick (two writers adding a person each did).
   */
  same(now: Uint8Array): boolean {
    return this.bytes.equals(now);
  }
}

/**
 * lowdb's adapter for a program file. `read` is the full check above; `write` is durable (temp
 * file, fsync, rename, fsync of the folder) where lowdb's own JSONFile only renames. It remembers
 * what it last saw on disk, so the store can tell when another writer saved the file.
 */
export class ProgramFileAdapter implements Adapter<ProgramFile> {
  constructor(
    readonly path: string,
    private seen: DiskCopy,
    private readonly options: ReadOptions = {},
  ) {}

  async read(): Promise<ProgramFile> {
    const loaded = await readProgramFile(this.path, this.options);
    this.seen = DiskCopy.of(loaded.original);
    return loaded.file;
  }

  /** The file as another writer saved it, checked; null when it is as this process last saw it. */
  async readIfChanged(): Promise<LoadedProgram | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if (sysCode(error) === 'ENOENT') throw new AppError('not-found', `${this.path} does not exist.`);
      throw error;
    }
    if (this.seen.same(bytes)) return null;
    const loaded = {
      ...parseProgramText(bytes.toString('utf8'), basename(this.path), this.options),
      original: bytes,
    };
    this.seen = DiskCopy.of(bytes);
    return loaded;
  }

  async exists(): Promise<boolean> {
    return stat(this.path).then(
      () => true,
      () => false,
    );
  }

  /** Writes durably. The store calls it under the write lock, after taking in any other writer's save. */
  async write(data: ProgramFile): Promise<void> {
    const bytes = Buffer.from(serializeProgram(data));
    await writeFileDurably(this.path, bytes);
    this.seen = DiskCopy.of(bytes);
  }
}
