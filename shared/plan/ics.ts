/**
 * The plan as an .ics calendar (RFC 5545, built with ical.js): one all-day event per update due
 * and per planned communication in the window, and the program's meetings at their local time.
 * Each UID is stable (per person and date for an update, per touchpoint or meeting otherwise),
 * so importing the file again updates the events instead of duplicating them. Nothing private:
 * summaries and descriptions come from names, templates, channels and purposes only.
 */
import ICAL from 'ical.js';
import { addDays, type IsoDate } from '../domain/dates.ts';
import type { ProgramFile } from '../schema/program.ts';
import { calendarEntries, planCalendar, type PlanEntry } from './calendar.ts';
import { entryDetail, entrySummary } from './describe.ts';

/** A UID-safe part: ids are free text in the file, so anything but [A-Za-z0-9._-] is encoded. */
function uidPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, (c) => `=${c.codePointAt(0)?.toString(16) ?? ''}`);
}

/** The UID of an entry: the same entry on the same day always gets the same one. */
export function entryUid(programId: string, entry: PlanEntry): string {
  const key =
    entry.kind === 'update'
      ? `update-${uidPart(entry.stakeholderId)}-${entry.date}`
      : entry.kind === 'meeting'
        ? `meeting-${uidPart(entry.meetingId)}`
        : `communication-${uidPart(entry.communicationId)}`;
  return `${uidPart(programId)}-${key}@liaison`;
}

/** Only what is still to do: planned touchpoints, not the ones ticked done or skipped. */
function inCalendar(entry: PlanEntry): boolean {
  return entry.kind !== 'communication' || entry.status === 'planned';
}

function eventOf(file: ProgramFile, entry: PlanEntry, stamp: ICAL.Time): ICAL.Component {
  const event = new ICAL.Component('vevent');
  event.updatePropertyWithValue('uid', entryUid(file.program.id, entry));
  event.updatePropertyWithValue('dtstamp', stamp);
  if (entry.kind === 'meeting') {
    // Floating local time, as the file keeps it; the meeting's length is not in the record.
    event.updatePropertyWithValue('dtstart', ICAL.Time.fromDateTimeString(`${entry.date}T${entry.time}:00`));
    event.updatePropertyWithValue('duration', ICAL.Duration.fromString('PT1H'));
  } else {
    event.updatePropertyWithValue('dtstart', ICAL.Time.fromDateString(entry.date));
    event.updatePropertyWithValue('dtend', ICAL.Time.fromDateString(addDays(entry.date, 1)));
    // An all-day reminder should not block the day as busy.
    event.updatePropertyWithValue('transp', 'TRANSPARENT');
  }
  event.updatePropertyWithValue('summary', entrySummary(entry));
  event.updatePropertyWithValue(
    'description',
    `${entryDetail(file, entry)}\n${file.program.name} · Liaison plan`,
  );
  return event;
}

/**
 * The calendar text for the next `weeks` weeks from `today`. `now` is the DTSTAMP (when the file
 * was made); everything else depends only on the program, today and weeks.
 */
export function planToIcs(file: ProgramFile, today: IsoDate, weeks: number, now: Date = new Date()): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', '-//Liaison//Communication plan//EN');
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('x-wr-calname', `${file.program.name} – communication plan`);
  const stamp = ICAL.Time.fromJSDate(now, true);
  for (const entry of calendarEntries(planCalendar(file, today, weeks)).filter(inCalendar))
    calendar.addSubcomponent(eventOf(file, entry, stamp));
  return `${calendar.toString()}\r\n`;
}
