/**
 * The calendar of the coming weeks: per week the updates due (repeating by each reader's cadence
 * from their next due date), the meetings by their start, and the planned communications by
 * date. Anything overdue (an update or a planned touchpoint before today) opens the first week.
 * A function of (program, today, weeks) and nothing else.
 */
import { dueStatus, updateDateAfter } from '../domain/cadence.ts';
import { addDays, compareDates, daysBetween, type IsoDate } from '../domain/dates.ts';
import type {
  Cadence,
  Channel,
  CommunicationStatus,
  ProgramFile,
  Stakeholder,
  StakeholderTemplate,
} from '../schema/program.ts';

/** The weeks a calendar may show: the screen offers 4, 8 and 12; the command line up to this. */
export const MAX_WEEKS = 52;
export const DEFAULT_WEEKS = 8;

/** An update due to one reader on one day. */
export interface UpdateEntry {
  kind: 'update';
  date: IsoDate;
  stakeholderId: string;
  name: string;
  template: StakeholderTemplate;
  channel: Channel;
  cadence: Cadence;
  /** Days past due on `today` (0 when due today or later). */
  overdueDays: number;
}

/** A meeting on the program's calendar. */
export interface MeetingEntry {
  kind: 'meeting';
  date: IsoDate;
  /** `HH:mm`, local time. */
  time: string;
  meetingId: string;
  title: string;
  attendeeIds: string[];
}

/** A planned one-off touchpoint. */
export interface CommunicationEntry {
  kind: 'communication';
  date: IsoDate;
  communicationId: string;
  purpose: string;
  stakeholderIds: string[];
  channel: Channel;
  template?: StakeholderTemplate;
  status: CommunicationStatus;
  /** Days past its date while still planned; 0 otherwise. */
  overdueDays: number;
}

export type PlanEntry = UpdateEntry | MeetingEntry | CommunicationEntry;

export interface PlanWeek {
  /** First and last day of the week; the first week starts today. */
  start: IsoDate;
  end: IsoDate;
  entries: PlanEntry[];
}

/** True for an update or a planned communication past its day. */
export function isOverdue(entry: PlanEntry): boolean {
  return entry.kind !== 'meeting' && entry.overdueDays > 0;
}

/**
 * One reader's due dates from today to `end`: the next one (however overdue it is) and every
 * later one by cadence. Due dates that passed after an overdue one are not repeated: the one
 * overdue entry already says an update is owed. A reader never updated is due today.
 */
export function updateDates(s: Stakeholder, today: IsoDate, end: IsoDate): IsoDate[] {
  const status = dueStatus(s, today);
  if (status.cadence === 'as-needed') return [];
  const base = status.lastUpdateAt ?? today;
  // Never updated: due today, then by cadence from today.
  const first = status.lastUpdateAt === null ? 0 : 1;
  const dates: IsoDate[] = [];
  for (let n = first; ; n++) {
    const date = n === 0 ? today : updateDateAfter(base, status.cadence, n);
    if (date === null || date > end) break;
    if (n === first || date >= today) dates.push(date);
  }
  return dates;
}

function updateEntries(file: ProgramFile, today: IsoDate, end: IsoDate): UpdateEntry[] {
  return file.stakeholders.flatMap((s) =>
    updateDates(s, today, end).map((date) => ({
      kind: 'update' as const,
      date,
      stakeholderId: s.id,
      name: s.name,
      template: s.preferences.template,
      channel: s.preferences.channel,
      cadence: s.preferences.cadence,
      overdueDays: Math.max(0, daysBetween(date, today)),
    })),
  );
}

function meetingEntries(file: ProgramFile, today: IsoDate, end: IsoDate): MeetingEntry[] {
  return file.meetings
    .filter((m) => m.start.slice(0, 10) >= today && m.start.slice(0, 10) <= end)
    .map((m) => ({
      kind: 'meeting' as const,
      date: m.start.slice(0, 10),
      time: m.start.slice(11, 16),
      meetingId: m.id,
      title: m.title,
      attendeeIds: m.attendeeIds,
    }));
}

function communicationEntries(file: ProgramFile, today: IsoDate, end: IsoDate): CommunicationEntry[] {
  return (file.communications ?? [])
    .filter((c) => c.date <= end && (c.date >= today || c.status === 'planned'))
    .map((c) => ({
      kind: 'communication' as const,
      date: c.date,
      communicationId: c.id,
      purpose: c.purpose,
      stakeholderIds: c.stakeholderIds,
      channel: c.channel,
      ...(c.template ? { template: c.template } : {}),
      status: c.status,
      overdueDays: c.status === 'planned' ? Math.max(0, daysBetween(c.date, today)) : 0,
    }));
}

const KIND_ORDER: Record<PlanEntry['kind'], number> = { meeting: 0, communication: 1, update: 2 };

function label(e: PlanEntry): string {
  return e.kind === 'update' ? e.name : e.kind === 'meeting' ? `${e.time} ${e.title}` : e.purpose;
}

/** Overdue first (longest overdue first), then by day, meetings by time, then by name. */
function compareEntries(a: PlanEntry, b: PlanEntry): number {
  const overdue = (e: PlanEntry) => (e.kind === 'meeting' ? 0 : e.overdueDays);
  return (
    overdue(b) - overdue(a) ||
    compareDates(a.date, b.date) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    label(a).localeCompare(label(b))
  );
}

/**
 * The next `weeks` weeks from `today` (week 1 is today and the six days after it). Overdue
 * updates and planned communications past their day are in week 1, first.
 */
export function planCalendar(file: ProgramFile, today: IsoDate, weeks: number = DEFAULT_WEEKS): PlanWeek[] {
  const count = Math.max(1, Math.min(MAX_WEEKS, Math.floor(weeks)));
  const end = addDays(today, 7 * count - 1);
  const entries = [
    ...updateEntries(file, today, end),
    ...meetingEntries(file, today, end),
    ...communicationEntries(file, today, end),
  ].sort(compareEntries);
  const result: PlanWeek[] = Array.from({ length: count }, (_, i) => ({
    start: addDays(today, 7 * i),
    end: addDays(today, 7 * i + 6),
    entries: [],
  }));
  for (const entry of entries) {
    const index = entry.date < today ? 0 : Math.floor(daysBetween(today, entry.date) / 7);
    result[index]?.entries.push(entry);
  }
  return result;
}

/** Every entry of the calendar, week by week, in the calendar's order. */
export function calendarEntries(weeks: readonly PlanWeek[]): PlanEntry[] {
  return weeks.flatMap((w) => w.entries);
}
