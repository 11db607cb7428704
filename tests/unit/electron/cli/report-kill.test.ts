import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProgramFile, serializeProgram } from '../../../../electron/node/program-file.ts';
import { generateProgram } from '../../../helpers/generate-program.ts';
import { FIXTURE_TODAY } from '../../../helpers/fixture.ts';

const BIN = resolve(import.meta.dirname, '../../../../bin/liaison.cjs');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-report-kill-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `report --due` and kills it (SIGKILL) once `after` documents have been printed. */
function killedRun(program: string, out: string, after: number): Promise<string[]> {
  const child = spawn(
    process.execPath,
    [BIN, 'report', program, '--due', '--today', FIXTURE_TODAY, '--out', out],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, LIAISON_DATA_DIR: join(dir, 'data') },
    },
  );
  const printed: string[] = [];
  return new Promise((done) => {
    child.stdout.on('data', (chunk: Buffer) => {
      printed.push(...chunk.toString().split('\n').filter(Boolean));
      // A random moment after that: inside the next write or its record.
      if (printed.length >= after && !child.killed)
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 30);
    });
    child.on('exit', () => done(printed));
  });
}

describe('report --due killed (SIGKILL) on a 1,000-person program', () => {
  it('leaves a valid file whose history lists every document on disk but at most one (3 rounds)', async () => {
    const program = join(dir, 'large.json');
    await writeFile(
      program,
      serializeProgram(generateProgram({ stakeholders: 1000, items: 500, today: FIXTURE_TODAY })),
    );
    for (let round = 0; round < 3; round++) {
      const out = join(dir, `out-${round}`);
      const printed = await killedRun(program, out, 3 + round * 4);
      const { file } = await readProgramFile(program); // throws if the file is not a valid program
      const recorded = new Set(file.reports.map((r) => r.fileName));
      const onDisk = (await readdir(out).catch(() => [] as string[])).filter((f) => f.endsWith('.docx'));
      const unrecorded = onDisk.filter((f) => !recorded.has(f));
      expect(onDisk.length).toBeGreaterThanOrEqual(3);
      expect(unrecorded.length, `unrecorded: ${unrecorded.join(', ')}`).toBeLessThanOrEqual(1);
      // Every document it printed is on disk: the line comes after the write.
      for (const line of printed) expect(onDisk).toContain(line.split('/').at(-1));
    }
  }, 120_000);
});
