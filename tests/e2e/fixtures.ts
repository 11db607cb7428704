/**
 * The app under test, fresh for each test: its own temp folder (program files and the app's data
 * folder), the real handlers and store, in the browser mode or in Electron.
 */
import { test as base, _electron, type Page } from '@playwright/test';
import { rmSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../../electron/node/electron-binary.ts';
import { createHandlers } from '../../electron/node/handlers/index.ts';
import { startBrowserServer } from '../../electron/node/http-server.ts';
import { Session } from '../../electron/node/session.ts';
import { ProgramStore } from '../../electron/node/store.ts';
import { generateProgram } from '../helpers/generate-program.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE = resolve(ROOT, 'tests/fixtures/payments-migration.json');
export const FIXTURE_TODAY = '2026-11-20';
/** The build under test; LIAISON_OUT_DIR points elsewhere when several builds run side by side. */
export const OUT_DIR = process.env.LIAISON_OUT_DIR
  ? resolve(process.env.LIAISON_OUT_DIR)
  : resolve(ROOT, 'out');

export interface AppUnderTest {
  page: Page;
  mode: 'browser' | 'electron';
  /** The test's own folder, for program files. */
  dir: string;
  /** Where the program given by `programFile` was copied to, if any. */
  programPath: string | null;
}

interface Options {
  /** A program file to copy into the test folder and open at start; null for the welcome screen. */
  programFile: string | null;
  today: string;
}

export const test = base.extend<Options & { app: AppUnderTest }>({
  programFile: [FIXTURE, { option: true }],
  today: [FIXTURE_TODAY, { option: true }],
  app: async ({ browser, programFile, today }, use, testInfo) => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-e2e-'));
    const dataDir = join(dir, 'app-data');
    await mkdir(dataDir);
    const programPath = programFile ? join(dir, 'program.json') : null;
    if (programFile && programPath) await copyFile(programFile, programPath);
    try {
      if (testInfo.project.name === 'electron') {
        const binary = findElectronBinary(ROOT);
        testInfo.skip(
          !binary,
          'Electron binary not installed here; this spec ran in the browser mode instead.',
        );
        const app = await _electron.launch({
          executablePath: binary as string,
          args: [resolve(OUT_DIR, 'main/index.js')],
          env: {
            ...process.env,
            LIAISON_DATA_DIR: dataDir,
            LIAISON_TODAY: today,
            ...(programPath ? { LIAISON_OPEN: programPath } : {}),
          },
        });
        try {
          await use({ page: await app.firstWindow(), mode: 'electron', dir, programPath });
        } finally {
          await app.close();
        }
        return;
      }
      const session = await Session.start({ mode: 'browser', version: 'e2e', dataDir, today });
      if (programPath) await session.adopt(await ProgramStore.open(programPath, session.storeOptions));
      const server = await startBrowserServer({
        handlers: createHandlers(session),
        // Saves by others on disk reach the window, as in `liaison serve`.
        subscribe: (listener) => session.subscribe(listener),
        rendererDir: resolve(OUT_DIR, 'renderer'),
      });
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url);
      try {
        await use({ page, mode: 'browser', dir, programPath });
      } finally {
        await context.close();
        await server.close();
        await session.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';

/**
 * Inside a `test.describe`: its tests open a generated program of `people` stakeholders and
 * `items` record items. The file is written before those tests (the app copies it) and removed
 * after them, in each worker: a worker may run the group again later.
 */
export function useGeneratedProgram(name: string, people: number, items: number): void {
  const path = join(tmpdir(), `liaison-e2e-${name}-${process.pid}.json`);
  test.use({ programFile: path });
  test.beforeAll(() =>
    writeFileSync(
      path,
      JSON.stringify(generateProgram({ stakeholders: people, items, today: FIXTURE_TODAY })),
    ),
  );
  test.afterAll(() => rmSync(path, { force: true }));
}
