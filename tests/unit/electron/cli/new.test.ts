import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { capture } from '../../../helpers/cli.ts';

let dir: string;

beforeAll(async () => {
  process.env.LIAISON_DATA_DIR = await mkdtemp(join(tmpdir(), 'liaison-cli-data-'));
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-new-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as ProgramFile;

describe('liaison new', () => {
  it('writes an empty program that validate accepts, with the sponsor as its one stakeholder', async () => {
    const path = join(dir, 'x.json');
    const { lines, io } = capture();
    const args = ['new', path, '--name', 'Data Lakehouse', '--start', '2026-12-01', '--end', '2026-12-14'];
    expect(await main([...args, '--sponsor', 'Ana Lima'], io)).toBe(0);
    expect(lines.err).toEqual([]);
    const file = await read(path);
    expect(file.program.name).toBe('Data Lakehouse');
    expect(file.program.period).toEqual({ start: '2026-12-01', end: '2026-12-14' });
    expect(file.milestones).toEqual([]);
    expect(file.risks).toEqual([]);
    expect(file.decisions).toEqual([]);
    expect(file.stakeholders.map((s) => s.name)).toEqual(['Ana Lima']);
    expect(file.program.sponsorId).toBe(file.stakeholders[0]?.id);
    expect(file.stakeholders[0]?.group).toBe('sponsor');

    const check = capture();
    expect(await main(['validate', path], check.io)).toBe(0);
    expect(check.lines.out[0]).toContain('1 stakeholders, 0 milestones, 0 risks, 0 decisions');
  });

  it('defaults to a two-week period from today and a sponsor to rename, and says so', async () => {
    const path = join(dir, 'y.json');
    const { lines, io } = capture();
    expect(await main(['new', path, '--name', 'Y', '--today', '2026-12-03'], io)).toBe(0);
    const file = await read(path);
    expect(file.program.period).toEqual({ start: '2026-12-03', end: '2026-12-16' });
    expect(file.stakeholders[0]?.name).toBe('Sponsor');
    expect(lines.out.join('\n')).toContain('No --sponsor given');
  });

  it('never writes over an existing file', async () => {
    const path = join(dir, 'taken.json');
    await writeFile(path, 'mine');
    const { lines, io } = capture();
    expect(await main(['new', path, '--name', 'Z'], io)).toBe(1);
    expect(lines.err.join('\n')).toContain('already exists');
    expect(await readFile(path, 'utf8')).toBe('mine');
  });

  it('refuses a period that ends before it starts, or a missing name, and writes nothing', async () => {
    const path = join(dir, 'bad.json');
    const bad = capture();
    expect(
      await main(['new', path, '--name', 'B', '--start', '2026-12-10', '--end', '2026-12-01'], bad.io),
    ).toBe(2);
    expect(bad.lines.err[0]).toBe('The period ends (2026-12-01) before it starts (2026-12-10).');
    const noName = capture();
    expect(await main(['new', path], noName.io)).toBe(2);
    await expect(readFile(path)).rejects.toThrow();
  });

  it('writes the demo with --demo', async () => {
    const path = join(dir, 'demo.json');
    const { io } = capture();
    expect(await main(['new', path, '--demo', '--today', '2026-12-01'], io)).toBe(0);
    expect((await read(path)).milestones.length).toBeGreaterThan(0);
  });
});
