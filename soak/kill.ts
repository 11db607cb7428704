/**
 * SIGKILL during saves of a large program: a child (tests/helpers/save-loop.ts) saves the file
 * over and over and is killed at a random moment inside a save. Each time, the file must parse,
 * validate, and hold the last acknowledged save or the one in flight.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readProgramFile, serializeProgram } from '../electron/node/program-file.ts';
import { generateProgram } from '../tests/helpers/generate-program.ts';

const ROOT = resolve(import.meta.dirname, '..');
const HELPER = join(ROOT, 'tests', 'helpers', 'save-loop.ts');

export interface KillFigures {
  rounds: number;
  failures: string[];
  /** Killed before the new file replaced the old one: the last acknowledged save was there. */
  beforeRename: number;
  /** Killed after the rename but before the acknowledgement: the save in flight was there. */
  afterRename: number;
  saves: number;
  meanSaveMs: number;
  fileBytes: number;
  /** Temp files the killed saves left beside the program file. */
  leftoverTemps: number;
  ms: number;
}

interface Round {
  acked: number;
  signal: NodeJS.Signals | null;
  stderr: string;
  saveMs: number[];
}

/**
 * Runs the save loop once and kills it inside a save after 1 to 3 acknowledged ones. `typicalMs`
 * is how long a save took so far, for when this round has not timed one yet.
 */
function runRound(path: string, backupDir: string, typicalMs: number): Promise<Round> {
  const killAfter = 1 + Math.floor(Math.random() * 3);
  const child = spawn(process.execPath, ['--import', 'tsx', HELPER, path, backupDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const round: Round = { acked: 0, signal: null, stderr: '', saveMs: [] };
  let last = 0;
  let scheduled = false;
  child.stdout.on('data', (chunk: Buffer) => {
    for (const m of chunk.toString().matchAll(/ack (\d+)/g)) {
      const now = performance.now();
      if (last > 0) round.saveMs.push(now - last);
      last = now;
      round.acked = Number(m[1]);
    }
    if (round.acked >= killAfter && !scheduled) {
      scheduled = true;
      // A random moment inside the next save, which takes about as long as the last one did.
      const interval = round.saveMs.at(-1) ?? typicalMs;
      setTimeout(() => child.kill('SIGKILL'), Math.random() * interval);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (round.stderr += chunk.toString()));
  return new Promise((done) => {
    child.on('close', (_code, signal) => {
      round.signal = signal;
      done(round);
    });
  });
}

export interface KillOptions {
  rounds: number;
  /** Save loops running at once, each on its own file. */
  parallel: number;
  log: (line: string) => void;
}

export async function killSoak(options: KillOptions): Promise<KillFigures> {
  const started = performance.now();
  const text = serializeProgram(generateProgram({ stakeholders: 1000, items: 5000, today: '2026-11-20' }));
  const figures: KillFigures = {
    rounds: 0,
    failures: [],
    beforeRename: 0,
    afterRename: 0,
    saves: 0,
    meanSaveMs: 0,
    fileBytes: Buffer.byteLength(text),
    leftoverTemps: 0,
    ms: 0,
  };
  const saveMs: number[] = [];
  const typical = () => (saveMs.length ? saveMs.reduce((a, b) => a + b, 0) / saveMs.length : 300);
  let next = 0;

  async function lane(): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-kill-'));
    const path = join(dir, 'large.json');
    const backupDir = join(dir, 'backups');
    await writeFile(path, text);
    try {
      while (next < options.rounds) {
        const r = ++next;
        const round = await runRound(path, backupDir, typical());
        figures.rounds++;
        figures.saves += round.acked;
        saveMs.push(...round.saveMs);
        checkRound(r, round, await readProgramFile(path).catch((error: unknown) => error));
        if (r % 20 === 0)
          options.log(`  kill soak: ${r}/${options.rounds} rounds, ${figures.failures.length} failures`);
      }
      figures.leftoverTemps += (await readdir(dir)).filter((f) => f.endsWith('.tmp')).length;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  function checkRound(r: number, round: Round, read: unknown): void {
    if (round.signal !== 'SIGKILL') {
      figures.failures.push(
        `round ${r}: the save loop ended by itself (${round.signal ?? 'exit'}): ${round.stderr.slice(0, 300)}`,
      );
      return;
    }
    const name = (read as { file?: { program?: { name?: unknown } } }).file?.program?.name;
    if (typeof name !== 'string') {
      figures.failures.push(`round ${r}: the file does not open: ${String(read)}`);
      return;
    }
    const saved = Number(/^save (\d+)$/.exec(name)?.[1] ?? -1);
    if (saved === round.acked) figures.beforeRename++;
    else if (saved === round.acked + 1) figures.afterRename++;
    else figures.failures.push(`round ${r}: the file holds save ${saved}; acknowledged ${round.acked}`);
  }

  await Promise.all(Array.from({ length: Math.max(1, options.parallel) }, () => lane()));
  figures.meanSaveMs = typical();
  figures.ms = performance.now() - started;
  return figures;
}
