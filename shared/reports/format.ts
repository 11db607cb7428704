/** Words and colours for statuses, and number, money and date formats shared by the sections. */
import { formatDate, formatRange, type IsoDate } from '../domain/dates.ts';
import { riskScore } from '../domain/items.ts';
import type { StandingKind } from '../domain/standing.ts';
import type { Dependency, Milestone, Risk } from '../schema/program.ts';
import type { Tone } from './model.ts';

// The words and number formats live in shared/view (the meeting checklist reads them too).
export { formatMoney, formatNumber, formatValue, statusWord } from '../view/words.ts';

/** Done blue, on track green, at risk amber, late red, planned grey. */
export function milestoneTone(status: Milestone['status']): Tone {
  switch (status) {
    case 'done':
      return 'blue';
    case 'on-track':
      return 'green';
    case 'at-risk':
      return 'amber';
    case 'late':
      return 'red';
    case 'planned':
      return 'grey';
  }
}

/** Done blue, on track green, at risk amber, blocked red. */
export function dependencyTone(status: Dependency['status']): Tone {
  switch (status) {
    case 'done':
      return 'blue';
    case 'on-track':
      return 'green';
    case 'at-risk':
      return 'amber';
    case 'blocked':
      return 'red';
  }
}

/** At risk amber, on track green, met blue, unlinked grey. */
export function standingTone(standing: StandingKind): Tone {
  switch (standing) {
    case 'at-risk':
      return 'amber';
    case 'on-track':
      return 'green';
    case 'met':
      return 'blue';
    case 'unlinked':
      return 'grey';
  }
}

/** Score 15 and up red, 8 and up amber, below that green; a closed risk grey. */
export function riskTone(risk: Risk): Tone {
  if (risk.status === 'closed') return 'grey';
  const score = riskScore(risk);
  if (score >= 15) return 'red';
  return score >= 8 ? 'amber' : 'green';
}

/** A risk that can still hurt: open, being mitigated, or already happened. */
export function isLiveRisk(risk: Risk): boolean {
  return risk.status !== 'closed';
}

/** A milestone's window: `1 Dec – 9 Jan 2027`, and the likely date when it is not an end. */
export function milestoneDates(m: Milestone): { range: string; likely: string } {
  const { earliest, likely, latest } = m.window;
  const range = formatRange(earliest, latest);
  const showLikely = likely !== earliest && likely !== latest;
  return { range, likely: showLikely ? `likely ${formatDate(likely)}` : '' };
}

/**
 * What was committed beside where it is now: the baseline date, and the reason it moved when it
 * did ("slipped dates stay honest").
 */
export function committed(m: Milestone): { date: string; moved: string } {
  if (!m.baseline) return { date: '—', moved: '' };
  const movedBy =
    m.baseline === m.window.likely ? '' : m.changeReason?.trim() || 'Moved; no reason recorded.';
  return { date: formatDate(m.baseline), moved: movedBy };
}

/** True when `due` is before `today` (an open commitment past its date). */
export function isOverdue(due: IsoDate, today: IsoDate): boolean {
  return due < today;
}
