#!/usr/bin/env node
// The `liaison` command: runs the TypeScript command line directly through tsx, so it works
// right after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
