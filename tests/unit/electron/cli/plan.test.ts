import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import { docxParts, wordText, xmlProblems } from '../../../helpers/docx.ts';
import { fixtureData, fixtureText } from '../../../helpers/fixture.ts';
import { libreOfficeFailures, pythonDocxFailures } from '../../../helpers/office.ts';
import { capture } from '../../../helpers/cli.ts';

let dir: string;
let program: string;

beforeAll(async () => {
  process.env.LIAISON_DATA_DIR = await mkdtemp(join(tmpdir(), 'liaison-cli-data-'));
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-plan-'));
  program = join(dir, 'program.json');
  await writeFile(program, fixtureText());
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Event {
  uid: string;
  summary: string;
  start: string;
  allDay: boolean;
}

function events(text: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString(), allDay: e.startDate.isDate };
  });
}

async function run(...args: string[]) {
  const { lines, io } = capture();
  const code = await main(['plan', program, ...args], io);
  return { code, lines };
}

const privateNotes = () => fixtureData().stakeholders.flatMap((s) => (s.notes ? [s.notes] : []));

describe('liaison plan', () => {
  it('writes a calendar with every reader with a cadence, none as-needed, the meetings, stable unique UIDs', async () => {
    const ics = join(dir, 'p.ics');
    const csv = join(dir, 'p.csv');
    const first = await run('--weeks', '8', '--today', '2026-11-20', '--ics', ics, '--csv', csv);
    expect(first.lines.err).toEqual([]);
    expect(first.code).toBe(0);
    const text = await readFile(ics, 'utf8');
    const list = events(text);
    const count = (summary: string) => list.filter((e) => e.summary === summary).length;
    expect(count('Send the executive brief to Dana Whitfield')).toBe(4);
    expect(list.find((e) => e.summary === 'Send the executive brief to Dana Whitfield')).toMatchObject({
      start: '2026-11-20',
      allDay: true,
    });
    for (const name of ['Marcus Oyelaran', 'Priya Nandakumar', 'Tomás Beltrán'])
      expect(list.filter((e) => e.summary.endsWith(` to ${name}`)).length).toBeGreaterThanOrEqual(8);
    const withCadence = fixtureData().stakeholders.filter((s) => s.preferences.cadence !== 'as-needed');
    for (const s of withCadence) expect(list.some((e) => e.summary.endsWith(` to ${s.name}`))).toBe(true);
    expect(text).not.toContain('Robert Chen');
    expect(list.filter((e) => !e.allDay).map((e) => [e.summary, e.start])).toEqual([
      ['Data Platform sync', '2026-11-23T10:30:00'],
      ['Monthly steering committee', '2026-11-24T15:00:00'],
    ]);
    const uids = list.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);

    const again = join(dir, 'again.ics');
    expect((await run('--weeks', '8', '--today', '2026-11-20', '--ics', again)).code).toBe(0);
    expect(events(await readFile(again, 'utf8')).map((e) => e.uid)).toEqual(uids);

    const rows = Papa.parse<string[]>((await readFile(csv, 'utf8')).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toContain('Next due');
    expect(rows.slice(1).map((r) => r[0])).toEqual(fixtureData().stakeholders.map((s) => s.name));
    for (const note of privateNotes()) {
      expect(text).not.toContain(note);
      expect(await readFile(csv, 'utf8')).not.toContain(note);
    }
  });

  it('prints the weeks as text when no output is asked for', async () => {
    const { code, lines } = await run('--today', '2026-11-20', '--weeks', '2');
    expect(code).toBe(0);
    const out = lines.out.join('\n');
    expect(out).toMatch(/^Week 1 · 20 Nov – 26 Nov 2026/);
    expect(out).toContain('Week 2 · 27 Nov – 3 Dec 2026');
    expect(out).not.toContain('Week 3');
    expect(out).toContain('24 Nov 2026  Monthly steering committee');
  });

  it('refuses a bad --weeks in one line, and an existing file without --force', async () => {
    for (const weeks of ['-1', '0', '1000', 'many']) {
      const { code, lines } = await run('--weeks', weeks, '--today', '2026-11-20');
      expect(code).toBe(2);
      expect(lines.err).toEqual([`--weeks must be a whole number from 1 to 52, not "${weeks}".`]);
    }
    const ics = join(dir, 'p.ics');
    const csv = join(dir, 'p.csv');
    await writeFile(ics, 'mine');
    const refused = await run('--today', '2026-11-20', '--csv', csv, '--ics', ics);
    expect(refused.code).toBe(1);
    expect(refused.lines.err).toEqual([`${ics} already exists; add --force to replace it.`]);
    expect(await readFile(ics, 'utf8')).toBe('mine');
    await expect(readFile(csv, 'utf8')).rejects.toThrow(); // nothing half written
    expect((await run('--today', '2026-11-20', '--ics', ics, '--force')).code).toBe(0);
    expect(await readFile(ics, 'utf8')).toContain('BEGIN:VCALENDAR');
  });

  it('says in one line when the path cannot be written', async () => {
    const missing = join(dir, 'no-such-folder', 'p.ics');
    const { code, lines } = await run('--today', '2026-11-20', '--ics', missing);
    expect(code).toBe(1);
    expect(lines.err).toEqual([`Could not write ${missing}: its folder does not exist.`]);
    const aFile = join(dir, 'a-file');
    await writeFile(aFile, 'not a folder');
    const blocked = await run('--today', '2026-11-20', '--csv', join(aFile, 'p.csv'));
    expect(blocked.code).toBe(1);
    expect(blocked.lines.err).toEqual([
      `Could not write ${join(aFile, 'p.csv')}: its folder does not exist.`,
    ]);
    const asFolder = await run('--today', '2026-11-20', '--ics', dir);
    expect(asFolder.lines.err).toEqual([`${dir} is a folder, not a file name.`]);
  });

  it('writes the Word plan into a folder, never over an earlier one', async () => {
    const out = join(dir, 'docs');
    const first = await run('--today', '2026-11-20', '--docx', out);
    const second = await run('--today', '2026-11-20', '--docx', out);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.lines.out[0]).toContain(
      '2026-11-20 Checkout Payments Migration - Communication plan (8 weeks).docx',
    );
    expect(second.lines.out[0]).toContain('Communication plan (8 weeks) (2).docx');
    const path = join(out, '2026-11-20 Checkout Payments Migration - Communication plan (8 weeks).docx');
    expect(pythonDocxFailures([path])).toEqual([]);
    expect(libreOfficeFailures([path])).toEqual([]);
    const parts = await docxParts(await readFile(path));
    const xml = parts['word/document.xml'] ?? '';
    expect(xmlProblems(xml)).toEqual([]);
    const text = wordText(xml);
    expect(text).toContain('Who hears what');
    expect(text).toContain('Send the executive brief to Dana Whitfield');
    expect(text).toContain('Week 8 · 8 Jan – 14 Jan 2027');
    for (const note of privateNotes()) expect(text).not.toContain(note);
  }, 60_000);
});
