#!/usr/bin/env node
// The `liaison` command: runs the built command line (out/cli/liaison.mjs, made by `npm install`
// and `npm run build`), so a start compiles no TypeScript. In a checkout that was never built, or
// whose sources changed since the build, it runs the TypeScript sources through tsx instead
// (development only). LIAISON_DEBUG=1 says which on stderr.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = new URL('../out/cli/liaison.mjs', import.meta.url);

/** Why the build cannot be run, or null when it is current (about a hundred stat calls: ~1 ms). */
function staleBuild() {
  let builtAt;
  let sources;
  try {
    builtAt = statSync(built).mtimeMs;
    sources = JSON.parse(readFileSync(new URL('../out/cli/sources.json', import.meta.url), 'utf8'));
  } catch {
    return 'out/cli is not built (npm run build:cli)';
  }
  for (const source of sources) {
    const changed = statSync(root + source, { throwIfNoEntry: false });
    if (!changed || changed.mtimeMs > builtAt) return `${source} changed since the build`;
  }
  return null;
}

const stale = staleBuild();
const debug = (line) => {
  if (process.env.LIAISON_DEBUG) process.stderr.write(`liaison: ${line}\n`);
};
let cli;
if (stale === null) {
  debug(`running ${fileURLToPath(built)}`);
  cli = await import(built.href);
} else {
  debug(`${stale}: running the sources through tsx`);
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../electron/cli/index.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
