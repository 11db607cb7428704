#!/usr/bin/env node
// Builds the command line into plain JavaScript (out/cli/), so `liaison` starts without compiling
// TypeScript. Run by `npm run build` and by npm's `prepare` (so `npm install` and `npm ci` make it).
// esbuild rather than a second electron-vite target: one call, about a second, and it bundles what
// every start needs, dependencies included, so a report resolves no node_modules at all.
//
// out/cli/bundle.cjs   the command line and the batch worker, one CommonJS file (see below)
// out/cli/liaison.cjs  loads it with a V8 code cache and runs it (scripts/cli/liaison.cjs)
// out/cli/report-worker.cjs  a batch worker, loaded the same way (scripts/cli/report-worker.cjs)
// out/cli/bundle.cjs.<id>.v8-cache  the code cache, made here by running a few commands
// out/cli/bundle.cjs.<id>.batch.v8-cache  the same for a batch, under its V8 flags (liaison.cjs)
// out/cli/build.json, sources.json  the bundle's name and id; the sources it was built from
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, process.argv[2] ?? 'out/cli');

await rm(outdir, { recursive: true, force: true });
/**
 * zod's `z.locales` namespace pulls its 40-odd translations (about 360 KB) into every start; we
 * never call `z.config(z.locales.xx())`, and English, its default, is imported on its own.
 */
const onlyEnglishZod = {
  name: 'only-english-zod',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes('/node_modules/zod/')
        ? { path: 'zod-locales', namespace: 'liaison' }
        : undefined,
    );
    bundle.onLoad({ filter: /^zod-locales$/, namespace: 'liaison' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: root,
    }));
  },
};

/**
 * proper-lockfile takes its fs from graceful-fs, which patches Node's fs at load (~5 ms of every
 * cold command here) to queue opens past the process's file limit; the lock's few mkdir, stat and
 * utimes calls never meet that limit, so the bundle hands it Node's own fs.
 */
const plainFs = {
  name: 'plain-fs',
  setup(bundle) {
    bundle.onResolve({ filter: /^graceful-fs$/ }, (args) =>
      args.importer.includes('/node_modules/proper-lockfile/')
        ? { path: 'graceful-fs', namespace: 'liaison' }
        : undefined,
    );
    bundle.onLoad({ filter: /^graceful-fs$/, namespace: 'liaison' }, () => ({
      contents: "module.exports = require('node:fs');",
      loader: 'js',
    }));
  },
};

/**
 * signal-exit (proper-lockfile's, which releases a lock when the process is killed) requires Node's
 * assert for one argument check, and assert is ~5 ms of every command that takes the write lock
 * here; the bundle hands it that one check.
 */
const lightAssert = {
  name: 'light-assert',
  setup(bundle) {
    bundle.onResolve({ filter: /^assert$/ }, (args) =>
      args.importer.includes('/node_modules/signal-exit/')
        ? { path: 'assert', namespace: 'liaison' }
        : undefined,
    );
    bundle.onLoad({ filter: /^assert$/, namespace: 'liaison' }, () => ({
      contents:
        'module.exports = { equal(actual, expected, message) { if (actual != expected) throw new Error(message); } };',
      loader: 'js',
    }));
  },
};

/**
 * The libraries of a few commands, left out of the bundle that every start reads (half its 1.5 MB:
 * ~10 ms of a cold report here) and required from node_modules (production dependencies, always
 * installed) by the command that uses them: docx for a user's Word template, nodemailer for
 * --email, ical.js for calendars, postal-mime for .eml files, papaparse for CSV. Each has a
 * CommonJS build, which Node's require takes.
 */
const ON_DEMAND = ['docx', 'nodemailer', 'nodemailer/*', 'ical.js', 'postal-mime', 'papaparse'];

const result = await build({
  absWorkingDir: root,
  entryPoints: { bundle: 'electron/cli/bundle.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  // One CommonJS file rather than ES module chunks: Node 20 caches no compiled ES modules, but a
  // script run through vm.Script takes a V8 code cache. What a command needs is still all it runs:
  // a module reached through `await import()` is evaluated only when that import runs.
  format: 'cjs',
  target: 'node20',
  // ES module builds first: jsonc-parser's UMD main requires its parts at run time, which a bundle
  // cannot follow; its ESM build imports them statically.
  mainFields: ['module', 'main'],
  // The sources' `import.meta` in a CommonJS file: the bundle's own URL (report-pool.ts finds the
  // built worker beside it), and no resolver (so the pool never looks for tsx).
  define: { 'import.meta.url': '__liaisonUrl', 'import.meta.resolve': '__liaisonNoResolve' },
  banner: {
    js: "const __liaisonUrl = require('node:url').pathToFileURL(__filename).href; const __liaisonNoResolve = (name) => { throw new Error(`${name} is not resolved in the built command line`); };",
  },
  legalComments: 'none',
  // Less to read and hash at every start (1.4 MB rather than 2.2 MB; about 20 ms of a cold report
  // here). Names are kept, so a stack trace still says which function failed.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  metafile: true,
  plugins: [onlyEnglishZod, plainFs, lightAssert],
  external: ON_DEMAND,
});
const bundleText = await readFile(join(outdir, 'bundle.cjs'));
const id = createHash('sha256').update(bundleText).digest('hex').slice(0, 16);
await writeFile(join(outdir, 'build.json'), JSON.stringify({ bundle: 'bundle.cjs', id }));
for (const name of ['liaison.cjs', 'report-worker.cjs'])
  await copyFile(join(root, 'scripts/cli', name), join(outdir, name));
// The project's own sources in the build, so bin/liaison.cjs can tell a stale build (a source
// edited since) and run the sources instead of yesterday's code.
// (Only files: the plugin's module above is named `liaison:zod-locales`, and is no file.)
const sources = Object.keys(result.metafile.inputs).filter(
  (path) => !path.startsWith('node_modules/') && !path.includes(':'),
);
await writeFile(join(outdir, 'sources.json'), JSON.stringify(sources));

// The code caches: V8 keeps the functions a run compiled, so a cache is made after running what a
// user runs most, on the demo program, with nothing recorded and everything in a folder removed
// after. Only that: every start reads the whole cache (what `new` or `validate` alone compiled in
// it made a cold report ~9 ms slower here); other commands compile what they run. One process per
// cache: a batch's V8 flags are the process's, and its cache is made under them (liaison.cjs
// `forBatch`). The demo's due batch (three documents) renders on its own thread, so the batch's
// cache has the workers' functions too.
const work = await mkdtemp(join(tmpdir(), 'liaison-build-cli-'));
try {
  const program = join(work, 'demo.json');
  const today = '2026-11-20';
  const docs = join(work, 'docs');
  /** Runs these commands in one process, then writes the code cache of `cache` (a batch's, the default, or none). */
  const prime = (runs, cache) => {
    const code = `
      const starter = require(${JSON.stringify(join(outdir, 'liaison.cjs'))});
      ${cache === 'batch' ? 'starter.forBatch();' : ''}
      const bundle = starter.loadBundle();
      (async () => {
        for (const args of ${JSON.stringify(runs)}) if ((await bundle.run(args)) !== 0) process.exit(1);
        if (${JSON.stringify(cache !== null)} && !bundle.writeCache()) process.exit(2);
      })();`;
    const primed = spawnSync(process.execPath, ['-e', code], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, LIAISON_DATA_DIR: join(work, 'data') },
    });
    if (primed.status !== 0)
      throw new Error(`The built command line failed while making its code cache:\n${primed.stderr}`);
  };
  prime([['new', program, '--demo', '--today', today]], null);
  // A report for one reader, as a user runs it most: each of the demo's readers in turn, so every
  // kind of document is compiled. The due batch has its cache of its own (below).
  const readers = JSON.parse(await readFile(program, 'utf8')).stakeholders.map((s) => s.id);
  const report = (id) => [
    'report',
    program,
    '--stakeholder',
    id,
    '--today',
    today,
    '--out',
    docs,
    '--dry-run',
  ];
  prime(readers.map(report), 'default');
  prime([['report', program, '--due', '--today', today, '--out', docs, '--dry-run']], 'batch');
} finally {
  await rm(work, { recursive: true, force: true });
}
