#!/usr/bin/env node
// The `liaison` command: runs the built command line (out/cli/, made by `npm install` and
// `npm run build`), so a start compiles no TypeScript. In a checkout whose sources changed since
// the build (or that was never built), it runs the TypeScript sources through tsx instead, a
// development dependency; without tsx it says what to run. LIAISON_DEBUG=1 says which on stderr.
// CommonJS, so a start never sets up Node's ES module loader (~13 ms of a cold report here).
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { join, sep } = require('node:path');
const { pathToFileURL } = require('node:url');

const root = join(__dirname, '..');
const built = join(root, 'out', 'cli');

/** Why the build cannot be run, or null when it is current (about a hundred stat calls: ~1 ms). */
function staleBuild() {
  let builtAt;
  let sources;
  try {
    // Written after the bundle it lists the sources of.
    const listed = join(built, 'sources.json');
    builtAt = statSync(listed).mtimeMs;
    sources = JSON.parse(readFileSync(listed, 'utf8'));
  } catch {
    return 'out/cli is not built';
  }
  for (const source of sources) {
    const changed = statSync(join(root, source), { throwIfNoEntry: false });
    if (!changed || changed.mtimeMs > builtAt) return `${source} changed since the build`;
  }
  return null;
}

const debug = (line) => {
  if (process.env.LIAISON_DEBUG) process.stderr.write(`liaison: ${line}\n`);
};

/** tsx's loader, when the development dependencies are installed. */
async function tsx() {
  try {
    return await import('tsx/esm/api');
  } catch {
    return null;
  }
}

/** The command line to run: the build, or the sources through tsx. */
async function commandLine() {
  const stale = staleBuild();
  if (stale === null) {
    debug(`running ${built}${sep}`);
    return require('../out/cli/liaison.cjs');
  }
  const loader = await tsx();
  if (loader) {
    debug(`${stale}: running the sources through tsx`);
    loader.register();
    const { run } = await import(pathToFileURL(join(root, 'electron/cli/bundle.ts')).href);
    return { main: run };
  }
  if (stale === 'out/cli is not built') {
    process.stderr.write(
      `liaison: ${stale}, and tsx (a development dependency) is not installed to run the sources.\n` +
        `Run "npm install" in ${root} (it builds out/cli), or "npm run build:cli".\n`,
    );
    return null;
  }
  process.stderr.write(
    `liaison: warning: ${stale}, and tsx (a development dependency) is not installed to run the\n` +
      `sources: running the earlier build. "npm run build:cli" in ${root} builds them.\n`,
  );
  return require('../out/cli/liaison.cjs');
}

commandLine().then(
  async (cli) => {
    process.exitCode = cli ? await cli.main(process.argv.slice(2)) : 1;
  },
  (error) => {
    process.stderr.write(`liaison: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
