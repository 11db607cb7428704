/**
 * The reporting period: whether it is over on a given day, and the next one. A period past its
 * end still prints on every document, so the app and the command line say so before writing.
 */
import type { ProgramFile } from '../schema/program.ts';
import { addDays, daysBetween, formatDate, type IsoDate } from './dates.ts';

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** What to tell the user when `today` is after the period's end, or null while it runs. */
export function stalePeriodMessage(period: Period, today: IsoDate): string | null {
  if (today <= period.end) return null;
  return `The reporting period ended on ${formatDate(period.end)}.`;
}

/**
 * The period after this one, as long as this one (both ends counted): 9–20 Nov is 12 days, so
 * the next is 21 Nov – 2 Dec. A period with its end before its start (a validation error) counts
 * as one day.
 */
export function nextPeriod(period: Period): Period {
  const days = Math.max(1, daysBetween(period.start, period.end) + 1);
  const start = addDays(period.end, 1);
  return { start, end: addDays(start, days - 1) };
}

/** The program with its period moved forward by its own length (one edit; unknown fields kept). */
export function startNextPeriod(file: ProgramFile): ProgramFile {
  const { start, end } = nextPeriod(file.program.period);
  return { ...file, program: { ...file.program, period: { ...file.program.period, start, end } } };
}
