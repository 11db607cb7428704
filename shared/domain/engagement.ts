/**
 * Engagement over time, from the interaction log: the sentiment of a person's interactions over
 * the last 90 days and which way it is going; who has been concerned or negative lately; who has
 * had no contact for 30 days or more. Derived, never stored.
 */
import type { Sentiment, Stakeholder } from '../schema/program.ts';
import { addDays, compareDates, daysBetween, type IsoDate } from './dates.ts';

/** How far back the trend looks. */
export const ENGAGEMENT_DAYS = 90;
/** "Lately", for concerned or negative people. */
export const CONCERN_DAYS = 30;
/** No contact for this many days or more puts a person on the list. */
export const NO_CONTACT_DAYS = 30;

/** A sentiment as a number, for the trend: positive above neutral, negative lowest. */
export const SENTIMENT_SCORE: Record<Sentiment, number> = {
  positive: 1,
  neutral: 0,
  concerned: -1,
  negative: -2,
};

export interface EngagementPoint {
  date: IsoDate;
  sentiment: Sentiment;
  summary: string;
}

export interface Engagement {
  /** The interactions of the window, oldest first (none after today). */
  points: EngagementPoint[];
  /** Later half against earlier half; null with fewer than two interactions. */
  trend: 'improving' | 'steady' | 'worsening' | null;
  /** The mean score of the window, or null when there is nothing in it. */
  average: number | null;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The person's interactions of the `days` up to `today`, and their direction. */
export function engagementOf(s: Stakeholder, today: IsoDate, days = ENGAGEMENT_DAYS): Engagement {
  const from = addDays(today, -days);
  const points = s.interactions
    .filter((i) => i.date > from && i.date <= today)
    .map((i) => ({ date: i.date, sentiment: i.sentiment, summary: i.summary }))
    .sort((a, b) => compareDates(a.date, b.date));
  const scores = points.map((p) => SENTIMENT_SCORE[p.sentiment]);
  if (scores.length === 0) return { points, trend: null, average: null };
  const average = mean(scores);
  if (scores.length < 2) return { points, trend: null, average };
  const half = Math.floor(scores.length / 2);
  // With an odd count the middle interaction belongs to neither half.
  const delta = mean(scores.slice(scores.length - half)) - mean(scores.slice(0, half));
  const trend = delta >= 0.5 ? 'improving' : delta <= -0.5 ? 'worsening' : 'steady';
  return { points, trend, average };
}

/** The last day anyone was in touch: the latest interaction or update sent, whichever is later. */
export function lastContact(s: Stakeholder, today: IsoDate): IsoDate | null {
  let last: IsoDate | null = s.lastUpdateAt && s.lastUpdateAt <= today ? s.lastUpdateAt : null;
  for (const i of s.interactions) if (i.date <= today && (!last || i.date > last)) last = i.date;
  return last;
}

export interface Concern {
  id: string;
  name: string;
  sentiment: 'concerned' | 'negative';
  date: IsoDate;
}

/**
 * The person's latest interaction of the last `days`, when it was concerned or negative (a later
 * positive one means it was heard); null otherwise.
 */
export function concernOf(s: Stakeholder, today: IsoDate, days = CONCERN_DAYS): Concern | null {
  const from = addDays(today, -days);
  let latest: Stakeholder['interactions'][number] | undefined;
  for (const i of s.interactions)
    if (i.date > from && i.date <= today && (!latest || i.date >= latest.date)) latest = i;
  if (latest && (latest.sentiment === 'concerned' || latest.sentiment === 'negative'))
    return { id: s.id, name: s.name, sentiment: latest.sentiment, date: latest.date };
  return null;
}

/** The order of the concerned list: negative first, then the most recent. */
export const byConcern = (a: Concern, b: Concern): number =>
  SENTIMENT_SCORE[a.sentiment] - SENTIMENT_SCORE[b.sentiment] || compareDates(b.date, a.date);

/**
 * People whose latest interaction of the last `days` was concerned or negative (a later positive
 * one means it was heard), negative first, then the most recent.
 */
export function concernedLately(
  people: readonly Stakeholder[],
  today: IsoDate,
  days = CONCERN_DAYS,
): Concern[] {
  const out: Concern[] = [];
  for (const s of people) {
    const concern = concernOf(s, today, days);
    if (concern) out.push(concern);
  }
  return out.sort(byConcern);
}

export interface Silence {
  id: string;
  name: string;
  /** The last contact, or null when there never was one. */
  since: IsoDate | null;
  days: number | null;
}

/** The person's silence, when there was no contact (interaction or update) for `days` or more; else null. */
export function silenceOf(s: Stakeholder, today: IsoDate, days = NO_CONTACT_DAYS): Silence | null {
  const since = lastContact(s, today);
  const gap = since ? daysBetween(since, today) : null;
  return gap === null || gap >= days ? { id: s.id, name: s.name, since, days: gap } : null;
}

/** The order of the no-contact list: never contacted first, then the longest silence, then by name. */
export const bySilence = (a: Silence, b: Silence): number =>
  (b.days ?? Infinity) - (a.days ?? Infinity) || a.name.localeCompare(b.name);

/** People with no contact (interaction or update) for `days` or more, never-contacted first, then the longest. */
export function noContactFor(
  people: readonly Stakeholder[],
  today: IsoDate,
  days = NO_CONTACT_DAYS,
): Silence[] {
  const out: Silence[] = [];
  for (const s of people) {
    const silence = silenceOf(s, today, days);
    if (silence) out.push(silence);
  }
  return out.sort(bySilence);
}

/**
 * The first `count` of `items` in `compare`'s order (equal ones as they came, as a stable sort
 * keeps them), and how many there are: what a list that shows a few names needs, without sorting
 * thousands.
 */
export function leading<T>(
  items: Iterable<T>,
  count: number,
  compare: (a: T, b: T) => number,
): { first: T[]; total: number } {
  const first: T[] = [];
  let total = 0;
  for (const item of items) {
    total++;
    if (first.length === count && compare(item, first[count - 1] as T) >= 0) continue;
    let at = first.length;
    while (at > 0 && compare(item, first[at - 1] as T) < 0) at--;
    first.splice(at, 0, item);
    if (first.length > count) first.pop();
  }
  return { first, total };
}
