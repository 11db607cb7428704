import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/node/dispatch.ts';
import { createHandlers } from '../../../../electron/node/handlers/index.ts';
import { Session } from '../../../../electron/node/session.ts';
import { ProgramStore } from '../../../../electron/node/store.ts';
import type { Envelope } from '../../../../shared/ipc/envelope.ts';
import type { PlanExportResult } from '../../../../shared/ipc/contract.ts';
import { FIXTURE_TODAY, fixtureText } from '../../../helpers/fixture.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-plan-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function openSession(): Promise<{
  session: Session;
  call: (args: unknown) => Promise<Envelope<unknown>>;
}> {
  const session = await Session.start({
    mode: 'browser',
    version: 't',
    dataDir: join(dir, 'data'),
    today: FIXTURE_TODAY,
  });
  const path = join(dir, 'program.json');
  await writeFile(path, fixtureText());
  await session.adopt(await ProgramStore.open(path, session.storeOptions));
  const handlers = createHandlers(session);
  return { session, call: (args) => dispatch(handlers, 'plan:export', args) };
}

describe('plan:export', () => {
  it('asks for the output folder before writing anything', async () => {
    const { call } = await openSession();
    const answer = await call({ formats: ['ics'], weeks: 8 });
    expect(answer).toMatchObject({
      ok: false,
      error: { message: 'Choose the folder documents go to first.' },
    });
  });

  it('writes each format into the output folder, a second time beside the first, never over it', async () => {
    const { session, call } = await openSession();
    const out = join(dir, 'out');
    await session.settings.update({ outputDir: out });
    const first = (await call({ formats: ['docx', 'csv', 'ics'], weeks: 4 })) as Envelope<PlanExportResult>;
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.written.map((w) => w.fileName)).toEqual([
      '2026-11-20 Checkout Payments Migration - Communication plan (4 weeks).docx',
      '2026-11-20 Checkout Payments Migration - Communication plan (4 weeks).csv',
      '2026-11-20 Checkout Payments Migration - Communication plan (4 weeks).ics',
    ]);
    const ics = await readFile(join(out, first.value.written[2]!.fileName), 'utf8');
    const again = (await call({ formats: ['ics'], weeks: 4 })) as Envelope<PlanExportResult>;
    expect(again.ok && again.value.written[0]!.fileName).toBe(
      '2026-11-20 Checkout Payments Migration - Communication plan (4 weeks) (2).ics',
    );
    expect(await readFile(join(out, first.value.written[2]!.fileName), 'utf8')).toBe(ics);
    expect((await readdir(out)).length).toBe(4);
    // The files it wrote may be opened from the window; nothing else may.
    expect(session.writtenPaths.has(first.value.written[0]!.path)).toBe(true);
  });

  it('refuses weeks out of range and unknown formats with the path of the problem', async () => {
    const { call } = await openSession();
    for (const args of [
      { formats: ['ics'], weeks: 0 },
      { formats: ['ics'], weeks: 53 },
      { formats: ['pdf'], weeks: 8 },
      { formats: [], weeks: 8 },
    ]) {
      const answer = await call(args);
      expect(answer.ok).toBe(false);
      expect(!answer.ok && answer.error.code).toBe('bad-request');
    }
  });
});
