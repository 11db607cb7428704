/**
 * `liaison stakeholders import <file> --csv <csv> [--dry-run]` and
 * `liaison stakeholders export <file> --csv <csv> [--force]`: the same mapping and upsert as the
 * app (shared/csv), with the mapping guessed from the header names and printed.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { stakeholdersToCsv } from '../../../shared/csv/export.ts';
import { FIELDS } from '../../../shared/csv/fields.ts';
import { describeMapping, guessMapping } from '../../../shared/csv/mapping.ts';
import { parseCsv } from '../../../shared/csv/parse.ts';
import { formatRejected, planImport } from '../../../shared/csv/upsert.ts';
import { writeFileDurably, writeNewFileDurably } from '../../node/durable-write.ts';
import { AppError, sysCode } from '../../node/errors.ts';
import { readProgramFile } from '../../node/program-file.ts';
import { defaultDataDir } from '../../node/settings.ts';
import { ProgramStore } from '../../node/store.ts';
import { EXIT, type Output } from '../output.ts';

export interface StakeholdersCsvOptions {
  file: string;
  csv: string;
  dryRun: boolean;
  force: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

async function readCsv(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = sysCode(error);
    if (code === 'ENOENT') throw new AppError('not-found', `${path} does not exist.`);
    if (code === 'EISDIR') throw new AppError('unreadable', `${path} is a folder, not a CSV file.`);
    throw new AppError('unreadable', `${path} cannot be read (${code ?? String(error)}).`);
  }
}

/** Imports the CSV's rows into the program: prints each added, updated and rejected row. */
export async function importStakeholders(options: StakeholdersCsvOptions, io: Output): Promise<number> {
  const store = await ProgramStore.open(options.file, { backupDir: join(defaultDataDir(), 'backups') });
  const table = parseCsv(await readCsv(options.csv));
  const name = basename(options.csv);
  if (table.headers.length === 0) {
    io.err(`${name} is empty: there is no header row and nothing to import.`);
    return EXIT.problem;
  }
  const mapping = guessMapping(table.headers);
  io.out(`Columns: ${describeMapping(table.headers, mapping)}`);
  const outcome = planImport(store.file, table, mapping);
  if (outcome.mappingProblems.length > 0) {
    for (const p of outcome.mappingProblems) io.err(`${name}: ${p}`);
    io.err('Nothing was imported.');
    return EXIT.problem;
  }
  for (const a of outcome.added) io.out(`added: ${a.name} (${a.id}), row ${a.row}`);
  for (const u of outcome.updated)
    io.out(`updated: ${u.name} (${u.id}), row ${u.row}: ${u.fields.map((f) => FIELDS[f].header).join(', ')}`);
  for (const r of outcome.rejected) io.err(`rejected: ${formatRejected(r)}`);
  const counts = [
    plural(outcome.added.length, 'added', 'added'),
    plural(outcome.updated.length, 'updated', 'updated'),
    plural(outcome.unchanged.length, 'unchanged', 'unchanged'),
    plural(outcome.rejected.length, 'rejected', 'rejected'),
  ].join(', ');
  const changes = outcome.added.length + outcome.updated.length;
  if (options.dryRun) io.out(`${counts}. --dry-run: ${basename(options.file)} was not changed.`);
  else if (changes > 0) {
    try {
      await store.replace(outcome.file);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.err(error.message);
      io.err(
        `Nothing was imported: ${basename(options.file)} is as it was, without these ${plural(changes, 'change')}.`,
      );
      return EXIT.problem;
    }
    io.out(`${counts}. Saved ${basename(options.file)}.`);
  } else io.out(`${counts}. Nothing to change in ${basename(options.file)}.`);
  if (outcome.rejected.length > 0) {
    io.err(
      `${plural(outcome.rejected.length, 'row was', 'rows were')} rejected${
        changes > 0 && !options.dryRun ? '; the other rows were imported' : ''
      }.`,
    );
    return EXIT.problem;
  }
  return EXIT.ok;
}

/** Writes every stakeholder to a new CSV; replaces an existing one only with --force. Never the notes. */
export async function exportStakeholders(options: StakeholdersCsvOptions, io: Output): Promise<number> {
  const { file } = await readProgramFile(options.file);
  const text = stakeholdersToCsv(file.stakeholders);
  try {
    if (options.force) await writeFileDurably(options.csv, text);
    else await writeNewFileDurably(options.csv, text);
  } catch (error) {
    const code = sysCode(error);
    if (code === 'EEXIST')
      throw new AppError('exists', `${options.csv} already exists; add --force to replace it.`);
    throw new AppError('write-failed', `Could not write ${options.csv} (${code ?? String(error)}).`);
  }
  io.out(
    `Wrote ${plural(file.stakeholders.length, 'stakeholder')} to ${options.csv} (private notes are never exported).`,
  );
  return EXIT.ok;
}
