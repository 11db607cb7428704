/**
 * Reading a program file from disk into a validated, current-version `ProgramFile`, and the lowdb
 * adapter that writes it back durably. Reading never writes: a file that cannot be read, parsed,
 * migrated or validated is reported and left exactly as it was.
 */
import { constants as bufferConstants } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Adapter } from 'lowdb';
import { CURRENT_SCHEMA_VERSION, type ProgramFile } from '../../shared/schema/program.ts';
import { migrate, MIGRATIONS, type Migration } from '../../shared/schema/migrations/index.ts';
import { validateProgramFile } from '../../shared/schema/validate.ts';
import { writeFileDurably } from './durable-write.ts';
import { programChunks } from './program-bytes.ts';
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

/** How the adapter writes. */
export interface AdapterOptions extends ReadOptions {
  /**
   * A long-lived store (the app) keeps each item's written bytes, so a save of a large file
   * stringifies only what changed. Left unset (the command line), the first save is one
   * JSON.stringify (building the per-item bytes costs about 4 times that, for nothing if it is
   * the only one) and the later ones remember: a batch saves its history again and again.
   */
  remembersBytes?: boolean;
}

/** Line and column of a character offset, for pointing at a JSON syntax error. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** What each syntax error means, in words that quote nothing from the file. */
const SYNTAX: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a number written wrongly',
  UnexpectedEndOfNumber: 'a number written wrongly',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after a field name',
  CommaExpected: 'expected "," between two entries',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'more text after the end of the program',
  InvalidCommentToken: 'a comment, which JSON does not allow',
  UnexpectedEndOfComment: 'a comment, which JSON does not allow',
  UnexpectedEndOfString: 'a text value that is never closed',
  InvalidUnicode: 'a broken \\u escape in a text value',
  InvalidEscapeCharacter: 'a backslash escape JSON does not allow in a text value',
  InvalidCharacter: 'a tab, line break or control character inside a text value',
};

/**
 * Where and what the first syntax error is, never quoting the text: the file may be any file the
 * user picked (/etc/shadow, a key), and JSON.parse's own message echoes its first characters.
 */
function describeJsonError(text: string): string {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return 'a syntax error';
  const code = printParseErrorCode(first.error);
  const end = text.trimEnd().length;
  // An unclosed text value runs to the end: that, too, is a file cut short.
  if (first.offset >= end || (code === 'UnexpectedEndOfString' && first.offset + first.length >= end))
    return 'the file ends too early (it may be truncated)';
  return `${lineAndColumn(text, first.offset)}: ${SYNTAX[code] ?? 'a syntax error'}`;
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
  } catch {
    throw new AppError('invalid-json', `${name} is not valid JSON (${describeJsonError(body)}).`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    // The kind only, never the value: a lone string or number could be anything's content.
    const what = raw === null ? 'null' : Array.isArray(raw) ? 'a list' : `a ${typeof raw}`;
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

// Node holds no string longer than this, so a larger file could never be parsed.
const MOST_BYTES = bufferConstants.MAX_STRING_LENGTH;

/** The bytes of the file at `path`, refused before reading when it is too large to be a program. */
async function readProgramBytes(path: string): Promise<Buffer> {
  const { size } = await stat(path);
  if (size > MOST_BYTES) {
    const mb = (n: number) => Math.round(n / 2 ** 20);
    throw new AppError(
      'unreadable',
      `${path} is too large to open (${mb(size)} MB; a program file can be at most ${mb(MOST_BYTES)} MB).`,
    );
  }
  return readFile(path);
}

/** Reads and checks the program file at `path`. Throws an AppError naming what is wrong. */
export async function readProgramFile(path: string, options: ReadOptions = {}): Promise<LoadedProgram> {
  const name = basename(path);
  let original: Buffer;
  try {
    original = await readProgramBytes(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = sysCode(error);
    if (code === 'ENOENT') throw new AppError('not-found', `${path} does not exist.`);
    if (code === 'EISDIR') throw new AppError('unreadable', `${path} is a folder, not a program file.`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new AppError('unreadable', `${path} cannot be read (permission denied).`);
    throw new AppError('unreadable', `${path} cannot be read (${code ?? String(error)}).`);
  }
  return { ...parseProgramText(original.toString('utf8'), name, options), original };
}

// The bytes of a save are made in program-bytes.ts; read and written here.
export { programChunks, serializeProgram } from './program-bytes.ts';

/**
 * The file's identity on disk: inode, size, modification and change times. A writer that renames
 * a new file over it changes at least one, unless it wrote within the same tick of the file
 * system's clock as the last writer, which `settle` prevents.
 */
async function stampOf(path: string): Promise<{ stamp: string; latestMs: number }> {
  const info = await stat(path, { bigint: true });
  return {
    stamp: `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`,
    latestMs: Number((info.mtimeNs > info.ctimeNs ? info.mtimeNs : info.ctimeNs) / 1_000_000n),
  };
}

/** Longer than a tick of the file system's clock (1 to 10 ms), with room. */
const TICK_MS = 25;

/** What this process last saw on disk: the file's stamp, and the exact bytes. */
export class DiskCopy {
  private constructor(
    readonly stamp: string,
    private readonly chunks: readonly Uint8Array[],
    private readonly length: number,
  ) {}

  /**
   * The stamp must be taken before the bytes were read (or right after this process wrote them,
   * under the write lock): a stamp taken after a read could belong to a newer file than the
   * bytes, and that newer file would then look already seen.
   */
  static from(stamp: string, bytes: Uint8Array | string | readonly Uint8Array[]): DiskCopy {
    const chunks: readonly Uint8Array[] =
      typeof bytes === 'string'
        ? [Buffer.from(bytes)]
        : Array.isArray(bytes)
          ? (bytes as readonly Uint8Array[])
          : [bytes as Uint8Array];
    return new DiskCopy(
      stamp,
      chunks,
      chunks.reduce((n, c) => n + c.byteLength, 0),
    );
  }

  /** The stamp of `path` now. */
  static async stamp(path: string): Promise<string> {
    return (await stampOf(path)).stamp;
  }

  /** Whether `now` holds exactly the bytes this process last saw. */
  same(now: Buffer): boolean {
    if (now.byteLength !== this.length) return false;
    let at = 0;
    for (const c of this.chunks) {
      if (now.compare(c, 0, c.byteLength, at, at + c.byteLength) !== 0) return false;
      at += c.byteLength;
    }
    return true;
  }
}

/**
 * Waits, holding the write lock and before writing, until the file system's clock has moved past
 * the last write of the file on disk, so this write cannot get that one's times (and, reusing
 * the inode, its stamp). Every writer waits so for its predecessor, so each file's times are
 * later than the one before. Done before the write rather than after it, so a save answers
 * without the wait; it only waits when the last save was less than a tick ago.
 */
export async function settle(path: string): Promise<void> {
  const { latestMs } = await stampOf(path);
  const wait = latestMs + TICK_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(wait, TICK_MS)));
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
    private readonly options: AdapterOptions = {},
  ) {}

  /** Whether this adapter has written the file before (see `remembersBytes`). */
  private written = false;

  async read(): Promise<ProgramFile> {
    const stamp = await DiskCopy.stamp(this.path).catch(() => '');
    const loaded = await readProgramFile(this.path, this.options);
    this.seen = DiskCopy.from(stamp, loaded.original);
    return loaded.file;
  }

  /** The file as another writer saved it, checked; null when it is as this process last saw it. */
  async readIfChanged(): Promise<LoadedProgram | null> {
    let bytes: Buffer;
    let stamp: string;
    try {
      stamp = (await stampOf(this.path)).stamp;
      if (stamp === this.seen.stamp) return null;
      bytes = await readProgramBytes(this.path);
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (sysCode(error) === 'ENOENT') throw new AppError('not-found', `${this.path} does not exist.`);
      throw error;
    }
    if (this.seen.same(bytes)) {
      this.seen = DiskCopy.from(stamp, bytes); // touched, or the same bytes written again
      return null;
    }
    const loaded = {
      ...parseProgramText(bytes.toString('utf8'), basename(this.path), this.options),
      original: bytes,
    };
    this.seen = DiskCopy.from(stamp, bytes);
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
    const chunks =
      (this.options.remembersBytes ?? this.written)
        ? programChunks(data)
        : [Buffer.from(`${JSON.stringify(data, null, 2)}\n`)];
    this.written = true;
    await settle(this.path);
    await writeFileDurably(this.path, chunks);
    this.seen = DiskCopy.from(await DiskCopy.stamp(this.path), chunks);
  }
}
