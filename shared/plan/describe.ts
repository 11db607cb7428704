/**
 * Calendar entries in words, the same everywhere they are shown: the screen, the command line's
 * text, the Word plan and the .ics summaries ("Send the executive brief to Dana Whitfield").
 */
import { formatDate, formatRange } from '../domain/dates.ts';
import type { ProgramFile } from '../schema/program.ts';
import type { PlanEntry, PlanWeek } from './calendar.ts';
import { templateNoun } from './matrix.ts';

/** Names of the people with these ids, in the order given; unknown ids are left out. */
export function peopleNames(file: ProgramFile, ids: readonly string[]): string[] {
  const byId = new Map(file.stakeholders.map((s) => [s.id, s.name]));
  return ids.flatMap((id) => {
    const name = byId.get(id);
    return name === undefined ? [] : [name];
  });
}

/** What to do, in one line: "Send the executive brief to Dana Whitfield", a meeting's title, a purpose. */
export function entrySummary(entry: PlanEntry): string {
  switch (entry.kind) {
    case 'update':
      return `Send the ${templateNoun(entry.template)} to ${entry.name}`;
    case 'meeting':
      return entry.title;
    case 'communication':
      return entry.purpose;
  }
}

/** The line under the summary: who, how, and whether it is late or ticked off. */
export function entryDetail(file: ProgramFile, entry: PlanEntry): string {
  const late = entry.kind !== 'meeting' && entry.overdueDays > 0 ? [`overdue by ${entry.overdueDays} d`] : [];
  switch (entry.kind) {
    case 'update':
      return [...late, entry.channel, entry.cadence].join(' · ');
    case 'meeting':
      return [entry.time, peopleNames(file, entry.attendeeIds).join(', ')].filter(Boolean).join(' · ');
    case 'communication':
      return [
        ...late,
        entry.status === 'planned' ? '' : entry.status,
        peopleNames(file, entry.stakeholderIds).join(', '),
        entry.channel,
        entry.template ? templateNoun(entry.template) : '',
      ]
        .filter(Boolean)
        .join(' · ');
  }
}

/** "1 week", "8 weeks". */
export function weeksText(n: number): string {
  return `${n} week${n === 1 ? '' : 's'}`;
}

/** "Week 1 · 20 Nov – 26 Nov 2026". */
export function weekTitle(week: PlanWeek, index: number): string {
  return `Week ${index + 1} · ${formatRange(week.start, week.end)}`;
}

/** The weeks as plain text, for the command line: a title line per week, then one line per entry. */
export function calendarText(file: ProgramFile, weeks: readonly PlanWeek[]): string {
  const lines: string[] = [];
  weeks.forEach((week, i) => {
    lines.push(weekTitle(week, i));
    if (week.entries.length === 0) lines.push('  nothing planned');
    for (const e of week.entries)
      lines.push(`  ${formatDate(e.date)}  ${entrySummary(e)} (${entryDetail(file, e)})`);
  });
  return lines.join('\n');
}
