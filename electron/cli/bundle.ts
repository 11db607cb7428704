/**
 * The built command line's entry (scripts/build-cli.mjs bundles this into out/cli/bundle.cjs):
 * the command line, and the batch worker, in one file that loads with one V8 code cache.
 */
import { z } from 'zod';

/**
 * Validates a program file once or a few times and exits, so zod's compiled object parsers
 * (`new Function` per schema, paid on the first parse) cost more than they save: about 40 ms of a
 * cold `report` here, against 7 ms interpreted. zod reads the setting when a schema is built, so
 * the command line is imported after it. `serve` is a long-lived server: it keeps them.
 */
function oneShotSchemas(): void {
  z.config({ jitless: true });
}

/** Runs the command line; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  // A batch's workers start now, while the program is read and checked (worker-start.ts). The
  // built starter asks the same of argv to set a batch's V8 flags (scripts/cli/liaison.cjs).
  if (argv[0] === 'report' && argv.includes('--due'))
    (await import('../node/worker-start.ts')).startWorkersEarly();
  if (argv[0] !== 'serve') oneShotSchemas();
  const { main } = await import('./index.ts');
  return main(argv);
}

/** Starts the batch worker of electron/node/report-pool.ts in this thread. */
export async function startReportWorker(): Promise<void> {
  oneShotSchemas();
  await import('../node/report-worker.ts');
}
