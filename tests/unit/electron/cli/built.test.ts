/**
 * The built command line (scripts/build-cli.mjs), as `liaison` runs it after `npm install`: plain
 * JavaScript in a bare `node`, with each command's code loaded only when that command runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { dueList } from '../../../../shared/domain/cadence.ts';
import { FIXTURE_TODAY, fixtureData, fixtureText } from '../../../helpers/fixture.ts';
import { pythonDocxFailures } from '../../../helpers/office.ts';
import { writeDocuments } from '../../../../electron/node/documents.ts';
import { docxParts } from '../../../helpers/docx.ts';
import { everyoneDue, generateProgram } from '../../../helpers/generate-program.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
let build: string;
let work: string;

/** Runs the bundle in `dir` with a bare node (no TypeScript loader) and these arguments. */
function runBuilt(dir: string, args: string[]) {
  const runner = `const m = await import(${JSON.stringify(pathToFileURL(join(dir, 'liaison.mjs')).href)}); process.exitCode = await m.main(process.argv.slice(1));`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', runner, '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LIAISON_DATA_DIR: join(work, 'data') },
  });
}

beforeAll(async () => {
  // Two folders below the repository, as out/cli is, so the bundle finds package.json the same way.
  await mkdir(join(repoRoot, '.tmp'), { recursive: true });
  build = await mkdtemp(join(repoRoot, '.tmp', 'cli-'));
  work = await mkdtemp(join(tmpdir(), 'liaison-built-'));
  const made = spawnSync(process.execPath, ['scripts/build-cli.mjs', build], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(made.stderr).toBe('');
  expect(made.status).toBe(0);
}, 60_000);

afterAll(async () => {
  await rm(build, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

describe('the built command line', () => {
  it('writes one document for each due reader, with progress in order, and records them', async () => {
    const program = join(work, 'program.json');
    const out = join(work, 'out');
    await writeFile(program, fixtureText());
    const run = runBuilt(build, ['report', program, '--due', '--today', FIXTURE_TODAY, '--out', out]);
    const due = dueList(fixtureData(), FIXTURE_TODAY);
    expect(due).toHaveLength(5);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('['))).toEqual(
      due.map((d, i) => `[${i + 1}/5] ${d.stakeholder.name}`),
    );
    expect(run.status).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toHaveLength(5);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('/').pop())
        .sort(),
    ).toEqual(files);
    const saved = JSON.parse(await readFile(program, 'utf8')) as ProgramFile;
    expect(saved.reports.map((r) => r.fileName).sort()).toEqual(files);
    expect(pythonDocxFailures(files.map((f) => join(out, f)))).toEqual([]);
  });

  it('lists its sources, each a file in the repository, so bin/liaison.mjs can tell it is current', async () => {
    const sources = JSON.parse(await readFile(join(build, 'sources.json'), 'utf8')) as string[];
    expect(sources).toContain('electron/cli/index.ts');
    expect(sources).toContain('electron/node/report-worker.ts');
    expect(sources.filter((s) => !existsSync(join(repoRoot, s)))).toEqual([]);
  });

  it('validates and prints help without the Word library, which only document commands load', async () => {
    const trimmed = join(build, 'without-docx');
    await mkdir(trimmed);
    for (const name of await readdir(build)) {
      if (!name.endsWith('.mjs')) continue;
      const text = await readFile(join(build, name), 'utf8');
      if (!text.includes('// node_modules/docx/')) await cp(join(build, name), join(trimmed, name));
    }
    expect((await readdir(trimmed)).length).toBeLessThan((await readdir(build)).length - 1);
    const program = join(work, 'valid.json');
    await writeFile(program, fixtureText());
    const valid = runBuilt(trimmed, ['validate', program]);
    expect(valid.stdout).toContain('valid.json is valid');
    expect(valid.status).toBe(0);
    expect(runBuilt(trimmed, ['--help']).stdout).toContain('Usage: liaison');
    const report = runBuilt(trimmed, ['report', program, '--stakeholder', 's-cfo', '--out', work]);
    expect(report.status).not.toBe(0);
  });

  it('renders a long batch on its own built workers, away from any TypeScript, as one thread would', async () => {
    // A copy outside the repository: no node_modules above it, so no tsx a worker could fall back on.
    const alone = join(work, 'standalone');
    await cp(build, alone, { recursive: true });
    const file = everyoneDue(generateProgram({ stakeholders: 20, items: 60, today: FIXTURE_TODAY }));
    const program = join(work, 'twenty.json');
    await writeFile(program, JSON.stringify(file));
    const out = join(work, 'twenty');
    const run = runBuilt(alone, ['report', program, '--due', '--today', FIXTURE_TODAY, '--out', out]);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('['))).toEqual(
      dueList(file, FIXTURE_TODAY).map((d, i) => `[${i + 1}/20] ${d.stakeholder.name}`),
    );
    expect(run.status).toBe(0);
    const single = await writeDocuments(
      file,
      dueList(file, FIXTURE_TODAY).map((d) => ({ kind: 'report', stakeholderId: d.stakeholderId })),
      { today: FIXTURE_TODAY, outDir: join(work, 'twenty-single'), poolFrom: Infinity },
    );
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('/').pop()),
    ).toEqual(single.written.map((w) => w.fileName));
    const body = async (path: string) => (await docxParts(await readFile(path)))['word/document.xml'];
    for (const doc of single.written)
      expect(await body(join(out, doc.fileName))).toEqual(await body(doc.path));
  }, 60_000);
});
