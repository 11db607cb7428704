/**
 * A child process for the kill tests: saves the program at argv[2] over and over, each time with a
 * new name `save <n>` and a padded description, and prints `ack <n>` once each save has returned.
 */
import { ProgramStore } from '../../electron/node/store.ts';

const [path, backupDir] = process.argv.slice(2) as [string, string];
const store = await ProgramStore.open(path, { backupDir });
const padding = 'x'.repeat(200_000);
for (let n = 1; ; n++) {
  const file = structuredClone(store.file);
  file.program.name = `save ${n}`;
  file.program.why.technical = `${n} ${padding}`;
  await store.replace(file);
  process.stdout.write(`ack ${n}\n`);
}
