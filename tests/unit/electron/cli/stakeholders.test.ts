import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { fixtureText } from '../../../helpers/fixture.ts';
import { capture } from '../../../helpers/cli.ts';

let dir: string;
let program: string;

async function saved(): Promise<ProgramFile> {
  return JSON.parse(await readFile(program, 'utf8')) as ProgramFile;
}

beforeAll(async () => {
  process.env.LIAISON_DATA_DIR = await mkdtemp(join(tmpdir(), 'liaison-cli-data-'));
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-stakeholders-'));
  program = join(dir, 'program.json');
  await writeFile(program, fixtureText());
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const CSV =
  'Name,E-mail,Stance,Favourite colour\n' +
  'Dana Whitfield,dana.whitfield@example.com,skeptic,blue\n' +
  'Nora Quist,nora@example.com,champion,green\n' +
  'Bob Bad,bob@,neutral,red\n';

describe('liaison stakeholders import', () => {
  it('prints the mapping and every added, updated and rejected row, saves the others, and exits 1', async () => {
    const csv = join(dir, 'people.csv');
    await writeFile(csv, CSV);
    const { lines, io } = capture();
    const code = await main(['stakeholders', 'import', program, '--csv', csv], io);
    expect(code).toBe(1);
    expect(lines.out).toEqual([
      'Columns: "Name" → Name, "E-mail" → Email, "Stance" → Stance, "Favourite colour" (ignored)',
      'added: Nora Quist (s-nora-quist), row 3',
      'updated: Dana Whitfield (s-cfo), row 2: Stance',
      '1 added, 1 updated, 0 unchanged, 1 rejected. Saved program.json.',
    ]);
    expect(lines.err).toEqual([
      'rejected: row 4: Email: "bob@" is not an email address',
      '1 row was rejected; the other rows were imported.',
    ]);
    const file = await saved();
    expect(file.stakeholders).toHaveLength(11);
    expect(file.stakeholders.find((s) => s.id === 's-cfo')?.stance).toBe('skeptic');
    expect(file.stakeholders.some((s) => s.name === 'Bob Bad')).toBe(false);
  });

  it('changes nothing on disk with --dry-run', async () => {
    const csv = join(dir, 'people.csv');
    await writeFile(csv, CSV);
    const before = await readFile(program, 'utf8');
    const { lines, io } = capture();
    await main(['stakeholders', 'import', program, '--csv', csv, '--dry-run'], io);
    expect(lines.out.at(-1)).toBe(
      '1 added, 1 updated, 0 unchanged, 1 rejected. --dry-run: program.json was not changed.',
    );
    expect(await readFile(program, 'utf8')).toBe(before);
  });

  it('refuses a CSV with nothing to match people by, and a missing CSV, writing nothing', async () => {
    const csv = join(dir, 'titles.csv');
    await writeFile(csv, 'Title\nBoss\n');
    const before = await readFile(program, 'utf8');
    const first = capture();
    expect(await main(['stakeholders', 'import', program, '--csv', csv], first.io)).toBe(1);
    expect(first.lines.err[0]).toBe(
      'titles.csv: No column fills Name, Email or Id: there is nothing to find or create people by.',
    );
    const second = capture();
    expect(await main(['stakeholders', 'import', program, '--csv', join(dir, 'nope.csv')], second.io)).toBe(
      1,
    );
    expect(second.lines.err).toEqual([`${join(dir, 'nope.csv')} does not exist.`]);
    expect(await readFile(program, 'utf8')).toBe(before);
  });

  it('says how to use it when --csv is missing', async () => {
    const { lines, io } = capture();
    expect(await main(['stakeholders', 'import', program], io)).toBe(2);
    expect(lines.err[0]).toBe('stakeholders import needs --csv <csv>.');
  });
});

describe('liaison stakeholders export', () => {
  it('writes every person without their notes, and refuses to replace a CSV unless --force', async () => {
    const csv = join(dir, 'out.csv');
    const first = capture();
    expect(await main(['stakeholders', 'export', program, '--csv', csv], first.io)).toBe(0);
    expect(first.lines.out).toEqual([`Wrote 10 stakeholders to ${csv} (private notes are never exported).`]);
    const text = await readFile(csv, 'utf8');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(11);
    const file = await saved();
    for (const s of file.stakeholders) if (s.notes) expect(text).not.toContain(s.notes.slice(0, 20));

    await writeFile(csv, 'keep me');
    const second = capture();
    expect(await main(['stakeholders', 'export', program, '--csv', csv], second.io)).toBe(1);
    expect(second.lines.err).toEqual([`${csv} already exists; add --force to replace it.`]);
    expect(await readFile(csv, 'utf8')).toBe('keep me');

    const third = capture();
    expect(await main(['stakeholders', 'export', program, '--csv', csv, '--force'], third.io)).toBe(0);
    expect(await readFile(csv, 'utf8')).toBe(text);
  });

  it('round-trips: importing an export changes nobody', async () => {
    const csv = join(dir, 'out.csv');
    await main(['stakeholders', 'export', program, '--csv', csv], capture().io);
    const before = await readFile(program, 'utf8');
    const { lines, io } = capture();
    expect(await main(['stakeholders', 'import', program, '--csv', csv], io)).toBe(0);
    expect(lines.out.at(-1)).toBe(
      '0 added, 0 updated, 10 unchanged, 0 rejected. Nothing to change in program.json.',
    );
    expect(await readFile(program, 'utf8')).toBe(before);
  });
});
