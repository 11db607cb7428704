/**
 * The command line says everything: `report` and `checklist` on an invalid file list every
 * problem with its path, exactly as `validate` does, and exit 1 without writing anything.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import { capture } from '../../../helpers/cli.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { brokenProgramText, fixtureText } from '../../../helpers/fixture.ts';

let dir: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'liaison-cli-data-'));
  process.env.LIAISON_DATA_DIR = dataDir;
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-delivery-'));
  return () => rm(dir, { recursive: true, force: true });
});

describe('an invalid program file', () => {
  const commands: Array<[string, string[]]> = [
    ['report', ['--stakeholder', 's-cfo']],
    ['checklist', ['--meeting', 'mt-steerco']],
  ];
  for (const [command, args] of commands) {
    it(`${command} prints every problem with its path, as validate does, and exits 1`, async () => {
      const path = join(dir, 'p.json');
      const text = brokenProgramText();
      await writeFile(path, text);
      const out = join(dir, 'out');
      const validated = capture();
      expect(await main(['validate', path], validated.io)).toBe(1);

      const { lines, io } = capture();
      const code = await main([command, path, ...args, '--today', '2026-11-20', '--out', out], io);
      expect(code).toBe(1);
      expect(lines.out).toEqual([]);
      expect(lines.err[0]).toMatch(/^p\.json has \d+ problems\.$/);
      expect(lines.err.some((l) => l.startsWith('milestones[0].ownerId:') && l.includes('s-ghost'))).toBe(
        true,
      );
      expect(
        lines.err.some((l) => l.startsWith('milestones[2].window.latest:') && l.includes('before earliest')),
      ).toBe(true);
      expect(lines.err.some((l) => l.startsWith('risks[1].id:') && l.includes('duplicate id "m-pci"'))).toBe(
        true,
      );
      // The same lines validate prints: one way of saying it.
      expect(lines.err).toEqual(validated.lines.err);
      await expect(readdir(out)).rejects.toThrow();
      expect(await readFile(path, 'utf8')).toBe(text);
    });
  }
});

describe('a stale reporting period', () => {
  it('report warns before writing, and period next moves the period by its own length', async () => {
    const path = join(dir, 'p.json');
    await writeFile(path, fixtureText());
    const out = join(dir, 'out');
    const report = () =>
      main(['report', path, '--stakeholder', 's-cfo', '--today', '2026-12-01', '--out', out], io);
    let { lines, io } = capture();
    expect(await report()).toBe(0);
    const warning = lines.err.findIndex((l) => l.includes('The reporting period ended on 20 Nov 2026.'));
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(lines.err[warning]).toContain('liaison period next');

    ({ lines, io } = capture());
    expect(await main(['period', 'next', path], io)).toBe(0);
    expect(lines.out).toEqual([
      'The reporting period moved from 9 Nov – 20 Nov 2026 to 21 Nov – 2 Dec 2026.',
    ]);
    const saved = JSON.parse(await readFile(path, 'utf8')) as ProgramFile;
    expect(saved.program.period).toEqual({ start: '2026-11-21', end: '2026-12-02' });

    ({ lines, io } = capture());
    expect(await report()).toBe(0);
    expect(lines.err.filter((l) => l.includes('reporting period ended'))).toEqual([]);
  });

  it('period next refuses anything but "next <file>"', async () => {
    const { lines, io } = capture();
    expect(await main(['period', 'previous', join(dir, 'p.json')], io)).toBe(2);
    expect(lines.err[0]).toBe('period takes: period next <file>.');
  });
});
