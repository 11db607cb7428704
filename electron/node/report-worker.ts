/**
 * A batch worker (see report-pool.ts): composes and renders the documents it is sent, for the
 * program it was started with, and answers each with the bytes or the reason it failed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderDocument, type DocumentRequest } from './documents.ts';
import { AppError } from './errors.ts';
import type { WorkerReply, WorkerSetup } from './report-pool.ts';

const port = parentPort;
if (!port) throw new Error('report-worker.ts runs only as a worker thread (see report-pool.ts).');
const { file, options } = workerData as WorkerSetup;

port.on('message', ({ id, request }: { id: number; request: DocumentRequest }) => {
  renderDocument(file, request, options).then(
    (rendered) => port.postMessage({ id, ok: true, rendered } satisfies WorkerReply),
    (error: unknown) =>
      port.postMessage({
        id,
        ok: false,
        code: error instanceof AppError ? error.code : null,
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
  );
});
