/**
 * After the meeting: per attendee, an interaction on the meeting's date (channel `meeting`), their
 * expectations confirmed or reworded (and any new one heard), and actions we now owe them. Each
 * attendee recorded counts as updated on the meeting's date (never moved back).
 */
import { isIsoDate, type IsoDate } from '../domain/dates.ts';
import { SENTIMENTS, type Meeting, type ProgramFile, type Stakeholder } from '../schema/program.ts';
import { idsInUse, uniqueId } from '../record/ids.ts';

export type Sentiment = (typeof SENTIMENTS)[number];

export interface NewAction {
  title: string;
  /** Who on the map will do it. */
  ownerId: string;
  due: IsoDate;
}

export interface AttendeeOutcome {
  attendeeId: string;
  /** Empty: the interaction says the person attended the meeting. */
  summary: string;
  sentiment: Sentiment;
  /** New wording for existing expectations, by id; the others are confirmed as they are. */
  expectationTexts: Record<string, string>;
  /** An expectation heard in the meeting; empty for none. */
  newExpectation: string;
  actions: NewAction[];
}

/** The date of a meeting: the day part of its local start. */
export function meetingDate(meeting: Pick<Meeting, 'start'>): IsoDate {
  return meeting.start.slice(0, 10);
}

/** Whether the meeting's outcome can be recorded: on or after its day, never before it happens. */
export function canRecordOutcome(meeting: Pick<Meeting, 'start'>, today: IsoDate): boolean {
  return meetingDate(meeting) <= today;
}

/** Everything wrong with an outcome, one line each naming the attendee and the field. */
export function outcomeProblems(
  file: ProgramFile,
  meetingId: string,
  outcomes: readonly AttendeeOutcome[],
  today: IsoDate,
): string[] {
  const meeting = file.meetings.find((m) => m.id === meetingId);
  if (!meeting) return [`No meeting with id "${meetingId}" in this program.`];
  const problems: string[] = [];
  if (!canRecordOutcome(meeting, today))
    problems.push(
      `"${meeting.title}" has not happened yet: record its outcome on or after ${meetingDate(meeting)}.`,
    );
  const people = new Map(file.stakeholders.map((s) => [s.id, s]));
  for (const o of outcomes) {
    const person = people.get(o.attendeeId);
    if (!person) {
      problems.push(`"${o.attendeeId}" is not on the map any more.`);
      continue;
    }
    if (!(SENTIMENTS as readonly string[]).includes(o.sentiment))
      problems.push(`${person.name}: sentiment "${o.sentiment}" is not one of ${SENTIMENTS.join(', ')}.`);
    for (const [id, text] of Object.entries(o.expectationTexts)) {
      if (!person.expectations.some((e) => e.id === id))
        problems.push(`${person.name}: expectation "${id}" is not theirs.`);
      else if (!text.trim())
        problems.push(
          `${person.name}: an expectation cannot be empty (remove it on the Stakeholders screen).`,
        );
    }
    o.actions.forEach((a, i) => {
      const which = `${person.name}, action ${i + 1}`;
      if (!a.title.trim()) problems.push(`${which}: say what we will do.`);
      if (!people.has(a.ownerId)) problems.push(`${which}: choose who owns it.`);
      if (!isIsoDate(a.due)) problems.push(`${which}: the due date must be a date as YYYY-MM-DD.`);
    });
  }
  return problems;
}

function applyTo(
  person: Stakeholder,
  o: AttendeeOutcome,
  date: IsoDate,
  title: string,
  taken: Set<string>,
): Stakeholder {
  const summary = o.summary.trim() || `Attended "${title}".`;
  const interaction = { date, channel: 'meeting', summary, sentiment: o.sentiment };
  // Files read without validation may lack the list (the schema defaults it to empty).
  const interactions = person.interactions ?? [];
  // Recording the same outcome twice (a double click) adds it once.
  const known = interactions.some(
    (i) => i.date === date && i.channel === 'meeting' && i.summary === summary && i.sentiment === o.sentiment,
  );
  const expectations = person.expectations.map((e) => {
    const text = o.expectationTexts[e.id];
    return text !== undefined && text.trim() !== e.text ? { ...e, text: text.trim() } : e;
  });
  const heard = o.newExpectation.trim();
  if (heard && !expectations.some((e) => e.text === heard))
    expectations.push({ id: uniqueId(taken, 'e', `${person.name} ${heard}`), text: heard, linkedIds: [] });
  return {
    ...person,
    expectations,
    interactions: known ? interactions : [...interactions, interaction],
    lastUpdateAt: (person.lastUpdateAt ?? '') < date ? date : person.lastUpdateAt,
  };
}

/**
 * The program with the meeting's outcome recorded. Throws with every problem when
 * `outcomeProblems` finds any, so nothing half-done is ever saved.
 */
export function recordOutcome(
  file: ProgramFile,
  meetingId: string,
  outcomes: readonly AttendeeOutcome[],
  today: IsoDate,
): ProgramFile {
  const problems = outcomeProblems(file, meetingId, outcomes, today);
  if (problems.length > 0) throw new Error(problems.join(' '));
  const meeting = file.meetings.find((m) => m.id === meetingId) as Meeting;
  const date = meetingDate(meeting);
  const taken = idsInUse(file);
  const byId = new Map(outcomes.map((o) => [o.attendeeId, o]));
  const actions = outcomes.flatMap((o) =>
    o.actions.map((a) => ({
      id: uniqueId(taken, 'a', a.title),
      title: a.title.trim(),
      ownerId: a.ownerId,
      due: a.due,
      status: 'open' as const,
      owedToIds: [o.attendeeId],
    })),
  );
  return {
    ...file,
    stakeholders: file.stakeholders.map((s) => {
      const o = byId.get(s.id);
      return o ? applyTo(s, o, date, meeting.title, taken) : s;
    }),
    actions: [...file.actions, ...actions],
  };
}
