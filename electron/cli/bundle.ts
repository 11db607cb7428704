/**
 * The built command line's entry (scripts/build-cli.mjs bundles this into out/cli/bundle.cjs):
 * the command line, and the batch worker, in one file that loads with one V8 code cache.
 */
import { createRequire } from 'node:module';
import type * as Zlib from 'node:zlib';
import { z } from 'zod';
import { provideDeflate } from '../../shared/docx/xml/package.ts';

/**
 * Validates a program file once or a few times and exits, so zod's compiled object parsers
 * (`new Function` per schema, paid on the first parse) cost more than they save: about 40 ms of a
 * cold `report` here, against 7 ms interpreted. zod reads the setting when a schema is built, so
 * the command line is imported after it. `serve` is a long-lived server: it keeps them.
 */
function oneShotSchemas(): void {
  z.config({ jitless: true });
}

/**
 * Documents are deflated by Node's zlib rather than fflate: native code, so a one-document command
 * pays neither fflate's tables nor its first, interpreted run (about 35 ms of a cold report).
 */
function nativeDeflate(): void {
  // Required when the first document is zipped (a dynamic import() has no loader in the bundle's vm.Script).
  provideDeflate(() => {
    const { deflateRawSync } = createRequire(import.meta.url)('node:zlib') as typeof Zlib;
    return (data) => deflateRawSync(data, { level: 6 });
  });
}

/** Runs the command line; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  if (argv[0] !== 'serve') oneShotSchemas();
  nativeDeflate();
  const { main } = await import('./index.ts');
  return main(argv);
}

/** Starts the batch worker of electron/node/report-pool.ts in this thread. */
export async function startReportWorker(): Promise<void> {
  oneShotSchemas();
  nativeDeflate();
  await import('../node/report-worker.ts');
}
