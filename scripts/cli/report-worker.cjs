// out/cli/report-worker.cjs (copied there by scripts/build-cli.mjs): a batch worker of
// electron/node/report-pool.ts, which looks for it beside the bundle; it runs the bundle's worker
// with the same code cache as the command line.
'use strict';
void require('./liaison.cjs').loadBundle().startReportWorker();
