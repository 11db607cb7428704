/**
 * A batch worker (see report-pool.ts): composes and renders the documents it is sent, for the
 * program it is sent first, and answers each with the bytes or the reason it failed. The
 * bytes are handed over, not copied; a snapshot the same as one it sent lately goes as the id of
 * that job (every internal reader of a batch sees the same record: 1.4 MB of snapshot each on a
 * program of 5,000 items, which copying to the writing thread cost more than rendering).
 */
import { parentPort } from 'node:worker_threads';
import { sameSnapshot, type ReportSnapshot } from '../../shared/view/snapshot.ts';
import { renderDocument } from './document-render.ts';
import { AppError } from './errors.ts';
import { SNAPSHOTS_KEPT, type WorkerMessage, type WorkerReply, type WorkerSetup } from './report-pool.ts';

const port = parentPort;
if (!port) throw new Error('report-worker.ts runs only as a worker thread (see report-pool.ts).');
/** The program and options of the batch: its first message (it may start before they are known). */
let setup: WorkerSetup | undefined;

/** The snapshots last sent whole, oldest first; the pool keeps the same list for this worker. */
const sent: Array<{ id: number; snapshot: ReportSnapshot }> = [];

function snapshotReply(
  id: number,
  snapshot: ReportSnapshot,
): { snapshot: ReportSnapshot } | { snapshotOf: number } {
  const same = sent.find((s) => s.snapshot === snapshot || sameSnapshot(s.snapshot, snapshot));
  if (same) return { snapshotOf: same.id };
  sent.push({ id, snapshot });
  if (sent.length > SNAPSHOTS_KEPT) sent.shift();
  return { snapshot };
}

port.on('message', (message: WorkerMessage) => {
  if ('setup' in message) {
    setup = message.setup;
    return;
  }
  const { id, request } = message;
  const ready = setup
    ? Promise.resolve(setup)
    : Promise.reject(new Error('A batch worker was sent a document before its program.'));
  ready
    .then(({ file, options }) => renderDocument(file, request, options))
    .then(
      ({ snapshot, bytes, ...rest }) => {
        // A view of a larger buffer (Node's pool) cannot be handed over alone: copied first.
        const own =
          bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
        const reply: WorkerReply = {
          id,
          ok: true,
          rendered: { ...rest, bytes: own, ...snapshotReply(id, snapshot) },
        };
        port.postMessage(reply, [own.buffer as ArrayBuffer]);
      },
      (error: unknown) =>
        port.postMessage({
          id,
          ok: false,
          code: error instanceof AppError ? error.code : null,
          message: error instanceof Error ? error.message : String(error),
        } satisfies WorkerReply),
    );
});
