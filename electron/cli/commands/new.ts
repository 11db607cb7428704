/**
 * `liaison new <file> --name N [--start D --end D] [--sponsor NAME] [--demo]`: writes a new
 * program file (an empty one, or the demo), never over an existing file.
 */
import { basename, join, resolve } from 'node:path';
import { demoProgram } from '../../../shared/demo/demo-program.ts';
import type { IsoDate } from '../../../shared/domain/dates.ts';
import { emptyProgram, newProgramProblems } from '../../../shared/record/new-program.ts';
import { defaultDataDir } from '../../node/settings.ts';
import { ProgramStore } from '../../node/store.ts';
import { EXIT, type Output } from '../output.ts';

export interface NewOptions {
  file: string;
  name?: string;
  start?: string;
  end?: string;
  sponsor?: string;
  demo: boolean;
  today: IsoDate;
}

/** Creates the file; prints what it holds, or every problem with the options (exit 2). */
export async function newCommand(options: NewOptions, io: Output): Promise<number> {
  const path = resolve(options.file);
  if (options.demo) {
    const given = ['name', 'start', 'end', 'sponsor'].filter(
      (k) => options[k as keyof NewOptions] !== undefined,
    );
    if (given.length > 0) {
      io.err(`--demo writes the demo program as it is; leave out ${given.map((k) => `--${k}`).join(', ')}.`);
      return EXIT.usage;
    }
    const store = await ProgramStore.create(path, demoProgram(options.today), storeOptions());
    io.out(`Wrote the demo program "${store.file.program.name}" to ${basename(path)}.`);
    return EXIT.ok;
  }
  if (options.name === undefined) {
    io.err('new needs --name <program name> (or --demo for the demo program).');
    return EXIT.usage;
  }
  const details = {
    name: options.name,
    ...(options.start !== undefined ? { start: options.start } : {}),
    ...(options.end !== undefined ? { end: options.end } : {}),
    ...(options.sponsor !== undefined ? { sponsor: options.sponsor } : {}),
  };
  const problems = newProgramProblems(details);
  if (problems.length > 0) {
    for (const p of problems) io.err(p);
    return EXIT.usage;
  }
  const store = await ProgramStore.create(path, emptyProgram(details, options.today), storeOptions());
  const { program, stakeholders } = store.file;
  const sponsor = stakeholders[0]?.name ?? '';
  io.out(
    `Wrote "${program.name}" to ${basename(path)}: reporting period ${program.period.start} to ${program.period.end}, ` +
      `sponsor ${sponsor}, nothing else in the record yet.`,
  );
  if (options.sponsor === undefined)
    io.out(`No --sponsor given: the sponsor is called "${sponsor}"; rename them on the map.`);
  return EXIT.ok;
}

function storeOptions() {
  return { backupDir: join(defaultDataDir(), 'backups') };
}
