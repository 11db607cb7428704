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
  const byEmail = new Map<string, InvitationAttendee>();
  for (const match of text.matchAll(ADDRESS)) {
    const email = (match[3] ?? '').toLowerCase();
    if (!byEmail.has(email))
      byEmail.set(email, { email, name: displayName(match[1] ?? match[2] ?? '', email), organizer: false });
  }
  const attendees = [...byEmail.values()];
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
      rejected: [],
    },
  };
}

/** The most one import may hold: beyond it the user is asked to split the invitation. */
export const INVITATION_LIMITS = { characters: 20 * 1024 * 1024, attendees: 100_000 } as const;

/** Attendee lines in calendar text, counted before it is parsed (a folded line does not start one). */
function attendeeLines(text: string): number {
  return text.match(/^ATTENDEE[;:]/gim)?.length ?? 0;
}

function tooLarge(what: string): ParseResult {
  return { ok: false, problems: [`${what} Split it into smaller invitations and import each.`] };
}

/** Reads an invitation: calendar text when it has an event, else the email addresses in it. */
export function parseInvitation(text: string, options: ParseOptions): ParseResult {
  if (text.trim() === '') return { ok: false, problems: ['The invitation is empty.'] };
  const { characters, attendees } = INVITATION_LIMITS;
  if (text.length > characters)
    return tooLarge(
      `The invitation is ${(text.length / 1024 / 1024).toFixed(1)} MB; one import holds at most ${characters / 1024 / 1024} MB.`,
    );
  const calendar = /BEGIN:VEVENT/i.test(text) || /BEGIN:VCALENDAR/i.test(text);
  // Calendar text is counted before parsing, so an oversized one costs a scan, not a parse.
  const before = calendar ? attendeeLines(text) : 0;
  const result = before > attendees ? null : calendar ? parseIcs(text, options) : fromPlainText(text);
  const count = result?.ok && !calendar ? (result.value.drafts[0]?.attendees.length ?? 0) : before;
  if (!result || count > attendees)
    return tooLarge(
      `The invitation has ${count.toLocaleString('en-GB')} attendees; one import holds at most ${attendees.toLocaleString('en-GB')}.`,
    );
  return result;
}
