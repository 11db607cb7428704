/**
 * `liaison interactions import <file> --eml <files...> [--dry-run]`: logs each email with the
 * stakeholders on it (shared/email/capture.ts, as the app does) and lists the addresses not on
 * the map. Exit 1 when a file could not be read or a message could not be logged.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describeCaptured, planEmailCapture } from '../../../shared/email/capture.ts';
import { readEmls } from '../../node/eml.ts';
import { sysCode } from '../../node/errors.ts';
import { defaultDataDir } from '../../node/settings.ts';
import { ProgramStore } from '../../node/store.ts';
import { EXIT, type Output } from '../output.ts';

export interface InteractionsImportOptions {
  file: string;
  emls: string[];
  dryRun: boolean;
}

export async function interactionsImportCommand(
  options: InteractionsImportOptions,
  io: Output,
): Promise<number> {
  const store = await ProgramStore.open(options.file, { backupDir: join(defaultDataDir(), 'backups') });
  const files: Array<{ name: string; bytes: Uint8Array }> = [];
  const failed: Array<{ name: string; message: string }> = [];
  for (const path of options.emls) {
    try {
      files.push({ name: basename(path), bytes: await readFile(path) });
    } catch (error) {
      const code = sysCode(error);
      failed.push({
        name: basename(path),
        message:
          code === 'ENOENT'
            ? `${path} does not exist.`
            : `${path} cannot be read (${code ?? 'unknown error'}).`,
      });
    }
  }
  const read = await readEmls(files);
  failed.push(...read.failed);
  const plan = planEmailCapture(store.file, read.messages);
  for (const a of plan.added) io.out(`logged: ${describeCaptured(a)}`);
  for (const d of plan.duplicates) io.out(`already in the log: "${d.subject}" (${d.source})`);
  for (const u of plan.unmatched) io.out(`nobody on the map: "${u.subject}" (${u.source}), not logged`);
  for (const u of plan.unknown) io.out(`not on the map: ${u.name ? `${u.name} <${u.email}>` : u.email}`);
  for (const f of failed) io.err(f.message);
  for (const p of plan.problems) io.err(p.message);
  const summary = `${plan.added.length} logged, ${plan.duplicates.length} already in the log, ${plan.unmatched.length} with nobody on the map`;
  if (options.dryRun) io.out(`${summary}. --dry-run: ${basename(options.file)} was not changed.`);
  else if (plan.file !== store.file) {
    await store.replace(plan.file);
    io.out(`${summary}. Saved ${basename(options.file)}.`);
  } else io.out(`${summary}. Nothing to change in ${basename(options.file)}.`);
  return failed.length + plan.problems.length > 0 ? EXIT.problem : EXIT.ok;
}
