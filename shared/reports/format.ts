/** Words and colours for statuses, and number, money and date formats shared by the sections. */
import { formatDate, formatRange, type IsoDate } from '../domain/dates.ts';
import { riskScore } from '../domain/items.ts';
import type { StandingKind } from '../domain/standing.ts';
import type { Dependency, Milestone, Risk } from '../schema/program.ts';
import type { Tone } from './model.ts';

const WORDS: Record<string, string> = {
  planned: 'Planned',
  'on-track': 'On track',
  'at-risk': 'At risk',
  late: 'Late',
  done: 'Done',
  open: 'Open',
  mitigating: 'Mitigating',
  closed: 'Closed',
  occurred: 'Occurred',
  blocked: 'Blocked',
  decided: 'Decided',
  met: 'Met',
  unlinked: 'Not linked',
  'over-plan': 'Over plan',
  'within-plan': 'Within plan',
  improving: 'improving',
  steady: 'steady',
  worsening: 'worsening',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  champion: 'Champion',
  supporter: 'Supporter',
  neutral: 'Neutral',
  skeptic: 'Skeptic',
  blocker: 'Blocker',
};

/** A status value as words: `on-track` as "On track". */
export function statusWord(status: string): string {
  return WORDS[status] ?? status;
}

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

/** A number as a reader reads it: `1,200`, `2.84`. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** `2.84` with its unit: `2.84%`, `790 ms`, `0` for counts. */
export function formatValue(value: number, unit: string): string {
  const n = formatNumber(value);
  if (unit === '%') return `${n}%`;
  if (unit === '' || unit === 'count') return n;
  return `${n} ${unit}`;
}

/** An amount of money: `$1,200,000`, or `XYZ 1,200,000` for a code the platform does not know. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${currency} ${amount.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
  }
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
