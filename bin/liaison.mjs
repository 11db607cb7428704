#!/usr/bin/env node
// The `liaison` command: runs the built command line (out/cli/, made by `npm install` and
// `npm run build`), so a start compiles no TypeScript. In a checkout whose sources changed since
// the build (or that was never built), it runs the TypeScript sources through tsx instead, a
// development dependency; without tsx it says what to run. LIAISON_DEBUG=1 says which on stderr.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const listed = new URL('../out/cli/sources.json', import.meta.url);

/** Why the build cannot be run, or null when it is current (about a hundred stat calls: ~1 ms). */
function staleBuild() {
  let builtAt;
  let sources;
  try {
    // Written after the bundle it lists the sources of.
    builtAt = statSync(listed).mtimeMs;
    sources = JSON.parse(readFileSync(listed, 'utf8'));
  } catch {
    return 'out/cli is not built';
  }
  for (const source of sources) {
    const changed = statSync(root + source, { throwIfNoEntry: false });
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

const stale = staleBuild();
let cli;
if (stale === null) {
  debug(`running ${fileURLToPath(new URL('../out/cli/', import.meta.url))}`);
  cli = await import('../out/cli/liaison.mjs');
} else {
  const loader = await tsx();
  if (loader) {
    debug(`${stale}: running the sources through tsx`);
    loader.register();
    const { run } = await import('../electron/cli/bundle.ts');
    cli = { main: run };
  } else if (stale === 'out/cli is not built') {
    process.stderr.write(
      `liaison: ${stale}, and tsx (a development dependency) is not installed to run the sources.\n` +
        `Run "npm install" in ${root} (it builds out/cli), or "npm run build:cli".\n`,
    );
    process.exit(1);
  } else {
    process.stderr.write(
      `liaison: warning: ${stale}, and tsx (a development dependency) is not installed to run the\n` +
        `sources: running the earlier build. "npm run build:cli" in ${root} builds them.\n`,
    );
    cli = await import('../out/cli/liaison.mjs');
  }
}
process.exitCode = await cli.main(process.argv.slice(2));
