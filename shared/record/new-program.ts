/**
 * An empty program a user starts from: its name, reporting period and sponsor, and nothing else
 * (no milestones, risks or decisions). The sponsor is the one stakeholder, so the file is valid
 * (`program.sponsorId` and every default owner point at them).
 */
import { addDays, isIsoDate, type IsoDate } from '../domain/dates.ts';
import { CURRENT_SCHEMA_VERSION, type ProgramFile } from '../schema/program.ts';
import { slug } from './ids.ts';
import { newStakeholder } from './stakeholders.ts';

export interface NewProgramDetails {
  name: string;
  /** The reporting period; either end may be left out (see `programPeriod`). */
  start?: IsoDate;
  end?: IsoDate;
  /** The sponsor's name; "Sponsor" when left out, to rename on the map. */
  sponsor?: string;
}

/** How long a reporting period is when only one end (or neither) is given: two weeks. */
export const DEFAULT_PERIOD_DAYS = 14;
/** The sponsor's name when none is given. */
export const DEFAULT_SPONSOR = 'Sponsor';

/** What is wrong with the details, one message each; empty when a program can be made from them. */
export function newProgramProblems(d: NewProgramDetails): string[] {
  const problems: string[] = [];
  if (!d.name.trim()) problems.push('The program needs a name.');
  for (const [label, value] of [
    ['start', d.start],
    ['end', d.end],
  ] as const)
    if (value !== undefined && !isIsoDate(value))
      problems.push(`The period's ${label} must be a date as YYYY-MM-DD, not "${value}".`);
  if (problems.length === 0 && d.start && d.end && d.end < d.start)
    problems.push(`The period ends (${d.end}) before it starts (${d.start}).`);
  return problems;
}

/**
 * The reporting period: as given; with one end missing, two weeks from (or up to) the other;
 * with both missing, two weeks starting `today`.
 */
export function programPeriod(d: NewProgramDetails, today: IsoDate): { start: IsoDate; end: IsoDate } {
  const span = DEFAULT_PERIOD_DAYS - 1;
  if (d.start && d.end) return { start: d.start, end: d.end };
  if (d.start) return { start: d.start, end: addDays(d.start, span) };
  if (d.end) return { start: addDays(d.end, -span), end: d.end };
  return { start: today, end: addDays(today, span) };
}

/**
 * A valid program with nothing in its record: green and steady (nothing has gone wrong yet), a
 * zero budget, and the sponsor on the map as sponsor with high influence and interest, reading
 * the executive brief. Throws when `newProgramProblems` lists anything.
 */
export function emptyProgram(d: NewProgramDetails, today: IsoDate): ProgramFile {
  const problem = newProgramProblems(d)[0];
  if (problem) throw new Error(problem);
  const name = d.name.trim();
  const sponsorName = d.sponsor?.trim() || DEFAULT_SPONSOR;
  const sponsorId = `s-${slug(sponsorName) || 'sponsor'}`;
  const sponsor = newStakeholder(sponsorId, { name: sponsorName });
  const none = { technical: '', business: '' };
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    program: {
      id: `prog-${slug(name) || 'new'}`,
      name,
      why: none,
      sponsorId,
      period: programPeriod(d, today),
      status: { rag: 'green', trend: 'steady', ...none },
      budget: { currency: 'EUR', planned: 0, actualToDate: 0, forecast: 0 },
    },
    objectives: [],
    milestones: [],
    risks: [],
    decisions: [],
    dependencies: [],
    wins: [],
    metrics: [],
    actions: [],
    stakeholders: [
      {
        ...sponsor,
        group: 'sponsor',
        influence: 'high',
        interest: 'high',
        preferences: { ...sponsor.preferences, template: 'executive-brief', detail: 'headline' },
      },
    ],
    meetings: [],
    reports: [],
    communications: [],
  };
}
