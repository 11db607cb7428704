/**
 * A cell edit in Chromium (browser mode) on a program of 10,000 stakeholders and 5,000 items:
 * from the Enter that commits a new title to the painted frame in which the cell shows it, which
 * happens only after main applied the edit's operations, checked them and saved the file (the
 * window shows what is on disk). Target (issue 10): median 50 ms. Prints figures; asserts nothing.
 * Beside the median, where the time went (describeBreakdown): the window until it sent the
 * operations, main's apply (lock, check, write, fsync), the HTTP round trip's rest, and the window
 * from main's answer to the painted frame. The breakdown only reads clocks; the figure is the same.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { createHandlers } from '../../electron/node/handlers/index.ts';
import { startBrowserServer } from '../../electron/node/http-server.ts';
import { serializeProgram } from '../../electron/node/program-bytes.ts';
import { Session } from '../../electron/node/session.ts';
import { ProgramStore } from '../../electron/node/store.ts';
import { generateProgram } from '../../tests/helpers/generate-program.ts';
import { median } from '../measure.ts';
import { installEditProbe, type EditProbe } from './probes.ts';

const TODAY = '2026-11-20';

/** Where each edit's time went (ms, one entry per sample), for a line beside the median. */
export interface EditBreakdown {
  /** From the Enter until the window sent `file:apply`. */
  sent: number[];
  /** Main's `Session.apply`: check, lock, rebase if needed, validate, write, fsync. */
  main: number[];
  /** From the Enter until the answer had arrived in the window. */
  answered: number[];
}

/** Edits one person's title `runs` times; returns the samples (ms), filling `breakdown` if given. */
export async function benchCellEdit(
  browser: Browser,
  rendererDir: string,
  runs = 21,
  breakdown?: EditBreakdown,
): Promise<number[]> {
  const dir = await mkdtemp(join(tmpdir(), 'liaison-bench-edit-'));
  try {
    const dataDir = join(dir, 'data');
    await mkdir(dataDir);
    const path = join(dir, 'large.json');
    await writeFile(
      path,
      serializeProgram(generateProgram({ stakeholders: 10_000, items: 5_000, today: TODAY })),
    );
    const session = await Session.start({ mode: 'browser', version: 'bench', dataDir, today: TODAY });
    await session.adopt(await ProgramStore.open(path, session.storeOptions));
    // Times main's part of each edit (the real method, wrapped; nothing else changes).
    const mainTimes: number[] = [];
    const apply = session.apply.bind(session);
    session.apply = async (...args) => {
      const start = performance.now();
      try {
        return await apply(...args);
      } finally {
        mainTimes.push(performance.now() - start);
      }
    };
    const server = await startBrowserServer({
      handlers: createHandlers(session),
      subscribe: (listener) => session.subscribe(listener),
      rendererDir,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
      await page.goto(server.url);
      await page.getByTestId('program-name').waitFor();
      await page.evaluate('globalThis.__name = (fn) => fn');
      await page.evaluate(installEditProbe);
      await page
        .getByRole('navigation', { name: 'Screens' })
        .getByRole('button', { name: 'Stakeholders', exact: true })
        .click();
      const first = page.locator('[role="grid"][aria-label="Stakeholders"] [data-row-id]').first();
      await first.waitFor();
      const id = await first.getAttribute('data-row-id');
      const selector = `[data-row-id="${id}"] [data-col="title"]`;
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const text = `Title ${i} ${Date.now() % 1000}`;
        await page.locator(selector).dblclick();
        await page.locator(`${selector} input`).fill(text);
        await page.evaluate(
          ([s, t]) => (globalThis as unknown as EditProbe).armEdit(s as string, t as string),
          [selector, text],
        );
        await page.keyboard.press('Enter');
        samples.push(await page.evaluate(() => (globalThis as unknown as EditProbe).edited()));
        const phases = await page.evaluate(() => (globalThis as unknown as EditProbe).phases());
        breakdown?.sent.push(phases.sent);
        breakdown?.answered.push(phases.answered);
        breakdown?.main.push(mainTimes.at(-1) ?? -1);
      }
      return samples;
    } finally {
      await server.close();
      await session.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * One line of medians (after the first `skip` edits): the window until it sent, main's apply,
 * the round trip's rest (HTTP, JSON), and the window from the answer to the painted frame.
 */
export function describeBreakdown(samples: readonly number[], b: EditBreakdown, skip = 1): string {
  const at = <T>(list: readonly T[]) => list.slice(skip);
  const sent = at(b.sent);
  const answered = at(b.answered);
  const main = at(b.main);
  const trip = answered.map((a, i) => a - (sent[i] ?? 0) - (main[i] ?? 0));
  const painted = at(samples as number[]).map((t, i) => t - (answered[i] ?? 0));
  const f = (n: number) => `${n.toFixed(1)} ms`;
  return `    medians: window until sent ${f(median(sent))}, main's apply ${f(median(main))}, HTTP and JSON ${f(median(trip))}, window from answer to painted ${f(median(painted))}`;
}
