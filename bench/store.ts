/** Loading and saving: validation of the fixture and of a large generated program, and a durable save. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProgramStore } from '../electron/node/store.ts';
import { validateProgramFile } from '../shared/schema/validate.ts';
import { generateProgram } from '../tests/helpers/generate-program.ts';
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
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
