/**
 * What every CSV import of the command line shares (stakeholders, tracker items): open the
 * program and read the CSV, then, once the rows are planned, print the counts, save unless
 * --dry-run, and say how many rows were rejected (exit 1 when any was).
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseCsv, type CsvTable } from '../../../shared/csv/parse.ts';
import type { ProgramFile } from '../../../shared/schema/program.ts';
import { AppError, sysCode } from '../../node/errors.ts';
import { defaultDataDir } from '../../node/settings.ts';
import { ProgramStore } from '../../node/store.ts';
import { EXIT, type Output } from '../output.ts';

/** The text of a CSV file, or an AppError naming the path and why it cannot be read. */
export async function readCsv(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = sysCode(error);
    if (code === 'ENOENT') throw new AppError('not-found', `${path} does not exist.`);
    if (code === 'EISDIR') throw new AppError('unreadable', `${path} is a folder, not a CSV file.`);
    throw new AppError('unreadable', `${path} cannot be read (${code ?? String(error)}).`);
  }
}

export interface OpenedImport {
  store: ProgramStore;
  table: CsvTable;
  /** The CSV's file name, for messages. */
  name: string;
}

/** Opens the program and reads the CSV; null (after saying so) when the CSV has no header row. */
export async function openCsvImport(file: string, csv: string, io: Output): Promise<OpenedImport | null> {
  const store = await ProgramStore.open(file, { backupDir: join(defaultDataDir(), 'backups') });
  const table = parseCsv(await readCsv(csv));
  const name = basename(csv);
  if (table.headers.length > 0) return { store, table, name };
  io.err(`${name} is empty: there is no header row and nothing to import.`);
  return null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Prints how many rows were added, updated, unchanged and rejected, saves `next` (unless --dry-run or nothing changed), and returns the exit code. */
export async function finishCsvImport(
  { store, next, dryRun }: { store: ProgramStore; next: ProgramFile; dryRun: boolean },
  outcome: Record<'added' | 'updated' | 'unchanged' | 'rejected', readonly unknown[]>,
  io: Output,
): Promise<number> {
  const counts = {
    added: outcome.added.length,
    updated: outcome.updated.length,
    unchanged: outcome.unchanged.length,
    rejected: outcome.rejected.length,
  };
  const file = basename(store.path);
  const line = `${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.rejected} rejected`;
  const changes = counts.added + counts.updated;
  if (dryRun) io.out(`${line}. --dry-run: ${file} was not changed.`);
  else if (changes > 0) {
    try {
      await store.replace(next);
    } catch (error) {
      // The process exits: say what happened to the file, never that changes are kept somewhere.
      if (!(error instanceof AppError)) throw error;
      io.err(error.message);
      io.err(`Nothing was imported: ${file} is as it was, without these ${plural(changes, 'change')}.`);
      return EXIT.problem;
    }
    io.out(`${line}. Saved ${file}.`);
  } else io.out(`${line}. Nothing to change in ${file}.`);
  if (counts.rejected === 0) return EXIT.ok;
  io.err(
    `${plural(counts.rejected, 'row was', 'rows were')} rejected${changes > 0 && !dryRun ? '; the other rows were imported' : ''}.`,
  );
  return EXIT.problem;
}
