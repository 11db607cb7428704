/**
 * Starting a batch's worker threads (report-pool.ts), and starting them early: a worker takes
 * ~70 ms to start (Node, then the bundle), so `liaison report --due` starts them before it reads
 * the program, and a worker is ready by the time the batch is known. Started early, a worker does
 * not keep the process alive: a command that ends before its batch (nobody due, a bad file) exits.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type * as Threads from 'node:worker_threads';

/** node:worker_threads, loaded when a worker starts: a one-document command never pays for it. */
const startWorker = (entry: { script: string | URL; eval: boolean }): Threads.Worker => {
  const { Worker: Thread } = createRequire(import.meta.url)('node:worker_threads') as typeof Threads;
  return new Thread(entry.script, { eval: entry.eval });
};

/**
 * Where the worker's code is: built JavaScript beside this module when it runs from a build
 * (out/cli; out/main, whose chunks sit one folder down), else the TypeScript source through tsx
 * (development and tests only). Null when neither can be had: the batch then runs on one thread.
 */
function workerEntry(): { script: string | URL; eval: boolean } | null {
  for (const name of ['./report-worker.cjs', './report-worker.js', '../report-worker.js']) {
    const built = new URL(name, import.meta.url);
    if (built.protocol === 'file:' && existsSync(built)) return { script: built, eval: false };
  }
  const source = new URL('./report-worker.ts', import.meta.url);
  let tsx: string;
  try {
    tsx = import.meta.resolve('tsx/esm/api');
  } catch {
    return null;
  }
  if (source.protocol !== 'file:' || !existsSync(source)) return null;
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source.href)}); });`;
  return { script: code, eval: true };
}

/** How many workers a batch of `documents` gets: one per core, at least two, never more than documents. */
export function workersFor(documents: number): number {
  return Math.min(documents, Math.max(2, availableParallelism()));
}

let early: Threads.Worker[] = [];

/** Starts the workers a long batch would get, before it is known how long the batch is. */
export function startWorkersEarly(): void {
  if (early.length > 0) return;
  const entry = workerEntry();
  if (!entry) return;
  for (let i = 0; i < workersFor(Infinity); i++) {
    const worker = startWorker(entry);
    worker.unref();
    // Until a batch takes it, a worker that fails to start is simply not there.
    worker.once('error', () => (early = early.filter((w) => w !== worker)));
    early.push(worker);
  }
}

/** Stops the workers started early that no batch took (a batch too short for workers). */
export function stopEarlyWorkers(): void {
  for (const worker of early.splice(0)) void worker.terminate();
}

/**
 * `count` workers: those started early first (kept alive from now on), then new ones; an early
 * worker not taken is stopped. Empty when there is no worker code to run.
 */
export function takeWorkers(count: number): Threads.Worker[] {
  const taken = early.splice(0, count);
  stopEarlyWorkers();
  taken.forEach((w) => w.ref());
  const entry = taken.length < count ? workerEntry() : null;
  while (entry && taken.length < count) taken.push(startWorker(entry));
  return taken;
}
