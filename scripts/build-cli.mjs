#!/usr/bin/env node
// Builds the command line into plain JavaScript (out/cli/), so `liaison` starts without compiling
// TypeScript. Run by `npm run build` and by npm's `prepare` (so `npm install` and `npm ci` make it).
// esbuild rather than a second electron-vite target: one call, about a second, and it bundles the
// dependencies too, so a start resolves no node_modules at all.
import { rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
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

const result = await build({
  absWorkingDir: root,
  entryPoints: {
    liaison: 'electron/cli/index.ts',
    // The batch pool's worker (electron/node/report-pool.ts looks for it beside itself).
    'report-worker': 'electron/node/report-worker.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // ES module builds first: jsonc-parser's UMD main requires its parts at run time, which a bundle
  // cannot follow; its ESM build imports them statically.
  mainFields: ['module', 'main'],
  // Chunks shared by the entries, and the commands each loaded when it runs (see electron/cli/index.ts).
  splitting: true,
  chunkNames: 'chunk-[hash]',
  // Some dependencies are CommonJS and call require() for Node's built-ins: give them one.
  banner: {
    js: "import { createRequire as __liaisonRequire } from 'node:module'; const require = __liaisonRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  plugins: [onlyEnglishZod],
});
// The project's own sources in the build, so bin/liaison.mjs can tell a stale build (a source
// edited since) and run the sources instead of yesterday's code.
// (Only files: the plugin's module above is named `liaison:zod-locales`, and is no file.)
const sources = Object.keys(result.metafile.inputs).filter(
  (path) => !path.startsWith('node_modules/') && !path.includes(':'),
);
await writeFile(resolve(outdir, 'sources.json'), JSON.stringify(sources));
