/**
 * The Word "Communication plan" as the document tree every renderer takes (shared/reports/model):
 * the matrix (who hears what, how, how often, when next), the weeks, and the planned
 * communications. Rendered by the same renderDocx as the reports. Never the private notes.
 */
import { formatDate, type IsoDate } from '../domain/dates.ts';
import {
  b,
  bullets,
  cell,
  heading,
  m,
  paragraph,
  REPORT_DOC_VERSION,
  t,
  table,
  type Block,
  type ReportDoc,
  type Run,
  type TableCell,
} from '../reports/model.ts';
import type { Communication, ProgramFile } from '../schema/program.ts';
import { isOverdue, planCalendar, type PlanWeek } from './calendar.ts';
import { entryDetail, entrySummary, peopleNames, weeksText, weekTitle } from './describe.ts';
import { communicationsInOrder, planMatrix, templateNoun, type PlanRow } from './matrix.ts';

export const PLAN_TITLE = 'Communication plan';

function nextDueCell(row: PlanRow): TableCell {
  if (row.nextDue === null) return cell([m('as needed')]);
  const when = formatDate(row.nextDue);
  if (row.overdueDays === null) return cell(when);
  return row.overdueDays > 0
    ? cell([b(when), m(`\noverdue by ${row.overdueDays} d`)], 'red')
    : cell([b(when), m('\ndue today')], 'amber');
}

function matrixTable(rows: readonly PlanRow[]): Block {
  return table(
    [
      ['Stakeholder', 4],
      ['Gets', 4],
      ['Channel', 2],
      ['Cadence', 2],
      ['Last update', 2],
      ['Next due', 3],
      ['Meetings and touchpoints', 5],
    ],
    rows.map((r) => [
      cell([b(r.name), ...(r.title ? [m(`\n${r.title}`)] : [])]),
      cell([t(templateNoun(r.template)), m(`\n${r.detail} · ${r.language}`)]),
      cell(r.channel),
      cell(r.cadence),
      cell(r.lastUpdateAt ? formatDate(r.lastUpdateAt) : 'never'),
      nextDueCell(r),
      cell(
        [
          ...r.meetings.map((x) => `${formatDate(x.start.slice(0, 10))} ${x.title}`),
          ...r.planned.map((c) => `${formatDate(c.date)} ${c.purpose}`),
        ].join('\n'),
      ),
    ]),
  );
}

/** Entries listed per week; the rest are counted in one line (the screen and the .ics have them all). */
export const WEEK_ENTRY_BUDGET = 40;

function weekBlocks(file: ProgramFile, weeks: readonly PlanWeek[]): Block[] {
  return weeks.flatMap((week, i) => {
    const shown = week.entries.slice(0, WEEK_ENTRY_BUDGET);
    const more = week.entries.length - shown.length;
    return [
      heading(2, weekTitle(week, i)),
      week.entries.length === 0
        ? paragraph(m('Nothing planned.'))
        : bullets(
            shown.map((e): Run[] => [
              ...(isOverdue(e) ? [b('Overdue: ')] : []),
              b(`${formatDate(e.date)} `),
              t(entrySummary(e)),
              m(` · ${entryDetail(file, e)}`),
            ]),
          ),
      ...(more > 0
        ? [paragraph(m(`${more} more this week, in the Plan screen and the .ics calendar.`))]
        : []),
    ];
  });
}

const STATUS_TONE = { planned: undefined, done: 'blue', skipped: 'grey' } as const;

function communicationsTable(file: ProgramFile, list: readonly Communication[]): Block {
  return table(
    [
      ['Date', 2],
      ['Purpose', 6],
      ['With', 4],
      ['Channel', 2],
      ['Document', 3],
      ['Status', 2],
    ],
    list.map((c) => [
      cell(formatDate(c.date)),
      cell(c.purpose),
      cell(peopleNames(file, c.stakeholderIds).join(', ')),
      cell(c.channel),
      cell(c.template ? templateNoun(c.template) : ''),
      cell(c.status, STATUS_TONE[c.status]),
    ]),
  );
}

/** The plan for the next `weeks` weeks from `today`, as a document tree. */
export function composePlanDoc(
  file: ProgramFile,
  today: IsoDate,
  weeks: number,
): ReportDoc<'communication-plan'> {
  const calendar = planCalendar(file, today, weeks);
  const rows = planMatrix(file, today);
  const communications = communicationsInOrder(file.communications ?? []);
  const blocks: Block[] = [
    paragraph(
      `Who hears what, how, how often and when next: ${rows.length} stakeholders, and the ${weeksText(calendar.length)} from ${formatDate(today)}.`,
    ),
    heading(1, 'Who hears what'),
    matrixTable(rows),
    heading(1, `The next ${weeksText(calendar.length)}`),
    ...weekBlocks(file, calendar),
    ...(communications.length > 0
      ? [heading(1, 'Planned communications'), communicationsTable(file, communications)]
      : []),
  ];
  return {
    version: REPORT_DOC_VERSION,
    title: PLAN_TITLE,
    subtitle: `The next ${weeksText(calendar.length)} from ${formatDate(today)}`,
    programName: file.program.name,
    period: { start: file.program.period.start, end: file.program.period.end },
    template: 'communication-plan',
    reader: { id: file.program.id, name: 'the program team' },
    date: today,
    blocks,
  };
}
