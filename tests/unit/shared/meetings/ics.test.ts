import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaFrom } from '../../../../shared/meetings/ics.ts';
import { parseInvitation, type ParseResult } from '../../../../shared/meetings/invitation.ts';

const today = '2026-11-20';
const fixture = (name: string): string =>
  readFileSync(resolve(import.meta.dirname, `../../../fixtures/meetings-${name}.ics`), 'utf8');

function ok(result: ParseResult) {
  if (!result.ok) throw new Error(`expected to parse: ${result.problems.join(' ')}`);
  return result.value;
}

/** One event with the given DTSTART line, read in `timeZone`. */
function startOf(dtstart: string, timeZone: string): { start: string; notes: string[] } {
  const text = [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'SUMMARY:Sync',
    dtstart,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const value = ok(parseInvitation(text, { timeZone, today }));
  return { start: value.drafts[0]?.start ?? '', notes: value.notes };
}

describe('meeting starts', () => {
  it('keeps a floating time as written, whatever the zone', () => {
    expect(startOf('DTSTART:20261120T090000', 'America/New_York').start).toBe('2026-11-20T09:00');
    expect(startOf('DTSTART:20261120T090000', 'Asia/Tokyo').start).toBe('2026-11-20T09:00');
  });

  it('converts a UTC time to the zone it is read in', () => {
    expect(startOf('DTSTART:20261124T140000Z', 'Europe/Madrid').start).toBe('2026-11-24T15:00');
    expect(startOf('DTSTART:20261124T140000Z', 'America/New_York').start).toBe('2026-11-24T09:00');
    // Across midnight: the local date changes too.
    expect(startOf('DTSTART:20261124T230000Z', 'Asia/Tokyo').start).toBe('2026-11-25T08:00');
  });

  it('converts a time in a named zone (no VTIMEZONE) through the platform’s zone data', () => {
    expect(startOf('DTSTART;TZID=America/New_York:20261124T090000', 'Europe/Madrid').start).toBe(
      '2026-11-24T15:00',
    );
    // Summer time on one side only: New York is still on EDT on 30 Oct, Madrid back on CET.
    expect(startOf('DTSTART;TZID=America/New_York:20261030T090000', 'Europe/Madrid').start).toBe(
      '2026-10-30T14:00',
    );
    expect(startOf('DTSTART;TZID=Europe/Madrid:20261124T150000', 'Europe/Madrid').start).toBe(
      '2026-11-24T15:00',
    );
  });

  it('keeps a time in the hour skipped by the clock change as written in its own zone, and reads it as the hour after elsewhere', () => {
    expect(startOf('DTSTART;TZID=Europe/Madrid:20260329T023000', 'Europe/Madrid').start).toBe(
      '2026-03-29T02:30',
    );
    expect(startOf('DTSTART;TZID=Europe/Madrid:20260329T023000', 'UTC').start).toBe('2026-03-29T01:30');
  });

  it('converts Outlook’s own zone definition (VTIMEZONE) to the local zone', () => {
    const draft = ok(parseInvitation(fixture('outlook-steerco'), { timeZone: 'Europe/London', today }))
      .drafts[0];
    expect(draft?.start).toBe('2026-11-24T15:00');
    const madrid = ok(parseInvitation(fixture('outlook-steerco'), { timeZone: 'Europe/Madrid', today }));
    expect(madrid.drafts[0]?.start).toBe('2026-11-24T16:00');
  });

  it('keeps the time as written, and says so, when the zone is unknown', () => {
    const { start, notes } = startOf('DTSTART;TZID=Mars Standard Time:20261124T090000', 'Europe/Madrid');
    expect(start).toBe('2026-11-24T09:00');
    expect(notes.join(' ')).toContain('"Mars Standard Time" is not defined in the invitation');
  });

  it('starts an all-day event at 00:00 and says so', () => {
    const { start, notes } = startOf('DTSTART;VALUE=DATE:20261124', 'Europe/Madrid');
    expect(start).toBe('2026-11-24T00:00');
    expect(notes.join(' ')).toContain('all-day');
  });

  it('imports the next occurrence of a series, leaving out changed single occurrences and cancelled events', () => {
    const value = ok(parseInvitation(fixture('google-recurring'), { timeZone: 'Europe/London', today }));
    expect(value.drafts.map((d) => [d.title, d.start])).toEqual([['Data Platform sync', '2026-11-23T09:30']]);
    expect(value.notes).toEqual([
      '"Data Platform sync" repeats; the occurrence on 2026-11-23 at 09:30 is imported.',
      'A change to one occurrence of "Data Platform sync (moved)" was left out; the series is imported.',
      '"Retro" is cancelled; it was left out.',
    ]);
  });
});

describe('attendees and agenda', () => {
  const steerco = ok(parseInvitation(fixture('outlook-steerco'), { timeZone: 'Europe/London', today }));
  const draft = steerco.drafts[0];

  it('reads every attendee with a lower-case email and a readable name; rooms are left out', () => {
    expect(draft?.attendees).toEqual([
      { email: 'helen.park@example.com', name: 'Helen Park', organizer: false },
      { email: 'marcus.oyelaran@example.com', name: 'Marcus Oyelaran', organizer: false },
      { email: 'sofia.marchetti@provider.example', name: 'Sofia Marchetti', organizer: false },
      { email: 'jonas.berg@provider.example', name: 'Jonas Berg', organizer: false },
      // Outlook's "Nandakumar, Priya".
      { email: 'priya.nandakumar@example.com', name: 'Priya Nandakumar', organizer: true },
    ]);
    expect(steerco.notes).toEqual(['Board room (12) is a room, not a person; it was left out.']);
  });

  it('names an attendee from the email when the invitation gives only the address', () => {
    const value = ok(parseInvitation(fixture('google-recurring'), { timeZone: 'UTC', today }));
    expect(value.drafts[0]?.attendees.map((a) => a.name)).toEqual(['Kenji Watanabe', 'Tomas Beltran']);
  });

  it('takes the numbered lines of the description as the agenda, not the dial-in text', () => {
    expect(draft?.title).toBe('Steering committee: payments migration');
    expect(draft?.agenda).toEqual([
      'Milestone status',
      'Decision: legacy gateway fallback',
      'Budget forecast',
    ]);
    expect(draft?.uid).toBe('040000008200E00074C5B7101A82E00800000000steerco');
  });

  it('prefers the lines under an "Agenda" heading', () => {
    expect(agendaFrom('Hello\nAgenda:\n- One\nTwo\n\n- Not this: https://x')).toEqual(['One', 'Two']);
    expect(agendaFrom('Agenda: budget only')).toEqual(['budget only']);
    expect(agendaFrom('Join at https://meet.example.com\nDial 123')).toEqual([]);
  });
});

describe('pasted invitations and bad input', () => {
  it('reads calendar text pasted with lines around it, or without its VCALENDAR wrapper', () => {
    const event = fixture('readiness-review');
    const body = event.slice(event.indexOf('BEGIN:VEVENT'), event.indexOf('END:VCALENDAR'));
    for (const text of [`Forwarded invitation:\n${event}\nThanks`, body]) {
      const value = ok(parseInvitation(text, { timeZone: 'UTC', today }));
      expect(value.drafts[0]?.title).toBe('Q1 savings readiness review');
      expect(value.drafts[0]?.attendees).toHaveLength(4);
    }
  });

  it('falls back to the email addresses in plain text, with the subject as title', () => {
    const text =
      'Subject: Quick sync\nTo: Dana Whitfield <Dana.Whitfield@example.com>; "Berg, Jonas" <jonas.berg@provider.example>\nCc: x.y@example.com, dana.whitfield@example.com';
    const value = ok(parseInvitation(text, { timeZone: 'UTC', today }));
    expect(value.drafts).toEqual([
      {
        uid: null,
        title: 'Quick sync',
        start: '',
        agenda: [],
        attendees: [
          { email: 'dana.whitfield@example.com', name: 'Dana Whitfield', organizer: false },
          { email: 'jonas.berg@provider.example', name: 'Jonas Berg', organizer: false },
          { email: 'x.y@example.com', name: 'X Y', organizer: false },
        ],
      },
    ]);
    expect(value.notes[0]).toContain('Enter the title and the start');
  });

  it('says clearly what is wrong with a file it cannot read, never throwing', () => {
    const broken = parseInvitation(fixture('broken'), { timeZone: 'UTC', today });
    expect(broken).toEqual({
      ok: false,
      problems: ['This is not a calendar file ical.js can read: a line that is not NAME:value on line 6.'],
    });
    expect(parseInvitation('   ', { timeZone: 'UTC', today })).toEqual({
      ok: false,
      problems: ['The invitation is empty.'],
    });
    expect(parseInvitation('see you there!', { timeZone: 'UTC', today }).ok).toBe(false);
    expect(
      parseInvitation('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR', { timeZone: 'UTC', today }),
    ).toEqual({
      ok: false,
      problems: ['The calendar holds no event (no VEVENT).'],
    });
  });

  it('names the event whose start is not a date, and imports the others', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'SUMMARY:Bad',
      'DTSTART:2026-13',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'SUMMARY:Good',
      'DTSTART:20261124T100000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const value = ok(parseInvitation(text, { timeZone: 'UTC', today }));
    expect(value.drafts.map((d) => d.title)).toEqual(['Good']);
    expect(value.notes[0]).toMatch(/^Event 1 \("Bad"\) could not be read: /);
  });

  it.each([
    ['DTSTART:20261399T250000Z', 'DTSTART "20261399T250000Z" is not a real date and time (month 13)'],
    [
      'DTSTART;VALUE=DATE:20260230',
      'DTSTART "20260230" is not a real date and time (there is no day 30 in 2026-02)',
    ],
    ['DTSTART:20261124T250000Z', 'DTSTART "20261124T250000Z" is not a real date and time (hour 25)'],
    [
      'DTSTART;TZID=Europe/Madrid:20261124T106000',
      'DTSTART "20261124T106000" is not a real date and time (minute 60)',
    ],
    [
      'DTEND:20261131T100000',
      'DTEND "20261131T100000" is not a real date and time (there is no day 31 in 2026-11)',
    ],
  ])('rejects the event with %s as written, naming the field and value; the other imports', (line, why) => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'SUMMARY:Good',
      'DTSTART:20261124T100000',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'SUMMARY:Impossible',
      line.startsWith('DTEND') ? 'DTSTART:20261124T090000' : line,
      ...(line.startsWith('DTEND') ? [line] : []),
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const value = ok(parseInvitation(text, { timeZone: 'UTC', today }));
    expect(value.drafts.map((d) => [d.title, d.start])).toEqual([['Good', '2026-11-24T10:00']]);
    expect(value.rejected).toEqual([`Event 2 ("Impossible") could not be read: ${why}.`]);
    expect(value.notes).toContain(value.rejected[0]);
  });

  it('takes a leap day, a leap second and midnight as written', () => {
    expect(startOf('DTSTART;VALUE=DATE:20280229', 'UTC').start).toBe('2028-02-29T00:00');
    expect(startOf('DTSTART:20261231T235960', 'UTC').start).toBe('2027-01-01T00:00');
    expect(startOf('DTSTART:20261124T000000', 'UTC').start).toBe('2026-11-24T00:00');
  });
});
