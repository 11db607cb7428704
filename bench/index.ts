/** `npm run bench`: prints the figures; it asserts nothing (speed targets live here, not in tests). */
import { benchInvitations } from './invitations.ts';
import { benchCommandLine } from './command-line.ts';
import { benchReports } from './reports.ts';
import { benchStore } from './store.ts';

console.log(`Liaison benchmarks · Node ${process.version} · ${new Date().toISOString()}`);
await benchStore();
await benchReports();
benchInvitations();
await benchCommandLine();
// The stakeholder table in Chromium, in its own process (it is checked against the DOM, not Node).
(await import('node:child_process')).spawnSync(
  process.execPath,
  ['--import', 'tsx', `${import.meta.dirname}/browser/run.ts`],
  { stdio: 'inherit' },
);
