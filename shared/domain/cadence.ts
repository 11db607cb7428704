/** Who is due for an update: `lastUpdateAt` plus the reader's cadence, compared with today. */
import type { Cadence, ProgramFile, Stakeholder } from '../schema/program.ts';
import { addDays, addMonths, daysBetween, type IsoDate } from './dates.ts';

/**
 * The day the `count`-th update after `lastUpdateAt` falls due (1 = the next one), or null for
 * `as-needed` readers (never due). Counted from `lastUpdateAt` each time, not step by step, so a
 * monthly reader last updated on the 31st stays on month ends (31 Jan, 28 Feb, 31 Mar).
 */
export function updateDateAfter(lastUpdateAt: IsoDate, cadence: Cadence, count = 1): IsoDate | null {
  switch (cadence) {
    case 'weekly':
      return addDays(lastUpdateAt, 7 * count);
    case 'biweekly':
      return addDays(lastUpdateAt, 14 * count);
    case 'monthly':
      return addMonths(lastUpdateAt, count);
    case 'quarterly':
      return addMonths(lastUpdateAt, 3 * count);
    case 'as-needed':
      return null;
  }
}

/** The day the next update is due after `lastUpdateAt`, or null for `as-needed` readers (never due). */
export function nextUpdateDate(lastUpdateAt: IsoDate, cadence: Cadence): IsoDate | null {
  return updateDateAfter(lastUpdateAt, cadence, 1);
}

export interface DueStatus {
  stakeholderId: string;
  cadence: Cadence;
  lastUpdateAt: IsoDate | null;
  /** When the next update falls due; null when never (as-needed) or immediately (never updated). */
  nextDue: IsoDate | null;
  due: boolean;
  /** Days past the due date (0 on the day itself); null when not due. */
  overdueDays: number | null;
}

export function dueStatus(s: Stakeholder, today: IsoDate): DueStatus {
  const cadence = s.preferences.cadence;
  const last = s.lastUpdateAt ?? null;
  const base = { stakeholderId: s.id, cadence, lastUpdateAt: last };
  if (cadence === 'as-needed') return { ...base, nextDue: null, due: false, overdueDays: null };
  // Someone who has never heard from us is due today.
  if (last === null) return { ...base, nextDue: null, due: true, overdueDays: 0 };
  const next = nextUpdateDate(last, cadence);
  const due = next !== null && next <= today;
  return { ...base, nextDue: next, due, overdueDays: due && next ? daysBetween(next, today) : null };
}

export type DueEntry = DueStatus & { stakeholder: Stakeholder };

/** The order of the due list: longest overdue first, then by name. */
export function byUrgency(a: DueEntry, b: DueEntry): number {
  return (b.overdueDays ?? 0) - (a.overdueDays ?? 0) || a.stakeholder.name.localeCompare(b.stakeholder.name);
}

/** Everyone due for an update on `today`, longest overdue first, then by name. */
export function dueList(file: ProgramFile, today: IsoDate): DueEntry[] {
  return file.stakeholders
    .map((s) => ({ ...dueStatus(s, today), stakeholder: s }))
    .filter((d) => d.due)
    .sort(byUrgency);
}
