/**
 * The command line as a user runs it, each run a new process (built JavaScript, out/cli), beside
 * pandoc writing the same content: one cold report, pair by pair in one run (with `node -e 0`, the
 * floor of any Node command on this machine), and whole `report --due` batches in documents per
 * second, pandoc's rate beside them.
 * Targets (issue 15): cold report <= 1.5x one pandoc process; a batch of 200 due readers >= 200
 * documents/s; the whole due batch of the 1,000-person, 5,000-item program >= 40 documents/s.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { composeReport } from '../shared/reports/compose.ts';
import type { ProgramFile } from '../shared/schema/program.ts';
import { FIXTURE_PATH, fixtureData, FIXTURE_TODAY } from '../tests/helpers/fixture.ts';
import { everyoneDue, generateProgram } from '../tests/helpers/generate-program.ts';
import { toMarkdown } from './markdown.ts';
import { median } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/liaison.cjs');

/** Runs one process; returns its wall time in ms, or throws with its stderr. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  const run = spawnSync(command, args, { env, cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  return ms;
}

/** Markdown of the reader's document, for pandoc to write the same content. */
async function markdownFor(file: ProgramFile, readerId: string, path: string): Promise<string> {
  await writeFile(path, toMarkdown(composeReport(file, readerId, { today: FIXTURE_TODAY }).doc));
  return path;
}

function pandocRun(md: string, out: string): number {
  return timed('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', out, md]);
}

/** `env` as a user's machine has it (see cold()): without a certificate bundle read at every start. */
function asUsersRun(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const plain = { ...env };
  delete plain.NODE_EXTRA_CA_CERTS;
  return plain;
}

async function cold(dir: string, env: NodeJS.ProcessEnv, pairs: number): Promise<void> {
  const program = join(dir, 'cold.json');
  await copyFile(FIXTURE_PATH, program);
  const md = await markdownFor(fixtureData(), 's-cfo', join(dir, 'cold.md'));
  const args = [
    'report',
    program,
    '--stakeholder',
    's-cfo',
    '--today',
    FIXTURE_TODAY,
    '--out',
    join(dir, 'cold'),
  ];
  // A machine may tell every Node process to read a bundle of certificates at its start (this
  // sandbox does, for its proxy): Node parses them before any of our code runs. Measured both
  // ways; the target is judged as a user's machine runs the command, without it.
  const extraCerts = env.NODE_EXTRA_CA_CERTS;
  const plain = asUsersRun(env);
  const runs = {
    floor: () => timed(process.execPath, ['-e', '0'], plain),
    liaison: () => timed(process.execPath, [BIN, ...args], plain),
    npx: () => timed('npx', ['--no-install', 'liaison', ...args], plain),
    pandoc: (i: number) => pandocRun(md, join(dir, `cold-pandoc-${i}.docx`)),
    floorCerts: () => timed(process.execPath, ['-e', '0'], env),
    liaisonCerts: () => timed(process.execPath, [BIN, ...args], env),
  };
  type Run = keyof typeof runs;
  const names = (Object.keys(runs) as Run[]).filter((n) => extraCerts || !n.endsWith('Certs'));
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Run, number[]>;
  runs.liaison();
  runs.pandoc(-1);
  // Alternated in every round, so a busy moment on the machine costs each side alike.
  for (let i = 0; i < pairs; i++) {
    for (const name of i % 2 === 0 ? names : [...names].reverse()) times[name].push(runs[name](i));
  }
  const m = (name: Run) => median(times[name]);
  const p = m('pandoc');
  const ratioByRound = (name: Run) =>
    median(times[name].map((t, i) => t / (times.pandoc[i] ?? NaN))).toFixed(2);
  const row = (label: string, name: Run) =>
    console.log(
      `  ${label.padEnd(38)} median ${m(name).toFixed(0).padStart(5)} ms   ${(m(name) / p).toFixed(2)}x pandoc`,
    );
  console.log(
    `\nCold command line, one report for the CFO (${pairs} rounds, alternated; target <= 1.5x pandoc)`,
  );
  row('node bin/liaison.cjs report', 'liaison');
  row('npx liaison report', 'npx');
  console.log(`  ${'pandoc (Markdown -> docx)'.padEnd(38)} median ${p.toFixed(0).padStart(5)} ms`);
  row('node -e 0 (the floor)', 'floor');
  console.log(
    `  median of the round-by-round ratios liaison / pandoc: ${ratioByRound('liaison')}x (target <= 1.5x)`,
  );
  if (extraCerts) {
    console.log(
      `  With this machine's NODE_EXTRA_CA_CERTS=${extraCerts} (read by every Node process at start):`,
    );
    row('  node bin/liaison.cjs report', 'liaisonCerts');
    row('  node -e 0', 'floorCerts');
    console.log(`    round-by-round ratio liaison / pandoc: ${ratioByRound('liaisonCerts')}x`);
  }
}

/**
 * Whole `liaison report --due` runs, each on a fresh copy of `file` into an empty folder: the
 * median run's documents per second (the slowest and fastest beside it: this machine's speed
 * drifts), and what the program file weighs after (the history holds each document's snapshot).
 */
async function batch(
  dir: string,
  env: NodeJS.ProcessEnv,
  label: string,
  file: ProgramFile,
  runs: number,
): Promise<string> {
  const program = join(dir, `${label}.json`);
  const text = JSON.stringify(file);
  const times: number[] = [];
  let documents = 0;
  let after = 0;
  for (let run = 0; run < runs; run++) {
    await writeFile(program, text);
    const out = join(dir, `${label}-out-${run}`);
    await mkdir(out);
    times.push(
      timed(process.execPath, [BIN, 'report', program, '--due', '--today', FIXTURE_TODAY, '--out', out], env),
    );
    documents = (await readdir(out)).length;
    after = (await stat(program)).size;
    await rm(out, { recursive: true });
  }
  await rm(program);
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const rate = (ms: number) => ((documents * 1000) / ms).toFixed(0);
  const ms = median(times);
  const range =
    runs > 1 ? ` (runs ${rate(Math.max(...times))}-${rate(Math.min(...times))}/s, median of ${runs})` : '';
  return (
    `${documents} documents in ${(ms / 1000).toFixed(2)} s = ${rate(ms)} documents/s${range}` +
    ` (program file ${mb(Buffer.byteLength(text))} -> ${mb(after)})`
  );
}

/** pandoc, one process per document, one at a time and two at a time (both cores). */
async function pandocRate(dir: string, file: ProgramFile, readers: string[]): Promise<string> {
  const mds = await Promise.all(readers.map((id, i) => markdownFor(file, id, join(dir, `rate-${i}.md`))));
  const sequential = (() => {
    const start = performance.now();
    mds.forEach((md, i) => pandocRun(md, join(dir, `rate-${i}.docx`)));
    return (mds.length * 1000) / (performance.now() - start);
  })();
  const start = performance.now();
  const { spawn } = await import('node:child_process');
  let next = 0;
  const lane = async () => {
    while (next < mds.length) {
      const i = next++;
      await new Promise((done, fail) =>
        spawn('pandoc', [
          '-f',
          'markdown',
          '-t',
          'docx',
          '-o',
          join(dir, `rate2-${i}.docx`),
          mds[i] as string,
        ])
          .on('exit', (code) => (code === 0 ? done(null) : fail(new Error(`pandoc exited ${code}`))))
          .on('error', fail),
      );
    }
  };
  await Promise.all([lane(), lane()]);
  const parallel = (mds.length * 1000) / (performance.now() - start);
  return `${sequential.toFixed(0)} documents/s one at a time, ${parallel.toFixed(0)} documents/s two at a time`;
}

export async function benchCommandLine(): Promise<void> {
  if (spawnSync('pandoc', ['--version']).status !== 0) {
    console.log(
      '\npandoc is not installed: the command-line comparison is skipped (apt-get install pandoc).',
    );
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'liaison-bench-cli-'));
  const env: NodeJS.ProcessEnv = { ...process.env, LIAISON_DATA_DIR: join(dir, 'data') };
  try {
    const which = spawnSync(process.execPath, [BIN, '--help'], {
      env: { ...env, LIAISON_DEBUG: '1' },
      encoding: 'utf8',
    }).stderr.trim();
    console.log(`\n${which}`);
    await cold(dir, env, 9);
    const plain = asUsersRun(env);

    console.log('\nBatches: the whole `liaison report --due` command, one process each');
    const readers200 = everyoneDue(generateProgram({ stakeholders: 200, items: 100, today: FIXTURE_TODAY }));
    console.log(
      `  200 readers all due, 100 items (target >= 200/s): ${await batch(dir, plain, 'due-200', readers200, 7)}`,
    );
    // The whole due batch, as a user runs it (425 readers due; 4 to 7 s here, about 9 CPU-seconds).
    const large = generateProgram({ stakeholders: 1000, items: 5000, today: FIXTURE_TODAY });
    console.log(
      `  1,000 people, 5,000 items, every due reader (target >= 40/s): ${await batch(dir, plain, 'large', large, 3)}`,
    );
    const sample = readers200.stakeholders.slice(0, 40).map((s) => s.id);
    console.log(
      `  pandoc, one process per document (40 of the 200; beside the targets above): ${await pandocRate(dir, readers200, sample)}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
