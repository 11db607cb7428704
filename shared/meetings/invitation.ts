/**
 * Whatever the user gives us as an invitation: an .ics file, calendar text pasted from one, or,
 * failing that, any text with email addresses in it (a pasted email's To line, a list). The last
 * gives attendees only; the user then enters the title and the start.
 */
import {
  displayName,
  parseIcs,
  type InvitationAttendee,
  type ParseOptions,
  type ParseResult,
} from './ics.ts';

export type { InvitationAttendee, MeetingDraft, ParseOptions, ParseResult } from './ics.ts';

/**
 * `"Name" <email>`, `Name <email>` or a bare email. An unquoted name may not hold separators or
 * colons, so "To: Dana <dana@…>; Aisha <aisha@…>" gives two clean names.
 */
const ADDRESS =
  /(?:"([^"\n\r]*)"\s*<|([^"<>,;:\n\r]*?)\s*<)?([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})>?/g;

function fromPlainText(text: string): ParseResult {
  const attendees: InvitationAttendee[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    const email = (match[3] ?? '').toLowerCase();
    if (attendees.some((a) => a.email === email)) continue;
    attendees.push({ email, name: displayName(match[1] ?? match[2] ?? '', email), organizer: false });
  }
  if (attendees.length === 0)
    return {
      ok: false,
      problems: [
        'Nothing to import: the text is not a calendar invitation (no BEGIN:VEVENT) and holds no email addresses.',
      ],
    };
  const title = /^\s*(?:subject|title)\s*:\s*(.+)$/im.exec(text)?.[1]?.trim() ?? '';
  return {
    ok: true,
    value: {
      drafts: [{ uid: null, title, start: '', attendees, agenda: [] }],
      notes: [
        `Not a calendar invitation: ${attendees.length} attendee${attendees.length === 1 ? '' : 's'} taken from the email addresses in the text. Enter the title and the start.`,
      ],
    },
  };
}

/** Reads an invitation: calendar text when it has an event, else the email addresses in it. */
export function parseInvitation(text: string, options: ParseOptions): ParseResult {
  if (text.trim() === '') return { ok: false, problems: ['The invitation is empty.'] };
  if (/BEGIN:VEVENT/i.test(text) || /BEGIN:VCALENDAR/i.test(text)) return parseIcs(text, options);
  return fromPlainText(text);
}
