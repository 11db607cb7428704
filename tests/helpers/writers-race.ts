/**
 * Three writers on one program file, round after round: two command-line `stakeholders import`
 * runs, each adding a different person, while the browser-mode server records a report. After
 * each round the file must be a valid program holding every change that was reported saved, and
 * every refused write must have exited non-zero with a line saying why. Used by a unit test (a
 * few rounds) and by `npm run soak` (200).
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../electron/node/handlers/index.ts';
import { startBrowserServer } from '../../electron/node/http-server.ts';
import { readProgramFile } from '../../electron/node/program-file.ts';
import { Session } from '../../electron/node/session.ts';
import { ProgramStore } from '../../electron/node/store.ts';
import type { GenerateResult } from '../../shared/ipc/contract.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';
import { FIXTURE_PATH, FIXTURE_TODAY } from './fixture.ts';

const BIN = resolve(import.meta.dirname, '../../bin/liaison.cjs');

export interface RaceFigures {
  rounds: number;
  /** Changes reported saved (exit 0, or a recorded report) that are not in the file. */
  lost: number;
  /** Rounds after which the file did not read as a valid program. */
  broken: number;
  /** Writes refused: non-zero exits and unrecorded reports, each with its reason. */
  refused: string[];
  /** Refused writes that did not say why. */
  silent: number;
  failures: string[];
  ms: number;
}

/** How a command-line run ended. */
export interface Run {
  code: number | null;
  stderr: string;
}

/** Runs `liaison <args>` in its own process, with its own data folder (backups). */
export function cli(args: string[], dataDir: string): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LIAISON_DATA_DIR: dataDir },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('exit', (code) => done({ code, stderr })));
}

export async function writersRace(options: {
  rounds: number;
  log?: (line: string) => void;
}): Promise<RaceFigures> {
  const started = performance.now();
  const root = await mkdtemp(join(tmpdir(), 'liaison-race-'));
  const figures: RaceFigures = { rounds: 0, lost: 0, broken: 0, refused: [], silent: 0, failures: [], ms: 0 };
  const path = join(root, 'program.json');
  await copyFile(FIXTURE_PATH, path);
  const dataDir = join(root, 'data');
  const session = await Session.start({ mode: 'browser', version: 'race', dataDir, today: FIXTURE_TODAY });
  await session.adopt(await ProgramStore.open(path, session.storeOptions));
  const server = await startBrowserServer({
    handlers: createHandlers(session),
    subscribe: (listener) => session.subscribe(listener),
    rendererDir: join(root, 'renderer'),
  });
  const call = async <T>(channel: string, args: unknown): Promise<Envelope<T>> => {
    const res = await fetch(`${server.origin}/api/${channel}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    if (res.status !== 200) throw new Error(`${channel} answered HTTP ${res.status}`);
    return (await res.json()) as Envelope<T>;
  };
  try {
    await mkdir(join(root, 'out'));
    await call('reports:chooseOutputDir', { path: join(root, 'out') });
    const reader = session.document().file.stakeholders[0]?.id ?? '';
    for (let round = 0; round < options.rounds; round++) {
      const people = ['a', 'b'].map((w) => ({
        name: `Writer ${w} ${round}`,
        email: `${w}${round}@example.com`,
      }));
      const csvs = await Promise.all(
        people.map(async (p, i) => {
          const csv = join(root, `people-${i}.csv`);
          await writeFile(csv, `Name,E-mail\n${p.name},${p.email}\n`);
          return csv;
        }),
      );
      const [runA, runB, report] = await Promise.all([
        cli(['stakeholders', 'import', path, '--csv', csvs[0] as string], dataDir),
        cli(['stakeholders', 'import', path, '--csv', csvs[1] as string], dataDir),
        call<GenerateResult>('reports:generate', { targets: [{ stakeholderId: reader }] }),
      ]);
      figures.rounds++;
      let file;
      try {
        file = (await readProgramFile(path)).file;
      } catch (error) {
        figures.broken++;
        figures.failures.push(
          `round ${round}: the file is broken: ${error instanceof Error ? error.message : String(error)}`,
        );
        break;
      }
      const emails = new Set(file.stakeholders.map((s) => s.email));
      [runA, runB].forEach((run, i) => {
        const person = people[i];
        if (!person) return;
        if (run.code === 0) {
          if (!emails.has(person.email)) {
            figures.lost++;
            figures.failures.push(`round ${round}: ${person.name} was reported saved but is not in the file`);
          }
          return;
        }
        const why = run.stderr.trim().split('\n').filter(Boolean).at(-1) ?? '';
        figures.refused.push(`round ${round}, import ${i + 1} (exit ${run.code}): ${why}`);
        if (!why) figures.silent++;
      });
      if (!report.ok) {
        figures.refused.push(`round ${round}, report: ${report.error.message}`);
        if (!report.error.message) figures.silent++;
      } else if (report.value.notRecorded) {
        figures.refused.push(`round ${round}, report: ${report.value.notRecorded.message}`);
      } else {
        const names = new Set(file.reports.map((r) => r.fileName));
        for (const doc of report.value.written)
          if (!names.has(doc.fileName)) {
            figures.lost++;
            figures.failures.push(
              `round ${round}: the report ${doc.fileName} was recorded but is not in the file`,
            );
          }
      }
      if ((round + 1) % 20 === 0)
        options.log?.(`  round ${round + 1}: lost ${figures.lost}, refused ${figures.refused.length}`);
    }
  } finally {
    await server.close();
    await session.close();
    await rm(root, { recursive: true, force: true });
  }
  figures.ms = performance.now() - started;
  return figures;
}
