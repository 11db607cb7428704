/**
 * `liaison stakeholders import <file> --csv <csv> [--dry-run]` and
 * `liaison stakeholders export <file> --csv <csv> [--force]`: the same mapping and upsert as the
 * app (shared/csv), with the mapping guessed from the header names and printed.
 */
import { stakeholdersToCsv } from '../../../shared/csv/export.ts';
import { FIELDS } from '../../../shared/csv/fields.ts';
import { describeMapping, guessMapping } from '../../../shared/csv/mapping.ts';
import { formatRejected, planImport } from '../../../shared/csv/upsert.ts';
import { writeFileDurably, writeNewFileDurably } from '../../node/durable-write.ts';
import { AppError, sysCode, writeFailureReason } from '../../node/errors.ts';
import { readProgramFile } from '../../node/program-file.ts';
import { EXIT, type Output } from '../output.ts';
import { finishCsvImport, openCsvImport } from './csv-import.ts';

export interface StakeholdersCsvOptions {
  file: string;
  csv: string;
  dryRun: boolean;
  force: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Imports the CSV's rows into the program: prints each added, updated and rejected row. */
export async function importStakeholders(options: StakeholdersCsvOptions, io: Output): Promise<number> {
  const opened = await openCsvImport(options.file, options.csv, io);
  if (!opened) return EXIT.problem;
  const { store, table, name } = opened;
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
  return finishCsvImport({ store, next: outcome.file, dryRun: options.dryRun }, outcome, io);
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
    throw new AppError('write-failed', `Could not write ${options.csv}: ${writeFailureReason(error)}.`);
  }
  io.out(
    `Wrote ${plural(file.stakeholders.length, 'stakeholder')} to ${options.csv} (private notes are never exported).`,
  );
  return EXIT.ok;
}
