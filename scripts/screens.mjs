#!/usr/bin/env node
/**
 * Screenshots of every screen at 1024×700 and 1920×1080, light and dark, to look at:
 *   node scripts/screens.mjs [dir]      (default: test-results/screens)
 * Runs the "every screen" tests of tests/e2e/look.spec.ts in the browser mode with
 * LIAISON_SCREENS=<dir>, against the current build (run `npm run build` first). The same tests
 * run without the variable in the suite, and then take no screenshot.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'test-results/screens');
const run = spawnSync(
  'npx',
  ['playwright', 'test', 'tests/e2e/look.spec.ts', '--project=browser', '-g', 'every screen'],
  { stdio: 'inherit', env: { ...process.env, LIAISON_SCREENS: dir } },
);
if (run.status === 0) console.log(`Screenshots in ${dir}`);
process.exit(run.status ?? 1);
