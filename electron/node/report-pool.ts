/**
 * A batch's documents composed and rendered on worker threads, one per core, while the calling
 * thread writes each file and records it in order. Jobs go out a few ahead of the writer, so a
 * long batch never holds every document in memory. A worker that dies has its jobs rendered here
 * instead: the batch never fails for it.
 */
import type { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../shared/ipc/envelope.ts';
import type { ProgramFile } from '../../shared/schema/program.ts';
import type { ReportSnapshot } from '../../shared/view/snapshot.ts';
import {
  renderDocument,
  type DocumentRequest,
  type RenderedDocument,
  type WriteOptions,
} from './document-render.ts';
import { AppError } from './errors.ts';
import { takeWorkers, workersFor } from './worker-start.ts';

/** What each worker is sent first: the program and the options every document shares. */
export interface WorkerSetup {
  file: ProgramFile;
  options: Pick<WriteOptions, 'today' | 'styles' | 'email'>;
}

/** How many of the snapshots a worker sent whole it may name again by their job's id. */
export const SNAPSHOTS_KEPT = 8;

/** A rendered document as a worker sends it: the snapshot whole, or the job that sent it whole. */
type SentDocument = Omit<RenderedDocument, 'snapshot'> &
  ({ snapshot: ReportSnapshot } | { snapshotOf: number });

/** What a worker is sent: its setup, once and first; then jobs. */
export type WorkerMessage = { setup: WorkerSetup } | { id: number; request: DocumentRequest };

/** A worker's answer to job `id`. */
export type WorkerReply =
  | { id: number; ok: true; rendered: SentDocument }
  | { id: number; ok: false; code: ErrorCode | null; message: string };

interface Job {
  id: number;
  request: DocumentRequest;
  resolve: (rendered: RenderedDocument) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  /** The snapshots this worker sent whole lately, as it keeps them (report-worker.ts). */
  snapshots: Array<{ id: number; snapshot: ReportSnapshot }>;
}

class RenderPool {
  private readonly workers: Slot[] = [];
  private readonly results: Array<Promise<RenderedDocument>> = [];
  private sent = 0;
  /** The last index the writer took (see `take`). */
  private taken = -1;
  /** Documents the workers rendered (the rest were rendered on this thread after a worker died). */
  byWorkers = 0;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly requests: DocumentRequest[],
    workers: Worker[],
    /** How many documents may be rendered ahead of the one being written. */
    private readonly ahead: number,
  ) {
    for (const worker of workers) {
      worker.postMessage({ setup } satisfies WorkerMessage);
      const slot: Slot = { worker, jobs: new Map<number, Job>(), snapshots: [] };
      worker.on('message', (reply: WorkerReply) => this.settle(slot, reply));
      worker.on('error', () => this.lose(slot));
      worker.on('exit', () => this.lose(slot));
      this.workers.push(slot);
    }
  }

  /** The rendered document for `requests[index]`; call in order. */
  take(index: number): Promise<RenderedDocument> {
    this.taken = index;
    this.pump(index + this.ahead);
    return this.results[index] as Promise<RenderedDocument>;
  }

  async close(): Promise<void> {
    const live = this.workers.splice(0);
    await Promise.all(live.map((slot) => slot.worker.terminate()));
  }

  private pump(until: number): void {
    while (this.sent < this.requests.length && this.sent <= until) {
      const id = this.sent++;
      const request = this.requests[id] as DocumentRequest;
      const result = new Promise<RenderedDocument>((resolve, reject) => {
        const slot = this.idlest();
        if (!slot) {
          renderDocument(this.setup.file, request, this.setup.options).then(resolve, reject);
          return;
        }
        slot.jobs.set(id, { id, request, resolve, reject });
        slot.worker.postMessage({ id, request } satisfies WorkerMessage);
      });
      // Awaited in order by take(); this keeps a failure that settles early from counting as unhandled.
      result.catch(() => undefined);
      this.results.push(result);
    }
  }

  private idlest(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.workers) if (!best || slot.jobs.size < best.jobs.size) best = slot;
    return best;
  }

  private settle(slot: Slot, reply: WorkerReply): void {
    const job = slot.jobs.get(reply.id);
    if (!job) return;
    slot.jobs.delete(reply.id);
    this.byWorkers++;
    // The next job goes out now, not when the writer next takes one: while it waits on a save or
    // a disk, the workers keep going (still never more than `ahead` past what it took).
    this.pump(this.taken + this.ahead);
    if (!reply.ok) {
      job.reject(reply.code ? new AppError(reply.code, reply.message) : new Error(reply.message));
      return;
    }
    const { snapshot, rendered } = this.snapshotOf(slot, reply.id, reply.rendered);
    if (snapshot) job.resolve({ ...rendered, snapshot });
    else job.reject(new Error(`A worker named the snapshot of a job it no longer keeps (${reply.id}).`));
  }

  /** The snapshot a worker sent, or named by the job that sent it whole (kept as the worker keeps it). */
  private snapshotOf(
    slot: Slot,
    id: number,
    sent: SentDocument,
  ): { snapshot: ReportSnapshot | undefined; rendered: Omit<RenderedDocument, 'snapshot'> } {
    if ('snapshotOf' in sent) {
      const { snapshotOf, ...rendered } = sent;
      return { snapshot: slot.snapshots.find((s) => s.id === snapshotOf)?.snapshot, rendered };
    }
    const { snapshot, ...rendered } = sent;
    slot.snapshots.push({ id, snapshot });
    if (slot.snapshots.length > SNAPSHOTS_KEPT) slot.snapshots.shift();
    return { snapshot, rendered };
  }

  /** A worker stopped: its unfinished jobs are rendered on this thread (or by the other workers). */
  private lose(slot: Slot): void {
    const at = this.workers.indexOf(slot);
    if (at < 0) return;
    this.workers.splice(at, 1);
    for (const job of slot.jobs.values())
      renderDocument(this.setup.file, job.request, this.setup.options).then(job.resolve, job.reject);
    slot.jobs.clear();
  }
}

/**
 * Starts workers for this batch (worker-start.ts `workersFor`; those `liaison report --due` started
 * early first); null when there is no worker code to start (the caller renders on its own thread).
 */
export function openRenderPool(
  file: ProgramFile,
  requests: DocumentRequest[],
  options: WorkerSetup['options'],
): { take(index: number): Promise<RenderedDocument>; close(): Promise<void>; byWorkers: number } | null {
  const workers = takeWorkers(workersFor(requests.length));
  if (workers.length === 0) return null;
  const setup: WorkerSetup = {
    file,
    options: {
      today: options.today,
      ...(options.styles ? { styles: options.styles } : {}),
      ...(options.email ? { email: true } : {}),
    },
  };
  return new RenderPool(setup, requests, workers, workers.length * 8);
}
