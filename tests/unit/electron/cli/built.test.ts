/**
 * The built command line (scripts/build-cli.mjs), as `liaison` runs it after `npm install`: plain
 * JavaScript in a bare `node` (one bundle, started from a V8 code cache), with each command's code
 * evaluated only when that command runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { dueList } from '../../../../shared/domain/cadence.ts';
import { FIXTURE_TODAY, fixtureData, fixtureText } from '../../../helpers/fixture.ts';
import { pythonDocxFailures } from '../../../helpers/office.ts';
import { writeDocuments } from '../../../../electron/node/documents.ts';
import { docxParts } from '../../../helpers/docx.ts';
import { everyoneDue, generateProgram } from '../../../helpers/generate-program.ts';
import { COURIER_TEMPLATE } from '../../shared/docx/user-template.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
let build: string;
let work: string;

/** A bare node's arguments (no TypeScript loader) that run the bundle in `dir`. */
const builtRunner = (dir: string) => [
  '--input-type=module',
  '-e',
  `const m = await import(${JSON.stringify(pathToFileURL(join(dir, 'liaison.cjs')).href)}); process.exitCode = await m.main(process.argv.slice(1));`,
  '--',
];

/** Runs the bundle in `dir` with a bare node (no TypeScript loader) and these arguments. */
function runBuilt(dir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [...builtRunner(dir), ...args], {
    encoding: 'utf8',
    // A command that never exits (a worker holding the process) fails here rather than hanging.
    timeout: 60_000,
    env: { ...process.env, LIAISON_DATA_DIR: join(work, 'data'), ...env },
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
    // Again: nobody is due now, and the workers started for a batch do not keep the command alive.
    const again = runBuilt(build, ['report', program, '--due', '--today', FIXTURE_TODAY, '--out', out]);
    expect(again.stdout.trim()).toBe(`Nobody is due for an update on ${FIXTURE_TODAY}.`);
    expect(again.status).toBe(0);
  });

  it('ends quietly, exit code 0, when whoever read its output has gone (`liaison --help | true`)', () => {
    // `true` exits without reading, long before node has started: every line meets a closed pipe.
    const run = spawnSync(
      'bash',
      ['-c', '"$@" --help | true; exit "${PIPESTATUS[0]}"', 'bash', process.execPath, ...builtRunner(build)],
      { encoding: 'utf8', timeout: 60_000, env: { ...process.env, LIAISON_DATA_DIR: join(work, 'data') } },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('lists its sources, each a file in the repository, so bin/liaison.cjs can tell it is current', async () => {
    const sources = JSON.parse(await readFile(join(build, 'sources.json'), 'utf8')) as string[];
    expect(sources).toContain('electron/cli/index.ts');
    expect(sources).toContain('electron/node/report-worker.ts');
    expect(sources.filter((s) => !existsSync(join(repoRoot, s)))).toEqual([]);
  });

  it("validates, prints help and writes a report without the rarer commands' libraries, which only they load", async () => {
    // A copy outside the repository, with no node_modules above it: docx (which only a user's
    // template needs: our own styles come ready-made, shared/docx/xml/builtin-parts.generated.ts),
    // nodemailer, ical.js, postal-mime and papaparse cannot be found from there.
    const trimmed = join(work, 'without-docx');
    await cp(build, trimmed, { recursive: true });
    expect(await readFile(join(trimmed, 'bundle.cjs'), 'utf8')).toContain('require("docx")');
    const program = join(work, 'valid.json');
    await writeFile(program, fixtureText());
    const valid = runBuilt(trimmed, ['validate', program]);
    expect(valid.stdout).toContain('valid.json is valid');
    expect(valid.status).toBe(0);
    expect(runBuilt(trimmed, ['--help']).stdout).toContain('Usage: liaison');
    const out = join(work, 'without-docx-out');
    const report = runBuilt(trimmed, ['report', program, '--stakeholder', 's-cfo', '--out', out]);
    expect(report.stderr).not.toContain('the Word library was loaded');
    expect(report.status).toBe(0);
    const [written] = await readdir(out);
    expect(Object.keys(await docxParts(await readFile(join(out, written!))))).toContain('word/styles.xml');
    const template = join(work, 'house.dotx');
    await writeFile(template, zipSync({ 'word/styles.xml': strToU8(COURIER_TEMPLATE) }));
    const styled = runBuilt(trimmed, [
      'report',
      program,
      '--stakeholder',
      's-cfo',
      '--styles',
      template,
      '--out',
      out,
    ]);
    expect(styled.stderr).toContain("Cannot find module 'docx'");
    expect(styled.status).not.toBe(0);
  });

  it('takes the libraries of the rarer commands from node_modules, each when its command runs', async () => {
    const program = join(work, 'rarer.json');
    await writeFile(program, fixtureText());
    const fixture = (name: string) => join(repoRoot, 'tests/fixtures', name);
    const ok = (args: string[]) => {
      const run = runBuilt(build, [...args, '--today', FIXTURE_TODAY]);
      expect(run.stderr).not.toContain('Cannot find module');
      return run;
    };
    // ical.js
    expect(
      ok(['meetings', 'import', program, '--ics', fixture('meetings-readiness-review.ics')]).stdout,
    ).toContain('Added meeting "Q1 savings readiness review"');
    // postal-mime
    expect(
      ok(['interactions', 'import', program, '--eml', fixture('email/cfo-budget.eml')]).stdout,
    ).toContain('1 logged');
    // papaparse
    expect(ok(['items', 'import', program, '--csv', fixture('tracker/jira-export.csv')]).stdout).toContain(
      '6 added',
    );
    // nodemailer's composer
    const out = join(work, 'rarer-out');
    expect(ok(['report', program, '--stakeholder', 's-cfo', '--email', '--out', out]).status).toBe(0);
    expect((await readdir(out)).map((name) => name.split('.').pop()).sort()).toEqual(['docx', 'eml']);
    // docx, for a user's template
    const template = join(work, 'rarer.dotx');
    await writeFile(template, zipSync({ 'word/styles.xml': strToU8(COURIER_TEMPLATE) }));
    const styledOut = join(work, 'rarer-styled');
    expect(
      ok(['report', program, '--stakeholder', 's-cfo', '--styles', template, '--out', styledOut]).status,
    ).toBe(0);
    const [styled] = await readdir(styledOut);
    expect((await docxParts(await readFile(join(styledOut, styled!))))['word/styles.xml']).toContain(
      'Courier New',
    );
  }, 60_000);

  it('starts from the code cache the build made, and makes it again when V8 refuses it', async () => {
    const copy = join(work, 'cached');
    await cp(build, copy, { recursive: true });
    const program = join(work, 'cached.json');
    await writeFile(program, fixtureText());
    const debug = (args: string[]) => {
      const run = runBuilt(copy, args, { LIAISON_DEBUG: '1' });
      expect(run.status).toBe(0);
      return run.stderr.split('\n').filter((l) => l.startsWith('liaison: code cache'));
    };
    expect(debug(['validate', program])).toEqual(['liaison: code cache used']);
    const [cache] = (await readdir(copy)).filter((f) => f.endsWith('.v8-cache') && !f.includes('.batch.'));
    expect(cache).toBeDefined();
    // What another Node version's cache looks like to this one: bytes V8 cannot take.
    await writeFile(join(copy, cache as string), Buffer.alloc(4096, 7));
    expect(debug(['validate', program])).toEqual(['liaison: code cache refused']);
    expect(debug(['validate', program])).toEqual(['liaison: code cache used']);
  });

  it('runs a batch and its workers with a code cache of their own, made under the batch V8 flags', async () => {
    const copy = join(work, 'batch-cached');
    await cp(build, copy, { recursive: true });
    const program = join(work, 'batch-cached.json');
    const file = everyoneDue(generateProgram({ stakeholders: 20, items: 30, today: FIXTURE_TODAY }));
    const caches = async (args: string[]) => {
      // Everyone due again: a batch records its readers as updated.
      await writeFile(program, JSON.stringify(file));
      const run = runBuilt(copy, args, { LIAISON_DEBUG: '1' });
      expect(run.status).toBe(0);
      return run.stderr
        .split('\n')
        .filter((l) => /^liaison: (worker )?code cache/.test(l))
        .sort();
    };
    const batch = (n: number) => [
      'report',
      program,
      '--due',
      '--today',
      FIXTURE_TODAY,
      '--out',
      join(work, `b${n}`),
    ];
    const used = [
      'liaison: code cache used',
      'liaison: worker code cache used',
      'liaison: worker code cache used',
    ];
    // One after the other, neither refuses the other's cache: each kind of run keeps its own.
    expect(await caches(['validate', program])).toEqual(['liaison: code cache used']);
    expect(await caches(batch(1))).toEqual(used);
    expect(await caches(['validate', program])).toEqual(['liaison: code cache used']);
    const [own] = (await readdir(copy)).filter((f) => f.endsWith('.batch.v8-cache'));
    expect(own).toBeDefined();
    await writeFile(join(copy, own as string), Buffer.alloc(4096, 7));
    expect(await caches(batch(2))).toEqual([
      'liaison: code cache refused',
      'liaison: worker code cache refused',
      'liaison: worker code cache refused',
    ]);
    expect(await caches(batch(3))).toEqual(used);
    expect(await caches(['validate', program])).toEqual(['liaison: code cache used']);
    // Made under other V8 flags than a one-document command runs with, the batch's cache is refused there.
    await cp(join(copy, own as string), join(copy, (own as string).replace('.batch.', '.')));
    expect(await caches(['validate', program])).toEqual(['liaison: code cache refused']);
  }, 60_000);

  it('bin/liaison.cjs without tsx: runs a current build, warns of a stale one, says what to run with none', async () => {
    // A copy of the command outside the repository: no node_modules, so no tsx to run sources with.
    const app = join(work, 'installed');
    await mkdir(join(app, 'bin'), { recursive: true });
    await cp(join(repoRoot, 'bin/liaison.cjs'), join(app, 'bin/liaison.cjs'));
    await cp(build, join(app, 'out/cli'), { recursive: true });
    const sources = JSON.parse(await readFile(join(build, 'sources.json'), 'utf8')) as string[];
    for (const source of sources) await cp(join(repoRoot, source), join(app, source), { recursive: true });
    const built = Date.now() / 1000;
    await utimes(join(app, 'out/cli/sources.json'), built, built);
    for (const source of sources) await utimes(join(app, source), built - 60, built - 60);
    const liaison = () =>
      spawnSync(process.execPath, [join(app, 'bin/liaison.cjs'), '--help'], {
        encoding: 'utf8',
        env: { ...process.env, LIAISON_DEBUG: '1' },
      });
    const current = liaison();
    expect(current.stdout).toContain('Usage: liaison');
    expect(current.stderr).toContain(`liaison: running ${join(app, 'out/cli')}`);
    await utimes(join(app, 'electron/cli/index.ts'), built + 60, built + 60);
    const stale = liaison();
    expect(stale.stdout).toContain('Usage: liaison');
    expect(stale.stderr).toContain('electron/cli/index.ts changed since the build');
    expect(stale.stderr).toContain('"npm run build:cli"');
    await rm(join(app, 'out'), { recursive: true });
    const none = liaison();
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('out/cli is not built');
    expect(none.stderr).toContain('"npm install"');
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
