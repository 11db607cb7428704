/** The milestone timeline's scale: the dates it spans and the month ticks along its axis. */
import { addDays, daysBetween, type IsoDate } from '../domain/dates.ts';
import type { Milestone } from '../schema/program.ts';

export interface TimelineScale {
  start: IsoDate;
  end: IsoDate;
  days: number;
  /** First day of each month inside the span. */
  months: IsoDate[];
}

/**
 * A span covering every window, baseline and today, padded by a week on each side, so the today
 * line and faint baselines are always on the chart.
 */
export function timelineScale(milestones: readonly Milestone[], today: IsoDate): TimelineScale {
  let lo = today;
  let hi = today;
  for (const m of milestones) {
    for (const d of [m.window.earliest, m.window.latest, m.baseline]) {
      if (!d) continue;
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  }
  const start = addDays(lo, -7);
  const end = addDays(hi, 7);
  const months: IsoDate[] = [];
  let month = `${start.slice(0, 7)}-01`;
  if (month < start) month = nextMonth(month);
  for (; month <= end; month = nextMonth(month)) months.push(month);
  return { start, end, days: Math.max(1, daysBetween(start, end)), months };
}

function nextMonth(first: IsoDate): IsoDate {
  const [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Where `date` falls on a scale `width` wide. */
export function xOf(scale: TimelineScale, date: IsoDate, width: number): number {
  return (daysBetween(scale.start, date) / scale.days) * width;
}
