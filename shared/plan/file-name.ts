/** The formats the plan is exported in, and the names its files get. */
import type { IsoDate } from '../domain/dates.ts';
import { reportFileName } from '../reports/file-name.ts';
import { weeksText } from './describe.ts';
import { PLAN_TITLE } from './document.ts';

export const PLAN_FORMATS = ['docx', 'csv', 'ics'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/**
 * `2026-11-20 Checkout Payments Migration - Communication plan (8 weeks).docx` (or .csv, .ics),
 * made safe on every operating system as document names are.
 */
export function planFileName(programName: string, today: IsoDate, weeks: number, format: PlanFormat): string {
  const name = reportFileName({
    date: today,
    programName,
    readerName: PLAN_TITLE,
    template: weeksText(weeks),
  });
  return `${name.slice(0, -'.docx'.length)}.${format}`;
}
