// out/cli/liaison.cjs (copied there by scripts/build-cli.mjs): loads the built command line,
// out/cli/bundle.cjs, with a V8 code cache, and runs it. Node 20 keeps no compile cache of its own
// (module.enableCompileCache is Node 22), and compiling the bundle's functions is about a fifth of
// a cold `liaison report`; `vm.Script` takes a cache V8 made of them, after a run that compiled
// them (the build makes one; a cache V8 refuses, after a Node upgrade, is made again here).
// CommonJS, as bin/liaison.cjs is: Node's ES module loader alone is ~13 ms of a cold start.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

let loaded = null;

/**
 * V8's flags for a batch (`report --due`, and its worker threads). A batch is over in a second or
 * a few, and V8's optimizing compiler is tuned for programs that run for minutes: the main thread
 * and each worker optimized the same hot functions, and that compiling (on V8's helper threads,
 * ~40% of a 200-document batch's CPU) cost more than the optimized code saved before the batch
 * ended. Waiting 16 times as long before optimizing a function (V8's budget: 66 KB of bytecode
 * run), only what stays hot is: a 200-document batch takes about a quarter less time and CPU, the
 * 1,000-person batch 5-10% less (bench/command-line.ts). Not for one document: under changed flags
 * Node's own modules load without their code cache, and a cold report was ~20 ms slower (a due
 * batch of three documents pays ~14 ms of that).
 */
const BATCH_FLAGS = `--interrupt-budget=${16 * 66 * 1024}`;
let batch = false;

/**
 * Sets V8's flags for a batch, before the bundle is loaded: V8 refuses a code cache made under
 * other flags, so a batch has a cache of its own. A batch's worker (`worker: true`) only loads
 * that cache: V8's flags are the process's, set by the batch that started it.
 */
function forBatch({ worker = false } = {}) {
  if (loaded)
    throw new Error('forBatch() comes before loadBundle(): V8 checks a code cache against the flags.');
  if (batch) return;
  batch = true;
  if (!worker) require('node:v8').setFlagsFromString(BATCH_FLAGS);
}

/**
 * The bundle's exports (`run`, `startReportWorker`), evaluated once per thread. `cache` says what
 * became of the code cache: 'used', 'refused' (made by another Node or V8 flags) or 'absent'.
 */
function loadBundle() {
  if (loaded) return loaded;
  const build = JSON.parse(readFileSync(join(__dirname, 'build.json'), 'utf8'));
  const filename = join(__dirname, build.bundle);
  // Named after the bundle's content: V8 checks a cache against the source's length only.
  const cachePath = join(__dirname, `${build.bundle}.${build.id}${batch ? '.batch' : ''}.v8-cache`);
  let cachedData;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(filename, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(filename), module, filename, __dirname);
  const cache = !cachedData ? 'absent' : script.cachedDataRejected ? 'refused' : 'used';
  loaded = {
    ...module.exports,
    cache,
    /** Writes the code cache, with what this process compiled so far (best effort: it only saves time). */
    writeCache() {
      try {
        const temp = `${cachePath}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cachePath);
        return true;
      } catch {
        return false;
      }
    },
  };
  return loaded;
}

/** Runs the command line with these arguments; resolves with the exit code. */
async function main(argv) {
  // A batch: the command electron/cli/bundle.ts starts workers early for. It asks argv itself:
  // run from the sources through tsx, it has no starter to be told by.
  if (argv[0] === 'report' && argv.includes('--due')) forBatch();
  const bundle = loadBundle();
  if (process.env.LIAISON_DEBUG) process.stderr.write(`liaison: code cache ${bundle.cache}\n`);
  const code = await bundle.run(argv);
  if (bundle.cache !== 'used') bundle.writeCache();
  return code;
}

module.exports = { forBatch, loadBundle, main };
