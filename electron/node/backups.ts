/**
 * Backups of program files, in the app's own data folder (never beside a file that may be
 * shared): one folder per program file, a copy on every open and at most every 15 minutes while
 * editing, kept 30 days. Restoring never writes over anything: the caller decides where it goes.
 */
import type * as Crypto from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { compareDates } from '../../shared/domain/dates.ts';
import { AppError } from './errors.ts';

export const BACKUP_REASONS = ['open', 'editing', 'migration', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupEntry {
  /** `<folder>/<file>`: stable, and all a restore needs. */
  id: string;
  /** The program file it is a copy of. */
  source: string;
  takenAt: string;
  reason: BackupReason;
  bytes: number;
}

export const KEEP_DAYS = 30;
export const EDITING_INTERVAL_MS = 15 * 60_000;
const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?\.([a-z-]+)\.json$/;

/**
 * Each program file's folder: its name and a hash of its path. node:crypto is loaded here, on
 * the first backup, not with the module: its load is ~5 ms of every cold command, and most
 * (a report on a current file) never take a backup.
 */
function folderFor(source: string): string {
  const full = resolve(source);
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 10);
  return `${basename(full)
    .replace(/[^\w.-]+/g, '_')
    .slice(0, 60)}-${hash}`;
}

export class Backups {
  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Keeps `bytes` as a backup of `source`, unless the newest backup already holds the same bytes. */
  async keep(source: string, bytes: Uint8Array, reason: BackupReason): Promise<BackupEntry | null> {
    const folder = join(this.dir, folderFor(source));
    // Backups hold private notes: readable by this user only, whatever the program file's mode.
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await writeFile(join(folder, 'source.txt'), resolve(source), { mode: 0o600 });
    const newest = (await this.list(source))[0];
    if (newest && Buffer.compare(await readFile(join(this.dir, newest.id)), Buffer.from(bytes)) === 0)
      return null;
    const takenAt = this.now().toISOString();
    const stamp = takenAt.replace(/[:.]/g, '-');
    let file = '';
    // Two backups in the same millisecond get a counter; an existing backup is never replaced.
    for (let n = 0; !file; n++) {
      const name = `${stamp}${n ? `-${n}` : ''}.${reason}.json`;
      try {
        await writeFile(join(folder, name), bytes, { flag: 'wx', mode: 0o600 });
        file = name;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n > 100) throw error;
      }
    }
    await this.prune(source);
    return {
      id: `${folderFor(source)}/${file}`,
      source: resolve(source),
      takenAt,
      reason,
      bytes: bytes.length,
    };
  }

  /** The backups of `source`, newest first. */
  async list(source: string): Promise<BackupEntry[]> {
    const folderName = folderFor(source);
    const names = await readdir(join(this.dir, folderName)).catch(() => [] as string[]);
    const entries: BackupEntry[] = [];
    for (const name of names) {
      const match = NAME.exec(name);
      const reason = match?.[2] as BackupReason | undefined;
      if (!match?.[1] || !reason || !BACKUP_REASONS.includes(reason)) continue;
      const info = await stat(join(this.dir, folderName, name)).catch(() => null);
      if (!info) continue;
      const takenAt = match[1].replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z');
      entries.push({
        id: `${folderName}/${name}`,
        source: resolve(source),
        takenAt,
        reason,
        bytes: info.size,
      });
    }
    return entries.sort((a, b) => compareDates(b.takenAt, a.takenAt));
  }

  /** The bytes of a backup; the id must name a backup in this folder (no path tricks). */
  async read(id: string): Promise<Buffer> {
    const [folder, file, ...rest] = id.split('/');
    if (
      !folder ||
      !file ||
      rest.length > 0 ||
      !NAME.test(file) ||
      folder.includes('..') ||
      folder.includes('\\')
    )
      throw new AppError('bad-request', `"${id}" is not a backup.`);
    try {
      return await readFile(join(this.dir, folder, file));
    } catch {
      throw new AppError('not-found', 'That backup no longer exists.');
    }
  }

  /** Deletes backups of `source` older than 30 days, always keeping the newest one. */
  async prune(source: string): Promise<void> {
    const cutoff = this.now().getTime() - KEEP_DAYS * 86_400_000;
    const [, ...older] = await this.list(source);
    for (const entry of older)
      if (Date.parse(entry.takenAt) < cutoff) await unlink(join(this.dir, entry.id)).catch(() => undefined);
  }
}
