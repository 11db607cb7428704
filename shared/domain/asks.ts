/**
 * What a person is asked for and owed, as selection rules shared by the documents
 * (shared/reports) and the meeting checklist (shared/meetings).
 */
import type { Action, Decision, ProgramFile } from '../schema/program.ts';
import { compareDates, type IsoDate } from './dates.ts';

/** Open decisions this person must make, soonest needed first. */
export function decisionsFor(ctx: { file: Pick<ProgramFile, 'decisions'> }, personId: string): Decision[] {
  return ctx.file.decisions
    .filter((d) => d.status === 'open' && d.deciderIds.includes(personId))
    .sort((a, b) => compareDates(a.neededBy, b.neededBy));
}

/** Open actions: overdue (due before today) first, then by due date. */
export function overdueFirst(actions: readonly Action[], today: IsoDate): Action[] {
  const late = (a: Action): number => Number(a.due < today);
  return [...actions]
    .filter((a) => a.status === 'open')
    .sort((a, b) => late(b) - late(a) || compareDates(a.due, b.due));
}
