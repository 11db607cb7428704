/**
 * The plan matrix as CSV for Excel: one row per stakeholder, written by the same writer as the
 * stakeholder export (byte-order mark, CRLF, formula cells guarded). Never the private notes.
 */
import { writeCsv } from '../csv/parse.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { ProgramFile } from '../schema/program.ts';
import { planMatrix } from './matrix.ts';

export const PLAN_CSV_HEADERS = [
  'Name',
  'Title',
  'Organization',
  'Template',
  'Detail',
  'Language',
  'Channel',
  'Cadence',
  'Last update',
  'Next due',
  'Overdue days',
  'Meetings',
  'Planned communications',
];

/** The matrix as CSV text, in the order of the map. */
export function planToCsv(file: ProgramFile, today: IsoDate): string {
  return writeCsv(
    PLAN_CSV_HEADERS,
    planMatrix(file, today).map((r) => [
      r.name,
      r.title,
      r.organization,
      r.template,
      r.detail,
      r.language,
      r.channel,
      r.cadence,
      r.lastUpdateAt ?? '',
      r.nextDue ?? '',
      r.overdueDays === null ? '' : String(r.overdueDays),
      r.meetings.map((m) => `${m.start.replace('T', ' ')} ${m.title}`).join('; '),
      r.planned.map((c) => `${c.date} ${c.purpose}`).join('; '),
    ]),
  );
}
