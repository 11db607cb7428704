/** What the browser benchmarks share: one build of the renderer, a served program, the summary line. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createHandlers } from '../../electron/node/handlers/index.ts';
import { startBrowserServer } from '../../electron/node/http-server.ts';
import { Session } from '../../electron/node/session.ts';
import { ProgramStore } from '../../electron/node/store.ts';
import config from '../../playwright.config.ts';
import { quantile } from '../measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The day the served programs are generated for and the session computes with. */
export const TODAY = '2026-11-20';

/** One measured thing: its samples in milliseconds and its target. */
export interface Result {
  name: string;
  samples: number[];
  target: number;
}

/** One line: median, p95 and max against the target. */
export function summarize({ name, samples, target }: Result): string {
  const at = (q: number) => quantile(samples, q);
  const median = at(0.5);
  const verdict = median <= target ? 'within target' : 'OVER TARGET';
  return `  ${name.padEnd(34)} median ${median.toFixed(1).padStart(7)} ms   p95 ${at(0.95).toFixed(1).padStart(7)} ms   max ${at(1).toFixed(1).padStart(7)} ms   target ${String(target).padStart(3)} ms   ${verdict}   (${samples.length} runs)`;
}

/** Builds the renderer into a temp folder (or takes LIAISON_OUT_DIR's build). */
export async function build(): Promise<{ outDir: string; temporary: boolean }> {
  if (process.env.LIAISON_OUT_DIR) return { outDir: resolve(process.env.LIAISON_OUT_DIR), temporary: false };
  const outDir = await mkdtemp(join(tmpdir(), 'liaison-bench-build-'));
  const built = spawnSync('npx', ['electron-vite', 'build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0 || !existsSync(join(outDir, 'renderer/index.html')))
    throw new Error(`electron-vite build failed:\n${built.stderr || built.stdout}`);
  return { outDir, temporary: true };
}

/** A served program in a fresh page: the real browser-mode server, handlers and store. */
export async function withServedProgram(
  outDir: string,
  program: object,
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'liaison-bench-browser-'));
  const browser = await chromium.launch({ ...config.use?.launchOptions });
  try {
    const dataDir = join(dir, 'data');
    await mkdir(dataDir);
    const path = join(dir, 'large.json');
    await writeFile(path, JSON.stringify(program));
    const session = await Session.start({ mode: 'browser', version: 'bench', dataDir, today: TODAY });
    await session.adopt(await ProgramStore.open(path, session.storeOptions));
    const server = await startBrowserServer({
      handlers: createHandlers(session),
      // Saves by others on disk reach the window, as in `liaison serve`.
      subscribe: (listener) => session.subscribe(listener),
      rendererDir: join(outDir, 'renderer'),
    });
    try {
      const page = await browser.newPage({ viewport: config.use?.viewport ?? { width: 1360, height: 820 } });
      await page.goto(server.url);
      await page.getByTestId('program-name').waitFor();
      await use(page);
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
