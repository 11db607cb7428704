/**
 * A copy of the fixture in a fresh temp folder, open in a browser-mode session with its handlers,
 * as `liaison serve` has it: the setup the store's tests of edits and pushes share.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Handlers } from '../../electron/node/dispatch.ts';
import { createHandlers } from '../../electron/node/handlers/index.ts';
import { Session } from '../../electron/node/session.ts';
import { ProgramStore } from '../../electron/node/store.ts';
import { FIXTURE_TODAY, fixtureText } from './fixture.ts';

export interface OpenSession {
  /** The temp folder: the program file, and the session's data folder (`data/`). */
  dir: string;
  /** The open program file. */
  path: string;
  session: Session;
  handlers: Handlers;
  /** Lets go of the file and removes the folder. */
  close: () => Promise<void>;
}

/**
 * The program file at `path` open in a new browser-mode session (data folder `dataDir`, the
 * fixture's today), with its handlers: what `liaison serve` sets up.
 */
export async function openSessionOn(
  path: string,
  dataDir: string,
  version = 'test',
): Promise<{ session: Session; handlers: Handlers }> {
  const session = await Session.start({ mode: 'browser', version, dataDir, today: FIXTURE_TODAY });
  await session.adopt(await ProgramStore.open(path, session.storeOptions));
  return { session, handlers: createHandlers(session) };
}

/** Writes the fixture to `<temp>/program.json` and opens it in a new session. */
export async function openFixtureSession(prefix: string): Promise<OpenSession> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const path = join(dir, 'program.json');
  await writeFile(path, fixtureText());
  const { session, handlers } = await openSessionOn(path, join(dir, 'data'));
  return {
    dir,
    path,
    session,
    handlers,
    close: async () => {
      await session.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
