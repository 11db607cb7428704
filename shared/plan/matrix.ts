/**
 * The communication plan matrix: one row per stakeholder saying what they get (template,
 * detail, language), through which channel, how often, when they last heard from us, when the
 * next update is due, the meetings they attend and the touchpoints planned for them.
 * Never their private notes.
 */
import { dueStatus } from '../domain/cadence.ts';
import { compareDates, type IsoDate } from '../domain/dates.ts';
import { meetingsInOrder } from '../meetings/meeting.ts';
import { TEMPLATE_TITLES } from '../reports/compose.ts';
import type {
  Cadence,
  Channel,
  Communication,
  Detail,
  Language,
  ProgramFile,
  StakeholderTemplate,
} from '../schema/program.ts';

export interface PlanRow {
  stakeholderId: string;
  name: string;
  title: string;
  organization: string;
  template: StakeholderTemplate;
  detail: Detail;
  language: Language;
  channel: Channel;
  cadence: Cadence;
  lastUpdateAt: IsoDate | null;
  /** The next update's day (today for someone never updated); null for as-needed readers. */
  nextDue: IsoDate | null;
  /** Days past due on today; 0 when due today; null when not due. */
  overdueDays: number | null;
  /** Upcoming meetings they attend, soonest first. */
  meetings: Array<{ id: string; title: string; start: string }>;
  /** Planned (not yet done or skipped) communications that include them, soonest first. */
  planned: Array<{ id: string; date: IsoDate; purpose: string }>;
}

/** The document title in a sentence: "executive brief", "status update". */
export function templateNoun(template: StakeholderTemplate): string {
  const title = TEMPLATE_TITLES[template];
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** The planned communications, soonest first (then by purpose). */
export function communicationsInOrder(list: readonly Communication[]): Communication[] {
  return [...list].sort((a, b) => compareDates(a.date, b.date) || a.purpose.localeCompare(b.purpose));
}

/** One row per stakeholder, in the order of the map. */
export function planMatrix(file: ProgramFile, today: IsoDate): PlanRow[] {
  const upcoming = meetingsInOrder(file.meetings, today).upcoming;
  const planned = communicationsInOrder((file.communications ?? []).filter((c) => c.status === 'planned'));
  return file.stakeholders.map((s) => {
    const due = dueStatus(s, today);
    const p = s.preferences;
    return {
      stakeholderId: s.id,
      name: s.name,
      title: s.title,
      organization: s.organization,
      template: p.template,
      detail: p.detail,
      language: p.language,
      channel: p.channel,
      cadence: p.cadence,
      lastUpdateAt: due.lastUpdateAt,
      nextDue: due.cadence === 'as-needed' ? null : (due.nextDue ?? today),
      overdueDays: due.overdueDays,
      meetings: upcoming
        .filter((m) => m.attendeeIds.includes(s.id))
        .map((m) => ({ id: m.id, title: m.title, start: m.start })),
      planned: planned
        .filter((c) => c.stakeholderIds.includes(s.id))
        .map((c) => ({ id: c.id, date: c.date, purpose: c.purpose })),
    };
  });
}
