/**
 * The cell edit of the browser benchmark (edit.ts) in a process of its own, against the build in
 * out/ (run `npm run build` first) or LIAISON_OUT_DIR: `npx tsx bench/browser/edit-alone.ts`.
 * `npm run bench` runs it so (run.ts), after the other browser benchmarks.
 */
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import config from '../../playwright.config.ts';
import { benchCellEdit, describeBreakdown, type EditBreakdown } from './edit.ts';
import { summarize } from './serve.ts';

const outDir = resolve(process.env.LIAISON_OUT_DIR ?? join(import.meta.dirname, '../../out'));
const browser = await chromium.launch({ ...config.use?.launchOptions });
try {
  const breakdown: EditBreakdown = { sent: [], main: [], answered: [] };
  const all = await benchCellEdit(browser, join(outDir, 'renderer'), 21, breakdown);
  const samples = all.slice(1);
  console.log(summarize({ name: 'cell edit to saved and painted', samples, target: 50 }));
  console.log(describeBreakdown(all, breakdown));
  if (process.env.BENCH_SAMPLES) {
    console.log('total', samples.map((x) => x.toFixed(0)).join(' '));
    console.log(
      'main ',
      breakdown.main
        .slice(1)
        .map((x) => x.toFixed(0))
        .join(' '),
    );
  }
} finally {
  await browser.close();
}
