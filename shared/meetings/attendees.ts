/**
 * Who attends a meeting and what, of the record, concerns each of them: the one set of rules the
 * prepared checklist (shared/meetings/checklist.ts), the `meeting-checklist` document
 * (shared/reports/checklist.ts) and the Meetings screen compose from.
 */
import { decisionsFor, overdueFirst } from '../domain/asks.ts';
import type { IsoDate } from '../domain/dates.ts';
import { byStanding, type Standing } from '../domain/standing.ts';
import type {
  Action,
  Decision,
  Expectation,
  Meeting,
  ProgramFile,
  Stakeholder,
  Win,
} from '../schema/program.ts';
import { onTopics, type ReaderView } from '../view/reader.ts';
import { changesSinceLast, type SnapshotChange } from '../view/snapshot.ts';

/** The attendees of a meeting who are on the map, in the meeting's order (ids no longer on it skipped). */
export function meetingAttendees(file: Pick<ProgramFile, 'stakeholders'>, meeting: Meeting): Stakeholder[] {
  return meeting.attendeeIds
    .map((id) => file.stakeholders.find((s) => s.id === id))
    .filter((s): s is Stakeholder => s !== undefined);
}

/**
 * Whether a change is news to a meeting attendee: the overall status, anything that names them,
 * anything on their topics, and every item their expectations link to (metrics and the budget
 * included).
 */
export function concernsAttendee(
  person: Pick<Stakeholder, 'id' | 'preferences' | 'expectations'>,
  change: SnapshotChange,
): boolean {
  if (change.entry.kind === 'program') return true;
  if ((change.entry.people ?? []).includes(person.id)) return true;
  if (person.expectations.some((e) => e.linkedIds.includes(change.id))) return true;
  const topics = new Set(person.preferences.topics);
  return (change.entry.topics ?? []).some((topic) => topics.has(topic));
}

/**
 * What is news to an attendee: the changes that concern them since their last report (`compared`),
 * or, with no report to compare with, the wins on their topics dated after their last update.
 */
export type AttendeeNews =
  | {
      compared: true;
      /** The day of the report compared with, readable. */ date: string;
      changes: SnapshotChange[];
    }
  | { compared: false; lastUpdate?: IsoDate; wins: Win[] };

/** Everything a meeting is to go through with one attendee, each list in the order to raise it. */
export interface AttendeeBrief {
  /** Their expectations with where they stand, at-risk first. */
  expectations: { expectation: Expectation; standing: Standing }[];
  /** Open decisions they must make, soonest needed first. */
  decisions: Decision[];
  /** Open actions we owe them, overdue first. */
  owed: Action[];
  news: AttendeeNews;
}

/** The brief for the view's reader (an external attendee's view holds nothing internal). */
export function attendeeBrief(view: ReaderView): AttendeeBrief {
  const person = view.reader;
  const since = changesSinceLast(view);
  const last = person.lastUpdateAt;
  const news: AttendeeNews = since?.compared
    ? { compared: true, date: since.date, changes: since.changes.filter((c) => concernsAttendee(person, c)) }
    : {
        compared: false,
        ...(last ? { lastUpdate: last } : {}),
        wins: last ? view.file.wins.filter((w) => w.date > last && onTopics(view, w)) : [],
      };
  return {
    expectations: byStanding(view.file, person.expectations, view.today),
    decisions: decisionsFor(view, person.id),
    owed: overdueFirst(
      view.file.actions.filter((a) => a.owedToIds.includes(person.id)),
      view.today,
    ),
    news,
  };
}
