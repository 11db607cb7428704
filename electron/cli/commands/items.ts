/**
 * `liaison items import <file> --csv <export.csv> [--reason R] [--dry-run]`: the same tracker
 * import as the app (shared/tracker), with the columns, kinds and statuses guessed and printed.
 * An assignee not on the map leaves the owner as the sponsor (or as it was), and says so.
 */
import { formatRejected } from '../../../shared/csv/upsert.ts';
import { formatDate, type IsoDate } from '../../../shared/domain/dates.ts';
import { personName } from '../../../shared/domain/items.ts';
import { describeTrackerMapping, guessSource, guessTrackerMapping } from '../../../shared/tracker/columns.ts';
import { planTrackerImport } from '../../../shared/tracker/import.ts';
import { EXIT, type Output } from '../output.ts';
import { finishCsvImport, openCsvImport } from './csv-import.ts';

export interface ItemsImportOptions {
  file: string;
  csv: string;
  reason?: string;
  dryRun: boolean;
  today: IsoDate;
}

export async function itemsImportCommand(options: ItemsImportOptions, io: Output): Promise<number> {
  const opened = await openCsvImport(options.file, options.csv, io);
  if (!opened) return EXIT.problem;
  const { store, table, name } = opened;
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
  if (outcome.unknownAssignees.length > 0)
    io.err(
      'Add those people to the map (or correct the names in the tracker) and import again to set the owners.',
    );
  return finishCsvImport({ store, next: outcome.file, dryRun: options.dryRun }, outcome, io);
}
