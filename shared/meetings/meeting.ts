/** Meetings on their own: the order they are listed in, and creating, editing and removing one. */
import { compareDates, isLocalDateTime, type IsoDate } from '../domain/dates.ts';
import type { Meeting, ProgramFile } from '../schema/program.ts';
import { idsInUse, uniqueId } from '../record/ids.ts';

/** The meetings on or after `today`, soonest first; then the earlier ones, latest first. */
export function meetingsInOrder(
  meetings: readonly Meeting[],
  today: IsoDate,
): { upcoming: Meeting[]; past: Meeting[] } {
  const upcoming = meetings
    .filter((m) => m.start.slice(0, 10) >= today)
    .sort((a, b) => compareDates(a.start, b.start));
  const past = meetings
    .filter((m) => m.start.slice(0, 10) < today)
    .sort((a, b) => compareDates(b.start, a.start));
  return { upcoming, past };
}

/** What the meeting form edits. */
export interface MeetingFields {
  title: string;
  start: string;
  attendeeIds: string[];
  agenda: string[];
}

/** What is wrong with the form, by field; empty when it can be saved. */
export function meetingFieldProblems(
  fields: MeetingFields,
  file: ProgramFile,
): Partial<Record<keyof MeetingFields, string>> {
  const problems: Partial<Record<keyof MeetingFields, string>> = {};
  if (!fields.title.trim()) problems.title = 'Give the meeting a title.';
  if (!isLocalDateTime(fields.start)) problems.start = 'Enter the date and time it starts.';
  const missing = fields.attendeeIds.filter((id) => !file.stakeholders.some((s) => s.id === id));
  if (missing.length > 0) problems.attendeeIds = `Not on the map: ${missing.join(', ')}.`;
  return problems;
}

function clean(fields: MeetingFields): MeetingFields {
  return {
    title: fields.title.trim(),
    start: fields.start,
    attendeeIds: [...new Set(fields.attendeeIds)],
    agenda: fields.agenda.map((a) => a.trim()).filter(Boolean),
  };
}

/** The program with a new meeting; returns its id too. */
export function addMeeting(file: ProgramFile, fields: MeetingFields): { file: ProgramFile; id: string } {
  const id = uniqueId(idsInUse(file), 'mt', fields.title);
  return { file: { ...file, meetings: [...file.meetings, { id, ...clean(fields) }] }, id };
}

/** The program with a meeting's fields changed; its checklist is kept (prepare again to refresh it). */
export function updateMeeting(file: ProgramFile, id: string, fields: MeetingFields): ProgramFile {
  return { ...file, meetings: file.meetings.map((m) => (m.id === id ? { ...m, ...clean(fields) } : m)) };
}

/** The program without the meeting. */
export function removeMeeting(file: ProgramFile, id: string): ProgramFile {
  return { ...file, meetings: file.meetings.filter((m) => m.id !== id) };
}
