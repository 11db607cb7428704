/**
 * Loading and saving: validation of the fixture and of a large generated program, a durable save,
 * and (issue 10) one edit as operations on 10,000 people and 5,000 items, through the handlers,
 * and a command-line import of one person into that file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../electron/node/dispatch.ts';
import { serializeProgram } from '../electron/node/program-bytes.ts';
import { ProgramStore } from '../electron/node/store.ts';
import { validateProgramFile } from '../shared/schema/validate.ts';
import { generateProgram } from '../tests/helpers/generate-program.ts';
import { openSessionOn } from '../tests/helpers/open-session.ts';
import { fixtureData, FIXTURE_TODAY } from '../tests/helpers/fixture.ts';
import { measure, printFigures } from './measure.ts';

export async function benchStore(): Promise<void> {
  const fixture = fixtureData();
  const large = generateProgram({ stakeholders: 1000, items: 5000, today: FIXTURE_TODAY });
  const dir = await mkdtemp(join(tmpdir(), 'liaison-bench-'));
  try {
    const path = join(dir, 'large.json');
    await writeFile(path, JSON.stringify(large));
    const store = await ProgramStore.open(path, { backupDir: join(dir, 'backups') });
    printFigures('Program file (fixture; generated: 1,000 stakeholders, 5,000 items)', [
      await measure('validate fixture', 200, () => validateProgramFile(fixture)),
      await measure('validate generated', 20, () => validateProgramFile(large)),
      await measure('open generated (read+parse+validate)', 10, () =>
        ProgramStore.open(path, { backupDir: dir }),
      ),
      await measure('save generated (validate+fsync+rename)', 10, () =>
        store.replace(structuredClone(store.file)),
      ),
    ]);
    await benchEdits(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One cell edit as operations (file:apply) and a CLI import of one person, on 10,000 people and 5,000 items. */
async function benchEdits(dir: string): Promise<void> {
  const path = join(dir, 'huge.json');
  await writeFile(
    path,
    serializeProgram(generateProgram({ stakeholders: 10_000, items: 5_000, today: FIXTURE_TODAY })),
  );
  const { session, handlers } = await openSessionOn(path, join(dir, 'data'), 'bench');
  let n = 0;
  const apply = await measure('file:apply one cell (check, lock, write)', 20, async () => {
    const answer = await dispatch(handlers, 'file:apply', {
      ops: [{ op: 'replace', path: '/stakeholders/17/title', value: `Title ${n++}` }],
      baseRevision: session.revision,
    });
    if (!answer.ok) throw new Error(answer.error.message);
  });
  await session.close();
  const csv = join(dir, 'one.csv');
  const bin = join(import.meta.dirname, '..', 'bin', 'liaison.cjs');
  let m = 0;
  const cli = await measure('CLI stakeholders import of 1 person', 5, async () => {
    await writeFile(csv, `Name,E-mail\nBench Person ${m},bench${m++}@example.com\n`);
    const run = spawnSync(process.execPath, [bin, 'stakeholders', 'import', path, '--csv', csv], {
      encoding: 'utf8',
      env: { ...process.env, LIAISON_DATA_DIR: join(dir, 'data') },
    });
    if (run.status !== 0) throw new Error(run.stderr);
    return Promise.resolve();
  });
  printFigures('Edits on 10,000 stakeholders and 5,000 items (issue 10)', [apply, cli]);
}
