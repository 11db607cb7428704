import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { FIXTURE_TODAY, fixtureText } from '../../../helpers/fixture.ts';
import { capture } from '../../../helpers/cli.ts';

const ics = (name: string) => resolve(import.meta.dirname, `../../../fixtures/meetings-${name}.ics`);
let dir: string;
let program: string;

async function saved(): Promise<ProgramFile> {
  return JSON.parse(await readFile(program, 'utf8')) as ProgramFile;
}

async function run(...args: string[]) {
  const { lines, io } = capture();
  const code = await main(['meetings', 'import', program, ...args, '--today', FIXTURE_TODAY], io);
  return { code, ...lines };
}

beforeAll(async () => {
  process.env.LIAISON_DATA_DIR = await mkdtemp(join(tmpdir(), 'liaison-cli-data-'));
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-meetings-'));
  program = join(dir, 'program.json');
  await writeFile(program, fixtureText());
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('liaison meetings import', () => {
  it('adds the meeting with the attendees on the map, and lists the unknown ones it left out', async () => {
    const r = await run('--ics', ics('readiness-review'));
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      'Added meeting "Q1 savings readiness review" (mt-q1-savings-readiness-review), 20 Nov 2026 at 09:00',
      '  attendees: Dana Whitfield <dana.whitfield@example.com>, Aisha Rahman <aisha.rahman@example.com>',
      'Not on the map, left out: Noah Fischer <noah.fischer@example.com>',
      'Run again with --add-unknown to add them as new stakeholders.',
    ]);
    const file = await saved();
    expect(file.meetings.at(-1)).toMatchObject({
      id: 'mt-q1-savings-readiness-review',
      start: '2026-11-20T09:00',
      attendeeIds: ['s-cfo', 's-sec'],
      agenda: ['PCI assessment and the 10% ramp', 'Savings forecast'],
    });
    expect(file.stakeholders.some((s) => s.email === 'noah.fischer@example.com')).toBe(false);
  });

  it('with --add-unknown, adds them as new stakeholders; run again, updates the same meeting', async () => {
    expect((await run('--ics', ics('readiness-review'))).code).toBe(0);
    const r = await run('--ics', ics('readiness-review'), '--add-unknown');
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      'Updated meeting "Q1 savings readiness review" (mt-q1-savings-readiness-review), 20 Nov 2026 at 09:00',
      '  attendees: Dana Whitfield <dana.whitfield@example.com>, Aisha Rahman <aisha.rahman@example.com>, Noah Fischer <noah.fischer@example.com> (new)',
      'Added stakeholder Noah Fischer <noah.fischer@example.com> (s-noah-fischer): peer, medium influence and interest, neutral; refine them on the map.',
    ]);
    const file = await saved();
    expect(file.meetings).toHaveLength(3);
    expect(file.meetings.at(-1)?.attendeeIds).toEqual(['s-cfo', 's-sec', 's-noah-fischer']);
    expect(file.stakeholders.find((s) => s.id === 's-noah-fischer')).toMatchObject({
      group: 'peer',
      stance: 'neutral',
      notes: '',
    });
  });

  it('converts zoned times to the given --time-zone', async () => {
    const r = await run('--ics', ics('outlook-steerco'), '--time-zone', 'America/New_York');
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe(
      'Added meeting "Steering committee: payments migration" (mt-steering-committee-payments), 24 Nov 2026 at 10:00',
    );
    expect(r.err).toContain('note: Board room (12) is a room, not a person; it was left out.');
  });

  it('writes nothing with --dry-run', async () => {
    const before = await readFile(program, 'utf8');
    const r = await run('--ics', ics('readiness-review'), '--add-unknown', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^Would add meeting "Q1 savings readiness review"/);
    expect(r.err).toContain('--dry-run: the program file was not changed.');
    expect(await readFile(program, 'utf8')).toBe(before);
  });

  it('refuses a file that is not a calendar, naming it, and changes nothing', async () => {
    const before = await readFile(program, 'utf8');
    const r = await run('--ics', ics('broken'));
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `${ics('broken')}: This is not a calendar file ical.js can read: a line that is not NAME:value on line 6.`,
    ]);
    const missing = await run('--ics', join(dir, 'nope.ics'));
    expect(missing.code).toBe(1);
    expect(missing.err).toEqual([`Cannot read ${join(dir, 'nope.ics')}: ENOENT.`]);
    expect(await readFile(program, 'utf8')).toBe(before);
  });

  it('refuses a list of emails without a start (that needs the app), and bad arguments', async () => {
    const list = join(dir, 'list.txt');
    await writeFile(list, 'dana.whitfield@example.com, aisha.rahman@example.com');
    const r = await run('--ics', list);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${list}: The meeting needs a title.`);
    expect(r.err).toContain(`${list}: The meeting needs a start (date and time).`);
    expect((await run()).err[0]).toBe('meetings import needs --ics <ics>.');
    expect((await run('--ics', ics('readiness-review'), '--time-zone', 'Mars/Base')).code).toBe(2);
    const { io, lines } = capture();
    expect(await main(['meetings', 'export', program], io)).toBe(2);
    expect(lines.err[0]).toBe('meetings takes: meetings import <file> --ics <ics>.');
  });

  it('imports the valid event, names the one with an impossible start and its value, and exits 1', async () => {
    const two = join(dir, 'two.ics');
    await writeFile(
      two,
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:bad@example.com',
        'SUMMARY:Impossible sync',
        'DTSTART:20261399T250000Z',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:good@example.com',
        'SUMMARY:Vendor check-in',
        'DTSTART:20261202T100000',
        'ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@example.com',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const r = await run('--ics', two);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `${two}: Event 1 ("Impossible sync") could not be read: DTSTART "20261399T250000Z" is not a real date and time (month 13).`,
      '1 event was not imported; the others were saved.',
    ]);
    expect(r.out[0]).toBe('Added meeting "Vendor check-in" (mt-vendor-check-in), 2 Dec 2026 at 10:00');
    const file = await saved();
    expect(file.meetings.map((m) => m.title)).toContain('Vendor check-in');
    expect(file.meetings.some((m) => m.title === 'Impossible sync')).toBe(false);
  });
});
