/** `liaison period next <file>`: moves the reporting period forward by its own length. */
import { join } from 'node:path';
import { formatRange } from '../../../shared/domain/dates.ts';
import { startNextPeriod } from '../../../shared/domain/period.ts';
import { defaultDataDir } from '../../node/settings.ts';
import { ProgramStore } from '../../node/store.ts';
import { EXIT, type Output } from '../output.ts';

export async function periodNextCommand(
  options: { file: string; dryRun: boolean },
  io: Output,
): Promise<number> {
  const store = await ProgramStore.open(options.file, { backupDir: join(defaultDataDir(), 'backups') });
  const before = store.file.program.period;
  const next = startNextPeriod(store.file);
  const after = next.program.period;
  const moved = `${formatRange(before.start, before.end)} to ${formatRange(after.start, after.end)}`;
  if (options.dryRun) {
    io.out(`The period would move from ${moved} (--dry-run: nothing was saved).`);
    return EXIT.ok;
  }
  await store.replace(next);
  io.out(`The reporting period moved from ${moved}.`);
  return EXIT.ok;
}
