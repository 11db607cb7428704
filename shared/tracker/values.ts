/**
 * Reading a tracker's values: which kind of record item each issue type becomes, which of our
 * statuses each tracker status means (per kind, as the user can change them in the mapping step),
 * and the date formats trackers write.
 */
import { normalizeHeader } from '../csv/mapping.ts';
import { isIsoDate, type IsoDate } from '../domain/dates.ts';
import {
  ACTION_STATUSES,
  DEPENDENCY_STATUSES,
  MILESTONE_STATUSES,
  RISK_STATUSES,
} from '../schema/program.ts';

/** The record items a tracker import makes. */
export const TRACKED_KINDS = ['milestone', 'risk', 'dependency', 'action'] as const;
export type TrackedKind = (typeof TRACKED_KINDS)[number];

export const TRACKED_COLLECTION = {
  milestone: 'milestones',
  risk: 'risks',
  dependency: 'dependencies',
  action: 'actions',
} as const satisfies Record<TrackedKind, string>;

/** Our statuses per kind, for the mapping step's choices. */
export const STATUSES_OF: Record<TrackedKind, readonly string[]> = {
  milestone: MILESTONE_STATUSES,
  risk: RISK_STATUSES,
  dependency: DEPENDENCY_STATUSES,
  action: ACTION_STATUSES,
};

/** Issue type → kind, keyed by the type as written (trimmed). */
export type KindMap = Record<string, TrackedKind>;
/** Per kind, tracker status (as written, trimmed) → our status. */
export type StatusMap = Partial<Record<TrackedKind, Record<string, string>>>;

/** Epic or Milestone → milestone, Risk → risk, Dependency → dependency, anything else → action. */
export function guessKind(type: string): TrackedKind {
  const t = normalizeHeader(type);
  if (t === 'epic' || t === 'milestone' || t === 'milestones' || t === 'initiative') return 'milestone';
  if (t === 'risk' || t === 'risks') return 'risk';
  if (t === 'dependency' || t === 'dependencies' || t === 'externaldependency') return 'dependency';
  return 'action';
}

type Category = 'todo' | 'progress' | 'blocked' | 'at-risk' | 'late' | 'done' | 'cancelled';

const CATEGORIES: Record<string, Category> = {
  done: 'done',
  closed: 'done',
  resolved: 'done',
  complete: 'done',
  completed: 'done',
  fixed: 'done',
  shipped: 'done',
  released: 'done',
  merged: 'done',
  inprogress: 'progress',
  inreview: 'progress',
  review: 'progress',
  started: 'progress',
  active: 'progress',
  doing: 'progress',
  ontrack: 'progress',
  qa: 'progress',
  testing: 'progress',
  blocked: 'blocked',
  onhold: 'blocked',
  waiting: 'blocked',
  atrisk: 'at-risk',
  offtrack: 'at-risk',
  late: 'late',
  overdue: 'late',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  wontdo: 'cancelled',
  wontfix: 'cancelled',
  duplicate: 'cancelled',
};

const BY_CATEGORY: Record<TrackedKind, Record<Category, string>> = {
  milestone: {
    todo: 'planned',
    progress: 'on-track',
    blocked: 'at-risk',
    'at-risk': 'at-risk',
    late: 'late',
    done: 'done',
    cancelled: 'done',
  },
  risk: {
    todo: 'open',
    progress: 'mitigating',
    blocked: 'open',
    'at-risk': 'open',
    late: 'open',
    done: 'closed',
    cancelled: 'closed',
  },
  dependency: {
    todo: 'on-track',
    progress: 'on-track',
    blocked: 'blocked',
    'at-risk': 'at-risk',
    late: 'at-risk',
    done: 'done',
    cancelled: 'done',
  },
  action: {
    todo: 'open',
    progress: 'open',
    blocked: 'open',
    'at-risk': 'open',
    late: 'open',
    done: 'done',
    cancelled: 'done',
  },
};

/**
 * Our status for a tracker status: done-like words finish the item, in-progress words start it,
 * blocked and at-risk words flag it; anything else (To Do, Backlog, a team's own word) is the
 * kind's first status.
 */
export function guessStatus(kind: TrackedKind, status: string): string {
  const category = CATEGORIES[normalizeHeader(status)] ?? 'todo';
  return BY_CATEGORY[kind][category];
}

/** The status the user chose for `value`, else the guess. */
export function statusFor(map: StatusMap, kind: TrackedKind, value: string): string {
  const chosen = map[kind]?.[value.trim()];
  return chosen && STATUSES_OF[kind].includes(chosen) ? chosen : guessStatus(kind, value);
}

export type ParsedDate = { ok: true; date: IsoDate } | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function ymd(y: string, m: number, d: string): IsoDate | null {
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  const date = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
  return m >= 1 && m <= 12 && isIsoDate(date) ? date : null;
}

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * A tracker date as YYYY-MM-DD: ISO dates and timestamps (Linear, GitHub), Jira's `15/Jan/26
 * 11:59 PM`, `Jan 15, 2026`, `15 Jan 2026`. Numeric day/month orders (`01/02/2026`) are refused
 * rather than guessed: the same text is a different day in Europe and in the US.
 */
export function parseTrackerDate(raw: string): ParsedDate {
  const v = raw.trim();
  let m: RegExpExecArray | null;
  let date: IsoDate | null = null;
  if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(v))) date = ymd(m[1]!, Number(m[2]), m[3]!);
  else if ((m = /^(\d{1,2})[/\s-]([A-Za-z]{3,9})\.?[/\s-](\d{4}|\d{2})(?:$|[\s,])/.exec(v)))
    date = ymd(m[3]!, monthOf(m[2]!), m[1]!);
  else if ((m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:$|[\s,])/.exec(v)))
    date = ymd(m[3]!, monthOf(m[1]!), m[2]!);
  return date
    ? { ok: true, date }
    : { ok: false, message: `"${v}" is not a date Liaison can read (use YYYY-MM-DD or 15/Jan/26)` };
}
