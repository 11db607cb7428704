import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { capture } from '../../../helpers/cli.ts';
import { fixtureText } from '../../../helpers/fixture.ts';

const EXPORTS = resolve(import.meta.dirname, '../../../fixtures/tracker');
let dir: string;
let program: string;

beforeAll(async () => {
  process.env.LIAISON_DATA_DIR = await mkdtemp(join(tmpdir(), 'liaison-cli-data-'));
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-items-'));
  program = join(dir, 'program.json');
  await writeFile(program, fixtureText());
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const saved = async () => JSON.parse(await readFile(program, 'utf8')) as ProgramFile;
const run = async (csv: string, ...more: string[]) => {
  const { lines, io } = capture();
  const code = await main(
    ['items', 'import', program, '--csv', join(EXPORTS, csv), '--today', '2026-11-20', ...more],
    io,
  );
  return { code, lines };
};

describe('liaison items import', () => {
  it('adds the epics, tasks and risk with their keys and labels, reports the bad row and the stranger, exits 1', async () => {
    const before = await saved();
    const { code, lines } = await run('jira-export.csv');
    expect(code).toBe(1);
    const after = await saved();
    const tracked = <T extends { externalKey?: string }>(list: T[]) => list.filter((x) => x.externalKey);
    expect(tracked(after.milestones).map((m) => m.externalKey)).toEqual(['PAY-101', 'PAY-102']);
    expect(tracked(after.actions).map((a) => a.externalKey)).toEqual(['PAY-103', 'PAY-104', 'PAY-105']);
    expect(tracked(after.risks).map((r) => r.externalKey)).toEqual(['PAY-106']);
    expect(after.milestones.length - before.milestones.length).toBe(2);
    expect(after.actions.length - before.actions.length).toBe(3);
    expect(after.risks.length - before.risks.length).toBe(1);

    const ledger = after.milestones.find((m) => m.externalKey === 'PAY-101');
    expect(ledger).toMatchObject({
      title: 'Ledger cutover',
      source: 'jira',
      status: 'on-track',
      ownerId: 's-staff', // "Tomas Beltran" is Tomás Beltrán, accents ignored
      topics: ['ledger', 'cutover'], // both Labels columns
      window: { earliest: '2026-12-01', likely: '2027-01-15', latest: '2027-01-15' },
      technical: 'Move the ledger writes to the new service behind a flag.',
      business: '',
    });
    expect(after.milestones.find((m) => m.externalKey === 'PAY-102')?.ownerId).toBe('s-sec'); // email, any case
    expect(after.risks.find((r) => r.externalKey === 'PAY-106')?.topics).toEqual(['security', 'peak']);
    const stranger = after.actions.find((a) => a.externalKey === 'PAY-105');
    expect(stranger).toMatchObject({ ownerId: 's-cfo', status: 'done' });

    expect(lines.err).toContain('rejected: row 8: Summary: missing: a new action needs a summary');
    expect(lines.err).toContain(
      'row 6: assignee "Jordan Blake" (PAY-105) is not on the stakeholder map; the owner is left as Dana Whitfield (the sponsor).',
    );
    expect(lines.out.at(-1)).toBe('6 added, 0 updated, 0 unchanged, 1 rejected. Saved program.json.');

    const check = capture();
    expect(await main(['validate', program], check.io)).toBe(0);
  });

  it('a second export with an epic moved: moves it, keeps its baseline, records the reason, duplicates nothing', async () => {
    await run('jira-export.csv');
    const first = await saved();
    const { code, lines } = await run('jira-export-moved.csv', '--reason', 'Vendor delay');
    expect(code).toBe(1); // the row without a summary is still in the export
    const after = await saved();
    expect(after.milestones).toHaveLength(first.milestones.length);
    expect(after.actions).toHaveLength(first.actions.length);
    expect(after.risks).toHaveLength(first.risks.length);
    const ledger = after.milestones.find((m) => m.externalKey === 'PAY-101');
    expect(ledger).toMatchObject({
      window: { earliest: '2026-12-01', likely: '2027-02-05', latest: '2027-02-05' },
      baseline: '2027-01-15',
      changeReason: 'Vendor delay',
    });
    expect(lines.out).toContain(
      'moved: PAY-101 "Ledger cutover" from 15 Jan 2027 to 5 Feb 2027; committed date 15 Jan 2027 kept, reason: Vendor delay',
    );
    expect(lines.out.at(-1)).toBe('0 added, 1 updated, 5 unchanged, 1 rejected. Saved program.json.');
  });

  it('without --reason records that the tracker import moved it, and --dry-run changes nothing', async () => {
    await run('jira-export.csv');
    const copy = join(dir, 'copy.json');
    await copyFile(program, copy);
    const dry = await run('jira-export-moved.csv', '--dry-run');
    expect(dry.lines.out.at(-1)).toContain('--dry-run: program.json was not changed.');
    expect(await readFile(program, 'utf8')).toBe(await readFile(copy, 'utf8'));
    await run('jira-export-moved.csv');
    const ledger = (await saved()).milestones.find((m) => m.externalKey === 'PAY-101');
    expect(ledger?.changeReason).toBe('Moved in tracker import on 20 Nov 2026');
  });

  it('refuses an export with no key column and imports nothing', async () => {
    const csv = join(dir, 'nokey.csv');
    await writeFile(csv, 'Summary,Status\nSomething,Done\n');
    const before = await readFile(program, 'utf8');
    const { lines, io } = capture();
    expect(await main(['items', 'import', program, '--csv', csv], io)).toBe(1);
    expect(lines.err[0]).toContain('No column holds the tracker’s key');
    expect(await readFile(program, 'utf8')).toBe(before);
  });
});
