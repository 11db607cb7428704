import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { FIXTURE_TODAY, fixtureText } from '../../../helpers/fixture.ts';
import { capture } from '../../../helpers/cli.ts';
import { libreOfficeFailures, pythonDocxFailures } from '../../../helpers/office.ts';

let dir: string;
let program: string;
let out: string;
const written: string[] = [];

async function documentXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

async function saved(): Promise<ProgramFile> {
  return JSON.parse(await readFile(program, 'utf8')) as ProgramFile;
}

beforeAll(async () => {
  process.env.LIAISON_DATA_DIR = await mkdtemp(join(tmpdir(), 'liaison-cli-data-'));
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-report-'));
  program = join(dir, 'program.json');
  out = join(dir, 'out');
  await writeFile(program, fixtureText());
});

afterAll(async () => {
  // Every document these tests wrote must open in python-docx and convert with LibreOffice.
  expect(pythonDocxFailures(written)).toEqual([]);
  expect(libreOfficeFailures(written)).toEqual([]);
  for (const path of new Set(written.map((p) => join(p, '../..'))))
    await rm(path, { recursive: true, force: true });
}, 180_000);

describe('liaison report --due', () => {
  it('writes exactly one document for each reader due on the day, and records them', async () => {
    const { lines, io } = capture();
    const code = await main(['report', program, '--due', '--today', FIXTURE_TODAY, '--out', out], io);
    expect(code).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toEqual([
      '2026-11-20 Checkout Payments Migration - Aisha Rahman (status-update).docx',
      '2026-11-20 Checkout Payments Migration - Dana Whitfield (executive-brief).docx',
      '2026-11-20 Checkout Payments Migration - Lucía Fernández (status-update).docx',
      '2026-11-20 Checkout Payments Migration - Marcus Oyelaran (status-update).docx',
      '2026-11-20 Checkout Payments Migration - Sofia Marchetti (partner-update).docx',
    ]);
    expect(lines.out).toHaveLength(5);
    expect(lines.err.filter((l) => /^\[\d\/5\]/.test(l))).toHaveLength(5);
    written.push(...files.map((f) => join(out, f)));

    const history = (await saved()).reports;
    expect(
      history
        .map((r) => r.stakeholderIds)
        .flat()
        .sort(),
    ).toEqual(['s-cfo', 's-provider', 's-sec', 's-support', 's-vpe']);
    // Run again the same day: nobody is due any more.
    const again = capture();
    expect(await main(['report', program, '--due', '--today', FIXTURE_TODAY, '--out', out], again.io)).toBe(
      0,
    );
    expect(again.lines.out).toEqual(['Nobody is due for an update on 2026-11-20.']);
  });

  it('--dry-run writes the documents but leaves the program file as it was', async () => {
    const { io } = capture();
    expect(
      await main(['report', program, '--due', '--today', FIXTURE_TODAY, '--out', out, '--dry-run'], io),
    ).toBe(0);
    expect(await readdir(out)).toHaveLength(5);
    expect(await readFile(program, 'utf8')).toBe(fixtureText());
  });
});

describe('liaison report --stakeholder', () => {
  it('finds a reader by name and honours --template', async () => {
    const { lines, io } = capture();
    expect(
      await main(
        [
          'report',
          program,
          '--stakeholder',
          'dana whitfield',
          '--template',
          'status-update',
          '--today',
          FIXTURE_TODAY,
          '--out',
          out,
        ],
        io,
      ),
    ).toBe(0);
    expect(lines.out[0]).toMatch(/Dana Whitfield \(status-update\)\.docx$/);
    written.push(lines.out[0] as string);
  });

  it('the CFO brief shows the fallback decision, its three options and the recommendation, and no note', async () => {
    const { lines, io } = capture();
    expect(
      await main(['report', program, '--stakeholder', 's-cfo', '--today', FIXTURE_TODAY, '--out', out], io),
    ).toBe(0);
    const path = lines.out[0] as string;
    written.push(path);
    const xml = await documentXml(path);
    expect(xml).toContain('How long do we keep the legacy gateway as a fallback after cutover?');
    for (const option of ['Keep it 90 days', 'Keep it 30 days', 'Retire it at cutover'])
      expect(xml).toContain(option);
    expect(xml).toContain('recommend');
    expect(xml).not.toContain('Prefers numbers over adjectives');
  });

  it('refuses an unknown reader or template with one clear line', async () => {
    const unknown = capture();
    expect(await main(['report', program, '--stakeholder', 'Nobody Here', '--out', out], unknown.io)).toBe(1);
    expect(unknown.lines.err).toEqual(['No stakeholder with the id or name "Nobody Here".']);
    const template = capture();
    expect(
      await main(
        ['report', program, '--stakeholder', 's-cfo', '--template', 'memo', '--out', out],
        template.io,
      ),
    ).toBe(2);
    expect(template.lines.err[0]).toMatch(/^--template must be one of executive-brief, status-update/);
    expect(await readFile(program, 'utf8')).toBe(fixtureText());
  });
});

describe('liaison checklist', () => {
  it('writes the steering committee checklist without moving anyone’s last update', async () => {
    const { lines, io } = capture();
    expect(
      await main(
        ['checklist', program, '--meeting', 'mt-steerco', '--today', FIXTURE_TODAY, '--out', out],
        io,
      ),
    ).toBe(0);
    expect(lines.out[0]).toMatch(/Monthly steering committee \(meeting-checklist\)\.docx$/);
    written.push(lines.out[0] as string);
    const file = await saved();
    expect(file.reports).toHaveLength(1);
    expect(file.reports[0]?.template).toBe('meeting-checklist');
    expect(file.stakeholders.find((s) => s.id === 's-cfo')?.lastUpdateAt).toBe('2026-11-06');
  });

  it('names a missing meeting', async () => {
    const { lines, io } = capture();
    expect(await main(['checklist', program, '--meeting', 'mt-nope', '--out', out], io)).toBe(1);
    expect(lines.err).toEqual(['failed: No meeting with id "mt-nope" in this program.']);
  });
});
