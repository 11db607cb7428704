/**
 * `liaison meetings import <file> --ics <ics> [--add-unknown] [--time-zone Z] [--dry-run]`: adds
 * the invitation's meetings (or updates one imported before), attendees matched to the map by
 * email. Attendees not on the map are listed and left out, unless --add-unknown adds them as new
 * stakeholders with neutral defaults. Nothing is written with --dry-run or when anything is wrong.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { formatDate } from '../../../shared/domain/dates.ts';
import { applyImport, importProblems, planImport } from '../../../shared/meetings/import.ts';
import { parseInvitation } from '../../../shared/meetings/invitation.ts';
import { AppError, sysCode } from '../../node/errors.ts';
import { defaultDataDir } from '../../node/settings.ts';
import { ProgramStore } from '../../node/store.ts';
import { EXIT, type Output } from '../output.ts';

export interface MeetingsImportOptions {
  file: string;
  ics: string;
  /** Add attendees who are not on the map as new stakeholders. */
  addUnknown: boolean;
  /** IANA zone that UTC and zoned invitation times are converted to. */
  timeZone: string;
  today: string;
  dryRun: boolean;
}

/** "24 Nov 2026 at 15:00" */
function when(start: string): string {
  const [day = '', time = ''] = start.split('T');
  return `${formatDate(day)} at ${time}`;
}

export async function meetingsImportCommand(options: MeetingsImportOptions, io: Output): Promise<number> {
  let text: string;
  try {
    text = await readFile(options.ics, 'utf8');
  } catch (error) {
    io.err(`Cannot read ${options.ics}: ${sysCode(error) ?? String(error)}.`);
    return EXIT.problem;
  }
  const parsed = parseInvitation(text, { timeZone: options.timeZone, today: options.today });
  if (!parsed.ok) {
    for (const p of parsed.problems) io.err(`${options.ics}: ${p}`);
    return EXIT.problem;
  }
  // Events that could not be read are refused: the others import, and the command exits 1.
  const rejected = new Set(parsed.value.rejected);
  for (const line of parsed.value.rejected) io.err(`${options.ics}: ${line}`);
  for (const note of parsed.value.notes) if (!rejected.has(note)) io.err(`note: ${note}`);
  const done = rejected.size > 0 ? EXIT.problem : EXIT.ok;

  const store = await ProgramStore.open(options.file, { backupDir: join(defaultDataDir(), 'backups') });
  const plan = planImport(store.file, parsed.value.drafts);
  const adding = options.addUnknown ? plan.newPeople : [];
  const problems = importProblems({ ...plan, newPeople: adding });
  if (problems.length > 0) {
    for (const p of problems) io.err(`${options.ics}: ${p}`);
    return EXIT.problem;
  }
  const result = applyImport(store.file, plan, adding);
  const byId = new Map(result.file.stakeholders.map((s) => [s.id, s]));
  const names = new Map(result.file.stakeholders.map((s) => [s.id, `${s.name} <${s.email}>`]));
  const added = new Set(result.addedStakeholders.map((s) => s.id));
  const verb = (updated: boolean) =>
    options.dryRun ? (updated ? 'Would update' : 'Would add') : updated ? 'Updated' : 'Added';
  for (const m of result.meetings) {
    io.out(`${verb(m.updated)} meeting "${m.title}" (${m.id}), ${when(m.start)}`);
    const people = m.attendeeIds.map((id) => `${names.get(id) ?? id}${added.has(id) ? ' (new)' : ''}`);
    io.out(`  attendees: ${people.length > 0 ? people.join(', ') : 'none on the map'}`);
  }
  for (const s of result.addedStakeholders) {
    const external = byId.get(s.id)?.external === true;
    io.out(
      `${options.dryRun ? 'Would add' : 'Added'} stakeholder ${s.name} <${s.email}> (${s.id}): ${external ? 'external, ' : ''}peer, medium influence and interest, neutral; refine them on the map.`,
    );
  }
  if (result.leftOut.length > 0) {
    for (const p of result.leftOut) io.out(`Not on the map, left out: ${p.name} <${p.email}>`);
    io.out('Run again with --add-unknown to add them as new stakeholders.');
  }
  if (options.dryRun) {
    io.err('--dry-run: the program file was not changed.');
    return done;
  }
  try {
    await store.replace(result.file);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    io.err(error.message);
    io.err(`Nothing was imported: ${basename(options.file)} is as it was.`);
    return EXIT.problem;
  }
  if (rejected.size > 0)
    io.err(
      `${rejected.size} event${rejected.size === 1 ? ' was' : 's were'} not imported; the others were saved.`,
    );
  return done;
}
