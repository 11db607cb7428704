// out/cli/report-worker.cjs (copied there by scripts/build-cli.mjs): a batch worker of
// electron/node/report-pool.ts, which looks for it beside the bundle; it runs the bundle's worker
// with the batch's V8 flags and code cache (only a batch starts workers).
'use strict';
const starter = require('./liaison.cjs');
starter.forBatch({ worker: true });
const bundle = starter.loadBundle();
// Straight to the process's stderr: a worker's process.stderr is relayed by the main thread, and a
// line still on its way when the batch ends and stops the worker is lost.
if (process.env.LIAISON_DEBUG)
  require('node:fs').writeSync(2, `liaison: worker code cache ${bundle.cache}\n`);
void bundle.startReportWorker();
