/**
 * Reading calendar invitations (.ics, RFC 5545) with ical.js: each event's title, start, attendees
 * and agenda. Times in UTC or in a named zone are converted to `timeZone` (the machine's, in the
 * app); floating times are kept as written. Rooms and resources are not people and are left out.
 */
import ICAL from 'ical.js';
import type { IsoDate } from '../domain/dates.ts';
import { isIsoDate, isLocalDateTime } from '../domain/dates.ts';
import { formatWallTime, instantOf, isTimeZone, wallTimeAt, type WallTime } from './time-zone.ts';

/** A person invited, as the invitation names them. */
export interface InvitationAttendee {
  /** Lower case, so it matches a stakeholder's email whatever the case. */
  email: string;
  name: string;
  /** The organiser: counted as an attendee only when already on the map. */
  organizer: boolean;
}

/** A meeting read from an invitation, before it is matched to the map. */
export interface MeetingDraft {
  /** The calendar's UID, so importing an updated invitation updates the meeting. */
  uid: string | null;
  title: string;
  /** Local `YYYY-MM-DDTHH:mm`; empty when the invitation did not say. */
  start: string;
  attendees: InvitationAttendee[];
  agenda: string[];
}

export interface ParsedInvitation {
  drafts: MeetingDraft[];
  /** What the user should know: times kept as written, rooms left out, events skipped. */
  notes: string[];
  /** Events that could not be read (an impossible date, say), one line each; also in `notes`. */
  rejected: string[];
}

export type ParseResult = { ok: true; value: ParsedInvitation } | { ok: false; problems: string[] };

export interface ParseOptions {
  /** The zone meeting starts are written in (IANA name). */
  timeZone: string;
  /** For a recurring meeting, the first occurrence on or after this day is the one imported. */
  today: IsoDate;
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
/** How far into a series we look for the next occurrence (a daily meeting over ten years). */
const MAX_OCCURRENCES = 3700;

/** `dana.whitfield+x@example.com` → `Dana Whitfield`, for an attendee the invitation gives no name. */
export function nameFromEmail(email: string): string {
  const local = (email.split('@')[0] ?? '').replace(/\+.*$/, '');
  const words = local.split(/[._-]+/).filter(Boolean);
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ') || email;
}

/**
 * A display name as calendars write it: "Nandakumar, Priya" (Outlook's "Last, First") becomes
 * "Priya Nandakumar"; a name that is only the email (as Google writes it) is made from the email.
 */
export function displayName(raw: string, email: string): string {
  const name = raw.trim().replace(/^"|"$/g, '').trim();
  if (!name || name.includes('@')) return nameFromEmail(email);
  const parts = name.split(',').map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : name;
}

function param(prop: ICAL.Property, name: string): string {
  const value = prop.getParameter(name);
  return (Array.isArray(value) ? String(value[0] ?? '') : (value ?? '')).trim();
}

/** One ATTENDEE or ORGANIZER, or null when it has no usable email. */
function personOf(prop: ICAL.Property, organizer: boolean): InvitationAttendee | null {
  const raw = prop.getFirstValue();
  const email = (typeof raw === 'string' ? raw : '')
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  if (!EMAIL.test(email)) return null;
  return { email, name: displayName(param(prop, 'cn'), email), organizer };
}

/**
 * The agenda in an event's description: the lines under an "Agenda" line (up to the next blank
 * line), else every line that starts like a list item ("- ", "* ", "1. "). Other text (dial-in
 * details, links) is not an agenda and is left out.
 */
export function agendaFrom(description: string): string[] {
  const lines = description.split(/\r?\n/).map((l) => l.trim());
  const marker = /^(?:[-*•·▪◦–]|\d{1,2}[.)])\s+/u;
  let picked: string[] = [];
  const head = lines.findIndex((l) => /^agenda\b\s*:?/i.test(l));
  if (head >= 0) {
    const inline = /^agenda\b\s*:?\s*(.*)$/i.exec(lines[head] ?? '')?.[1]?.trim();
    if (inline) picked.push(inline);
    for (const line of lines.slice(head + 1)) {
      if (!line) {
        if (picked.length > 0) break;
        continue;
      }
      picked.push(line);
    }
  } else picked = lines.filter((l) => marker.test(l));
  return picked
    .map((l) => l.replace(marker, '').trim().slice(0, 200))
    .filter(Boolean)
    .slice(0, 30);
}

const wallOf = (t: ICAL.Time): WallTime => ({
  year: t.year,
  month: t.month,
  day: t.day,
  hour: t.isDate ? 0 : t.hour,
  minute: t.isDate ? 0 : t.minute,
});

/** A start as local `YYYY-MM-DDTHH:mm` in `timeZone`, and a note when it could not be converted. */
function localStart(t: ICAL.Time, tzid: string, timeZone: string): { start: string; note?: string } {
  if (t.isDate) return { start: formatWallTime(wallOf(t)) };
  const isUtc = t.zone === ICAL.Timezone.utcTimezone || ['UTC', 'Z', 'GMT'].includes(tzid.toUpperCase());
  if (isUtc) return { start: formatWallTime(wallTimeAt(t.toUnixTime() * 1000, timeZone)) };
  if (!tzid || tzid === timeZone) return { start: formatWallTime(wallOf(t)) };
  // The invitation defines the zone (VTIMEZONE, as Outlook writes "W. Europe Standard Time").
  if (t.zone?.tzid === tzid) return { start: formatWallTime(wallTimeAt(t.toUnixTime() * 1000, timeZone)) };
  if (isTimeZone(tzid)) return { start: formatWallTime(wallTimeAt(instantOf(wallOf(t), tzid), timeZone)) };
  return {
    start: formatWallTime(wallOf(t)),
    note: `the time zone "${tzid}" is not defined in the invitation; the time is kept as written`,
  };
}

/** For a series, the first occurrence on or after `today` (the last one if the series has ended). */
function nextOccurrence(event: ICAL.Event, today: IsoDate): ICAL.Time {
  if (!event.isRecurring()) return event.startDate;
  const it = event.iterator();
  let last = event.startDate;
  for (let i = 0; i < MAX_OCCURRENCES; i++) {
    const next = it.next();
    if (!next) break;
    last = next;
    if (formatWallTime(wallOf(next)).slice(0, 10) >= today) break;
  }
  return last;
}

/** The properties holding an event's own dates, checked as written before ical.js normalises them. */
const DATE_FIELDS = ['dtstart', 'dtend', 'recurrence-id'] as const;

/**
 * What is impossible in a date or date-time as ical.js read it (`2026-13-99T25:00:00Z`), or null.
 * ical.js rolls month 13 or 30 February over into a later date; a user's meeting must not move.
 */
export function impossibleDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:Z)?)?$/.exec(value);
  if (!m) return 'not a date';
  const [, year, month, day, hour, minute, second] = m;
  if (Number(month) < 1 || Number(month) > 12) return `month ${month}`;
  if (!isIsoDate(`${year}-${month}-${day}`)) return `there is no day ${day} in ${year}-${month}`;
  if (hour === undefined) return null;
  if (Number(hour) > 23) return `hour ${hour}`;
  if (Number(minute) > 59) return `minute ${minute}`;
  // 60 is a leap second, which RFC 5545 allows.
  return Number(second) > 60 ? `second ${second}` : null;
}

/** Throws, naming the field and its value as written, when one of the event's dates cannot be. */
function checkDates(vevent: ICAL.Component): void {
  for (const name of DATE_FIELDS)
    for (const prop of vevent.getAllProperties(name)) {
      const values = (prop.toJSON() as unknown[]).slice(3).map(String);
      for (const value of values) {
        const wrong = impossibleDate(value);
        // As written in the file: ical.js adds the dashes and colons of ISO 8601.
        if (wrong)
          throw new Error(
            `${name.toUpperCase()} "${value.replace(/[-:]/g, '')}" is not a real date and time (${wrong})`,
          );
      }
    }
}

function readEvent(vevent: ICAL.Component, options: ParseOptions, notes: string[]): MeetingDraft | null {
  checkDates(vevent);
  const event = new ICAL.Event(vevent);
  const title = (event.summary ?? '').trim() || 'Untitled meeting';
  const named = `"${title}"`;
  if (event.isRecurrenceException()) {
    notes.push(`A change to one occurrence of ${named} was left out; the series is imported.`);
    return null;
  }
  if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
    notes.push(`${named} is cancelled; it was left out.`);
    return null;
  }
  let start = '';
  const dtstart = vevent.getFirstProperty('dtstart');
  if (!dtstart) notes.push(`${named} has no start time (DTSTART): enter it before importing.`);
  else {
    const when = localStart(nextOccurrence(event, options.today), param(dtstart, 'tzid'), options.timeZone);
    if (!isLocalDateTime(when.start))
      throw new Error(`its start "${String(dtstart.getFirstValue())}" is not a date and time`);
    start = when.start;
    if (when.note) notes.push(`${named}: ${when.note}.`);
    if (event.startDate.isDate) notes.push(`${named} is an all-day event; its start is set to 00:00.`);
    if (event.isRecurring())
      notes.push(`${named} repeats; the occurrence on ${start.replace('T', ' at ')} is imported.`);
  }
  // Keyed by email: one lookup per attendee keeps a 100,000-attendee invitation linear.
  const attendees = new Map<string, InvitationAttendee>();
  const add = (p: InvitationAttendee | null) => {
    if (p && !attendees.has(p.email)) attendees.set(p.email, p);
  };
  for (const prop of event.attendees) {
    const cutype = param(prop, 'cutype').toUpperCase();
    if (cutype === 'ROOM' || cutype === 'RESOURCE') {
      notes.push(
        `${param(prop, 'cn') || 'A room'} is a ${cutype.toLowerCase()}, not a person; it was left out.`,
      );
      continue;
    }
    add(personOf(prop, false));
  }
  const organizer = vevent.getFirstProperty('organizer');
  if (organizer) add(personOf(organizer, true));
  return {
    uid: event.uid || null,
    title,
    start,
    attendees: [...attendees.values()],
    agenda: agendaFrom(event.description ?? ''),
  };
}

/** The calendar text alone: pasted text may carry lines before or after it, or lack the wrapper. */
function calendarText(text: string): string {
  const begin = text.search(/BEGIN:VCALENDAR/i);
  if (begin >= 0) {
    const end = text.search(/END:VCALENDAR/i);
    return end > begin ? text.slice(begin, end + 'END:VCALENDAR'.length) : text.slice(begin);
  }
  const first = text.search(/BEGIN:VEVENT/i);
  const last = text.lastIndexOf('END:VEVENT');
  const body = last > first ? text.slice(first, last + 'END:VEVENT'.length) : text.slice(first);
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${body}\r\nEND:VCALENDAR`;
}

/** ical.js's parse errors in words of our own: its messages quote the line, which may be anything. */
const PARSE_FAILURES: Array<[RegExp, string]> = [
  [/no token/, 'a line that is not NAME:value'],
  [/double quote/, 'a parameter whose double quote is never closed'],
  [/parameter/i, 'a parameter written wrongly'],
  [
    /began but did not end|did not begin|invalid ical body/i,
    'a BEGIN without its END, or an END without its BEGIN',
  ],
  [/date-time|date value|time value/, 'a date or time written wrongly'],
];

/**
 * What is wrong and on which line, never quoting the file: ical.js ends its message with the
 * offending line in quotes, which we only look up in the text to give its number.
 */
function parseFailure(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const what = PARSE_FAILURES.find(([pattern]) => pattern.test(message))?.[1] ?? 'a line it cannot read';
  const quoted = /"(.+)"\s*$/.exec(message.slice(message.indexOf(') ') + 1))?.[1]?.replace(/^;/, '');
  const index = quoted ? text.split(/\r?\n/).findIndex((line) => line.includes(quoted)) : -1;
  return index >= 0 ? `${what} on line ${index + 1}` : what;
}

/** Reads every event in calendar text (a whole .ics file, or one pasted from an invitation). */
export function parseIcs(text: string, options: ParseOptions): ParseResult {
  let roots: ICAL.Component[];
  try {
    const parsed = ICAL.parse(calendarText(text).replace(/\r?\n/g, '\r\n')) as unknown[];
    // One calendar parses to its jCal array; several, to a list of them.
    const list = Array.isArray(parsed[0]) ? (parsed as unknown[][]) : [parsed];
    roots = list.map((jcal) => new ICAL.Component(jcal));
  } catch (error) {
    return {
      ok: false,
      problems: [`This is not a calendar file ical.js can read: ${parseFailure(error, text)}.`],
    };
  }
  const events = roots.flatMap((r) => (r.name === 'vevent' ? [r] : r.getAllSubcomponents('vevent')));
  if (events.length === 0) return { ok: false, problems: ['The calendar holds no event (no VEVENT).'] };
  const drafts: MeetingDraft[] = [];
  const notes: string[] = [];
  const problems: string[] = [];
  events.forEach((vevent, i) => {
    try {
      const draft = readEvent(vevent, options, notes);
      if (draft) drafts.push(draft);
    } catch (error) {
      const summary = String(vevent.getFirstPropertyValue('summary') ?? '').trim();
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(`Event ${i + 1}${summary ? ` ("${summary}")` : ''} could not be read: ${reason}.`);
    }
  });
  if (drafts.length === 0)
    return {
      ok: false,
      problems: problems.length > 0 ? problems : ['The calendar holds no event to import.', ...notes],
    };
  return { ok: true, value: { drafts, notes: [...problems, ...notes], rejected: problems } };
}
