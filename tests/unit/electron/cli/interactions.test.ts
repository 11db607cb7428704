import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { capture } from '../../../helpers/cli.ts';
import { fixtureText } from '../../../helpers/fixture.ts';

const EMAILS = resolve(import.meta.dirname, '../../../fixtures/email');
const eml = (name: string) => join(EMAILS, name);
let dir: string;
let program: string;

beforeAll(async () => {
  process.env.LIAISON_DATA_DIR = await mkdtemp(join(tmpdir(), 'liaison-cli-data-'));
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-eml-'));
  program = join(dir, 'program.json');
  await writeFile(program, fixtureText());
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const saved = async () => JSON.parse(await readFile(program, 'utf8')) as ProgramFile;
const logOf = (file: ProgramFile, id: string) =>
  file.stakeholders.find((s) => s.id === id)?.interactions ?? [];

describe('liaison interactions import', () => {
  it('logs the CFO’s email once for her and the security lead in Cc, and lists the stranger', async () => {
    const before = await saved();
    const { lines, io } = capture();
    const files = [eml('cfo-budget.eml'), eml('cfo-budget-again.eml'), eml('stranger.eml')];
    expect(await main(['interactions', 'import', program, '--eml', ...files], io)).toBe(0);
    const after = await saved();
    for (const id of ['s-cfo', 's-sec']) {
      const added = logOf(after, id).slice(logOf(before, id).length);
      expect(added).toEqual([
        {
          date: '2026-12-01', // the sender's day, though it was already 2 Dec in UTC
          channel: 'email',
          summary:
            'Q1 savings – need the range: Hi Sam, Before the board I need the savings date as a range, with what it depends on. Aisha, can you confirm the audit slot?',
          sentiment: 'neutral',
          messageId: 'budget-q1-2026@example.com',
          subject: 'Q1 savings – need the range',
        },
      ]);
    }
    // Nobody else's log changed, and nothing of the signature was kept.
    for (const s of before.stakeholders.filter((x) => !['s-cfo', 's-sec'].includes(x.id)))
      expect(logOf(after, s.id)).toEqual(s.interactions ?? []);
    expect(JSON.stringify(after)).not.toContain('555 0100');
    expect(lines.out).toContain('already in the log: "Q1 savings – need the range" (cfo-budget-again.eml)');
    expect(lines.out).toContain('not on the map: Jordan Blake <jordan.blake@vendor.example>');
    expect(lines.out).toContain('nobody on the map: "Introduction" (stranger.eml), not logged');
  });

  it('never adds the same message twice across runs', async () => {
    const { io } = capture();
    await main(['interactions', 'import', program, '--eml', eml('cfo-budget.eml')], io);
    const once = await saved();
    const again = capture();
    expect(await main(['interactions', 'import', program, '--eml', eml('cfo-budget.eml')], again.io)).toBe(0);
    expect(await saved()).toEqual(once);
    expect(again.lines.out.at(-1)).toBe(
      '0 logged, 1 already in the log, 0 with nobody on the map. Nothing to change in program.json.',
    );
  });

  it('names a file it cannot read, without quoting it, logs the others and exits 1', async () => {
    const junk = join(dir, 'junk.eml');
    await writeFile(junk, 'just some words\nand more words\n');
    const { lines, io } = capture();
    const code = await main(
      ['interactions', 'import', program, '--eml', junk, join(dir, 'missing.eml'), eml('cfo-budget.eml')],
      io,
    );
    expect(code).toBe(1);
    expect(lines.err).toEqual([
      `${join(dir, 'missing.eml')} does not exist.`,
      'junk.eml is not an email: it has no From, To or Cc address.',
    ]);
    expect(lines.out[0]).toContain('logged: "Q1 savings – need the range"');
  });
});
