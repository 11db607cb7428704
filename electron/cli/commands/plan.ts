/**
 * `liaison plan <file> [--weeks N] [--today D] [--ics F] [--csv F] [--docx DIR] [--force]`:
 * the communication plan. With no output option it prints the weeks as text; otherwise it writes
 * the calendar, the matrix and the Word plan (electron/node/plan-export.ts). Existing files are
 * never replaced without --force; bad input is one line and a non-zero exit.
 */
import { resolve } from 'node:path';
import { localToday } from '../../../shared/domain/dates.ts';
import { DEFAULT_WEEKS, MAX_WEEKS, planCalendar } from '../../../shared/plan/calendar.ts';
import { calendarText } from '../../../shared/plan/describe.ts';
import { readProgramFile } from '../../node/program-file.ts';
import {
  refuseExisting,
  writePlanFile,
  writePlanToFolder,
  type PlanOptions,
  type WrittenPlanFile,
} from '../../node/plan-export.ts';
import { readWordStyles } from '../../node/word-template.ts';
import { EXIT, type Output } from '../output.ts';

export interface PlanCommandValues {
  weeks?: string;
  today?: string;
  ics?: string;
  csv?: string;
  docx?: string;
  styles?: string;
  force: boolean;
}

/** The number of weeks, or what is wrong with it. */
export function parseWeeks(text: string | undefined): number | string {
  if (text === undefined) return DEFAULT_WEEKS;
  const n = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_WEEKS)
    return `--weeks must be a whole number from 1 to ${MAX_WEEKS}, not "${text}".`;
  return n;
}

const LABELS = { ics: 'calendar', csv: 'matrix', docx: 'Word plan' } as const;

/** Runs the command; `today` has already been checked by the caller. */
export async function planCommand(
  positionals: readonly string[],
  values: PlanCommandValues,
  io: Output,
): Promise<number> {
  if (positionals.length !== 1) {
    io.err('plan takes exactly one program file.');
    return EXIT.usage;
  }
  const weeks = parseWeeks(values.weeks);
  if (typeof weeks === 'string') {
    io.err(weeks);
    return EXIT.usage;
  }
  const { file } = await readProgramFile(positionals[0] as string);
  const options: PlanOptions = {
    today: values.today ?? localToday(),
    weeks,
    ...(values.styles ? { styles: await readWordStyles(resolve(values.styles)) } : {}),
  };
  if (!values.ics && !values.csv && !values.docx) {
    io.out(calendarText(file, planCalendar(file, options.today, weeks)));
    return EXIT.ok;
  }
  const targets = [
    ...(values.ics ? [{ format: 'ics' as const, path: resolve(values.ics) }] : []),
    ...(values.csv ? [{ format: 'csv' as const, path: resolve(values.csv) }] : []),
  ];
  // Checked before anything is written, so a refused run leaves no partial set of files.
  if (!values.force) await refuseExisting(targets.map((t) => t.path));
  const written: WrittenPlanFile[] = [];
  for (const t of targets)
    written.push(await writePlanFile(file, t.format, t.path, { ...options, force: values.force }));
  if (values.docx) written.push(...(await writePlanToFolder(file, ['docx'], values.docx, options)));
  for (const w of written) io.out(`Wrote the ${LABELS[w.format]}: ${w.path}`);
  io.out('Private notes are never in the plan.');
  return EXIT.ok;
}
