import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../electron/node/dispatch.ts';
import { createHandlers } from '../electron/node/handlers/index.ts';
import { serializeProgram } from '../electron/node/program-file.ts';
import { Session } from '../electron/node/session.ts';
import { ProgramStore } from '../electron/node/store.ts';
import { generateProgram } from '../tests/helpers/generate-program.ts';
const dir = await mkdtemp(join(tmpdir(), 'liaison-tmp-'));
const path = join(dir, 'large.json');
await writeFile(path, serializeProgram(generateProgram({ stakeholders: 10_000, items: 5_000, today: '2026-11-20' })));
const session = await Session.start({ mode: 'browser', version: 'bench', dataDir: join(dir, 'data'), today: '2026-11-20' });
await session.adopt(await ProgramStore.open(path, session.storeOptions));
const h = createHandlers(session);
for (let i = 0; i < 8; i++) {
  const t = performance.now();
  const r = await dispatch(h, 'file:apply', { ops: [{ op: 'replace', path: '/stakeholders/0/title', value: `T${i}` }], baseRevision: session.revision });
  console.log('apply', (performance.now() - t).toFixed(1), r.ok);
}
await session.close();
