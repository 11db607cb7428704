/**
 * `liaison items import <file> --csv <export.csv> [--reason R] [--dry-run]`: the same tracker
 * import as the app (shared/tracker), with the columns, kinds and statuses guessed and printed.
 * An assignee not on the map leaves the owner as the sponsor (or as it was), and says so.
 */
import { basename, join } from 'node:path';
import { parseCsv } from '../../../shared/csv/parse.ts';
import { formatRejected } from '../../../shared/csv/upsert.ts';
import { formatDate, type IsoDate } from '../../../shared/domain/dates.ts';
import { personName } from '../../../shared/domain/items.ts';
import { describeTrackerMapping, guessSource, guessTrackerMapping } from '../../../shared/tracker/columns.ts';
import { planTrackerImport } from '../../../shared/tracker/import.ts';
import { defaultDataDir } from '../../node/settings.ts';
import { ProgramStore } from '../../node/store.ts';
import { EXIT, type Output } from '../output.ts';
import { readCsv } from './stakeholders.ts';

export interface ItemsImportOptions {
  file: string;
  csv: string;
  reason?: string;
  dryRun: boolean;
  today: IsoDate;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export async function itemsImportCommand(options: ItemsImportOptions, io: Output): Promise<number> {
  const store = await ProgramStore.open(options.file, { backupDir: join(defaultDataDir(), 'backups') });
  const table = parseCsv(await readCsv(options.csv));
  const name = basename(options.csv);
  if (table.headers.length === 0) {
    io.err(`${name} is empty: there is no header row and nothing to import.`);
    return EXIT.problem;
  }
  const mapping = guessTrackerMapping(table.headers);
  const source = guessSource(table.headers);
  io.out(`Columns (${source}): ${describeTrackerMapping(table.headers, mapping)}`);
  const outcome = planTrackerImport(store.file, table, {
    mapping,
    kinds: {},
    statuses: {},
    source,
    ...(options.reason !== undefined ? { reason: options.reason } : {}),
    today: options.today,
  });
  if (outcome.mappingProblems.length > 0) {
    for (const p of outcome.mappingProblems) io.err(`${name}: ${p}`);
    io.err('Nothing was imported.');
    return EXIT.problem;
  }
  for (const a of outcome.added) io.out(`added ${a.kind}: ${a.key} "${a.title}" (${a.id}), row ${a.row}`);
  for (const u of outcome.updated)
    io.out(`updated ${u.kind}: ${u.key} "${u.title}", row ${u.row}: ${u.fields.join(', ')}`);
  for (const m of outcome.moved)
    io.out(
      `moved: ${m.key} "${m.title}" from ${formatDate(m.from)} to ${formatDate(m.to)}; committed date ${formatDate(m.baseline)} kept, reason: ${m.reason}`,
    );
  for (const u of outcome.unknownAssignees)
    io.err(
      `row ${u.row}: assignee "${u.name}" (${u.key}) is not on the stakeholder map; the owner is left as ${personName(store.file, u.ownerId)}${u.ownerId === store.file.program.sponsorId ? ' (the sponsor)' : ''}.`,
    );
  for (const r of outcome.rejected) io.err(`rejected: ${formatRejected(r)}`);
  const counts = [
    `${outcome.added.length} added`,
    `${outcome.updated.length} updated`,
    `${outcome.unchanged.length} unchanged`,
    `${outcome.rejected.length} rejected`,
  ].join(', ');
  const changes = outcome.added.length + outcome.updated.length;
  if (options.dryRun) io.out(`${counts}. --dry-run: ${basename(options.file)} was not changed.`);
  else if (changes > 0) {
    await store.replace(outcome.file);
    io.out(`${counts}. Saved ${basename(options.file)}.`);
  } else io.out(`${counts}. Nothing to change in ${basename(options.file)}.`);
  if (outcome.unknownAssignees.length > 0)
    io.err(
      'Add those people to the map (or correct the names in the tracker) and import again to set the owners.',
    );
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
