/**
 * "Since your last update": each report stores a compact snapshot of the record as its reader
 * could see it, and the next report to the same reader compares that with now.
 *
 * The snapshot covers everything the reader may see (not only the rows a section kept), so that
 * a risk moving into someone's top three, or a change of template, is not mistaken for something
 * new; each template then shows only the changes relevant to it.
 */
import { z } from 'zod';
import { formatDate, formatRange, isIsoDate } from '../domain/dates.ts';
import type { ReaderView } from './reader.ts';
import { riskScore } from '../domain/items.ts';
import { isAtTarget } from '../domain/progress.ts';
import type { ProgramFile, ReportRecord } from '../schema/program.ts';
import { BUDGET_LINK, budgetOverPlan, metricStanding } from '../domain/standing.ts';
import { formatMoney, formatValue, statusWord } from './words.ts';

export const SNAPSHOT_KINDS = [
  'program',
  'milestone',
  'decision',
  'risk',
  'dependency',
  'action',
  'key-result',
  'win',
  'metric',
  'budget',
] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

const entrySchema = z.object({
  kind: z.enum(SNAPSHOT_KINDS),
  title: z.string(),
  status: z.string(),
  /** Named dates: a milestone's window, a due or needed-by date. */
  dates: z.record(z.string(), z.string()).optional(),
  /** A value worth following: a key result's current value, a risk's score, the trend. */
  value: z.string().optional(),
  topics: z.array(z.string()).optional(),
  /** The people the item concerns (deciders, owner and those owed), for filtering by reader. */
  people: z.array(z.string()).optional(),
});

/** One record item as a report showed it. */
export type SnapshotEntry = z.infer<typeof entrySchema>;
/** Item id to what the report showed of it; stored in the history as `reports[].snapshot`. */
export type ReportSnapshot = Record<string, SnapshotEntry>;

/**
 * The snapshot of a record (already narrowed to what the reader may see). The budget is in it
 * unless `budget` is false (external readers never see it, not even as a change).
 */
export function takeSnapshot(file: ProgramFile, opts: { budget?: boolean } = {}): ReportSnapshot {
  // Taken anew each time: a cache per program object went stale when a caller changed a program
  // in place (the writer's comparison finds equal snapshots by their entries instead).
  return snapshotOf(file, opts.budget !== false);
}

function snapshotOf(file: ProgramFile, budget: boolean): ReportSnapshot {
  const snap: ReportSnapshot = {};
  const { program } = file;
  snap[program.id] = {
    kind: 'program',
    title: program.name,
    status: program.status.rag,
    value: program.status.trend,
  };
  for (const o of file.objectives) {
    for (const kr of o.keyResults) {
      snap[kr.id] = {
        kind: 'key-result',
        title: kr.title,
        status: isAtTarget(kr) ? 'met' : 'open',
        value: formatValue(kr.current, kr.unit),
      };
    }
  }
  for (const m of file.milestones) {
    const { earliest, likely, latest } = m.window;
    snap[m.id] = {
      kind: 'milestone',
      title: m.title,
      status: m.status,
      dates: { earliest, likely, latest },
      topics: m.topics,
    };
  }
  for (const d of file.decisions) {
    const outcome = d.options.find((o) => o.id === d.outcome)?.title;
    snap[d.id] = {
      kind: 'decision',
      title: d.title,
      status: d.status,
      dates: { neededBy: d.neededBy },
      people: d.deciderIds,
      ...(outcome ? { value: outcome } : {}),
    };
  }
  for (const r of file.risks) {
    snap[r.id] = {
      kind: 'risk',
      title: r.title,
      status: r.status,
      value: `score ${riskScore(r)}`,
      topics: r.topics,
    };
  }
  for (const d of file.dependencies) {
    snap[d.id] = {
      kind: 'dependency',
      title: d.title,
      status: d.status,
      dates: { neededBy: d.neededBy },
      topics: d.topics,
      people: [d.ownerId],
    };
  }
  for (const a of file.actions) {
    snap[a.id] = {
      kind: 'action',
      title: a.title,
      status: a.status,
      dates: { due: a.due },
      people: [a.ownerId, ...a.owedToIds],
    };
  }
  for (const w of file.wins)
    snap[w.id] = { kind: 'win', title: w.title, status: 'won', dates: { date: w.date }, topics: w.topics };
  for (const x of file.metrics)
    snap[x.id] = {
      kind: 'metric',
      title: x.title,
      status: metricStanding(x),
      value: formatValue(x.current, x.unit),
    };
  if (budget) {
    const { currency, forecast } = program.budget;
    snap[BUDGET_LINK] = {
      kind: 'budget',
      title: 'Budget',
      status: budgetOverPlan(file) ? 'over-plan' : 'within-plan',
      value: `forecast ${formatMoney(forecast, currency)}`,
    };
  }
  return snap;
}

// A stored snapshot the same as an earlier record's is kept once: the later record holds
// `{ "~sameAs": "<that record's id>" }`. Every internal reader of one batch sees the same record,
// so without this a due batch on a program of 5,000 items added about 1.4 MB per document.
const SAME_AS = '~sameAs';
// How many of the latest snapshots stored whole a new one is compared with, and how far back
// through the history they are looked for (the references between them are passed over, so a
// long batch keeps pointing at the one snapshot it shares, however many records it adds).
const SHARED_WITHIN = 64;
const LOOKED_BACK = 5000;

function sameAs(snapshot: Record<string, unknown>): string | undefined {
  const id = snapshot[SAME_AS];
  return typeof id === 'string' ? id : undefined;
}

function isEmpty(snapshot: Record<string, unknown>): boolean {
  for (const _ in snapshot) return false;
  return true;
}

/** Whether two JSON values are the same, keys in the same order (as their JSON texts would be). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameJson(x, b[i]));
  }
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key !== others[i]) return false;
    if (!sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Whether two stored snapshots hold the same entries in the same order (the same JSON text). */
export function sameSnapshot(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return sameJson(a, b);
}

// A snapshot found the same as an earlier object: the next record holding it matches at once.
const sameObject = new WeakMap<object, object>();

/** The latest records that store their snapshot whole, newest first. */
function latestWhole(existing: readonly ReportRecord[]): Array<{ id: string; snapshot: object }> {
  const whole: Array<{ id: string; snapshot: object }> = [];
  const last = Math.max(0, existing.length - LOOKED_BACK);
  for (let i = existing.length - 1; i >= last && whole.length < SHARED_WITHIN; i--) {
    const r = existing[i] as ReportRecord;
    // An empty one may be among them (looking costs a walk of every key): it matches no other.
    if (sameAs(r.snapshot) === undefined) whole.push({ id: r.id, snapshot: r.snapshot });
  }
  return whole;
}

function sameAsOne(
  whole: Array<{ id: string; snapshot: object }>,
  snapshot: Record<string, unknown>,
): string | undefined {
  const known = sameObject.get(snapshot);
  for (const w of whole) if (w.snapshot === snapshot || w.snapshot === known) return w.id;
  // An empty snapshot (nothing to compare with) is kept as it is.
  if (isEmpty(snapshot)) return undefined;
  for (const w of whole)
    if (sameJson(w.snapshot, snapshot)) {
      sameObject.set(snapshot, w.snapshot);
      return w.id;
    }
  return undefined;
}

/**
 * The records to append with each snapshot that equals one of the latest stored whole (or an
 * earlier one of `added`) stored as a reference to it, so the history keeps each distinct
 * snapshot once. The same object is matched at once; another is compared entry by entry.
 */
export function shareSnapshots(
  existing: readonly ReportRecord[],
  added: readonly ReportRecord[],
): ReportRecord[] {
  const whole = latestWhole(existing);
  return added.map((r) => {
    if (sameAs(r.snapshot) !== undefined) return r;
    const same = sameAsOne(whole, r.snapshot);
    if (same !== undefined) return { ...r, snapshot: { [SAME_AS]: same } };
    whole.unshift({ id: r.id, snapshot: r.snapshot });
    if (whole.length > SHARED_WITHIN) whole.pop();
    return r;
  });
}

const recordsById = new WeakMap<readonly ReportRecord[], Map<string, ReportRecord>>();

/** The record `id` of `reports`, by an index kept per array (made again when the array grew). */
function recordIn(reports: readonly ReportRecord[], id: string): ReportRecord | undefined {
  let ids = recordsById.get(reports);
  if (!ids || (!ids.has(id) && ids.size !== reports.length)) {
    ids = new Map(reports.map((r) => [r.id, r]));
    recordsById.set(reports, ids);
  }
  return ids.get(id);
}

/**
 * What a record stored as its snapshot, with a reference to an earlier record's followed. A
 * reference to a record no longer in the history reads as no snapshot (nothing to compare with).
 */
export function storedSnapshot(
  file: Pick<ProgramFile, 'reports'>,
  record: Pick<ReportRecord, 'snapshot'>,
): Record<string, unknown> {
  let raw = record.snapshot;
  const followed = new Set<string>();
  for (let id = sameAs(raw); id !== undefined; id = sameAs(raw)) {
    const target = recordIn(file.reports, id);
    if (!target || followed.has(id)) return {};
    followed.add(id);
    raw = target.snapshot;
  }
  return raw;
}

/** Reads a stored snapshot defensively: entries that are not snapshot entries are skipped. */
export function readSnapshot(raw: Record<string, unknown>): ReportSnapshot {
  const snap: ReportSnapshot = {};
  for (const [id, value] of Object.entries(raw)) {
    const parsed = entrySchema.safeParse(value);
    if (parsed.success) snap[id] = parsed.data;
  }
  return snap;
}

/**
 * The most recent report sent to this reader (by `generatedAt`), or undefined. Meeting checklists
 * are left out: they are written for the person preparing the meeting, not sent to attendees.
 */
export function lastReportTo(file: ProgramFile, readerId: string): ReportRecord | undefined {
  let last: ReportRecord | undefined;
  for (const r of file.reports) {
    if (r.template === 'meeting-checklist' || !r.stakeholderIds.includes(readerId)) continue;
    if (!last || r.generatedAt >= last.generatedAt) last = r;
  }
  return last;
}

export type ChangeKind = 'added' | 'closed' | 'changed' | 'removed';

export interface SnapshotChange {
  id: string;
  change: ChangeKind;
  /** The item as it is now (as it was, for a removed item). */
  entry: SnapshotEntry;
  before?: SnapshotEntry;
}

const LATER_KINDS = new Set<SnapshotKind>(['metric', 'budget']);
const FINISHED = new Set(['done', 'closed', 'decided', 'met']);

function sameDates(a?: Record<string, string>, b?: Record<string, string>): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}

/** What was added, closed, removed, or changed status, value or dates between two snapshots. */
export function diffSnapshots(before: ReportSnapshot, now: ReportSnapshot): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  // A kind the earlier snapshot did not follow at all (metrics and the budget came later) is not news.
  const followed = new Set(Object.values(before).map((e) => e.kind));
  for (const [id, entry] of Object.entries(now)) {
    const old = before[id];
    if (!old) {
      if (followed.has(entry.kind) || !LATER_KINDS.has(entry.kind))
        changes.push({ id, change: 'added', entry });
      continue;
    }
    const closed = entry.status !== old.status && FINISHED.has(entry.status) && !FINISHED.has(old.status);
    if (closed) changes.push({ id, change: 'closed', entry, before: old });
    else if (entry.status !== old.status || entry.value !== old.value || !sameDates(entry.dates, old.dates))
      changes.push({ id, change: 'changed', entry, before: old });
  }
  for (const [id, entry] of Object.entries(before)) {
    if (!now[id]) changes.push({ id, change: 'removed', entry });
  }
  const kindOrder = (c: SnapshotChange): number => SNAPSHOT_KINDS.indexOf(c.entry.kind);
  return changes.sort((a, b) => kindOrder(a) - kindOrder(b));
}

export const KIND_WORDS: Record<SnapshotKind, string> = {
  program: 'Overall status',
  milestone: 'Milestone',
  decision: 'Decision',
  risk: 'Risk',
  dependency: 'Dependency',
  action: 'Action',
  'key-result': 'Key result',
  win: 'Win',
  metric: 'Metric',
  budget: 'Budget',
};

function datesText(entry: SnapshotEntry): string {
  const d = entry.dates ?? {};
  if (d.earliest && d.latest) return formatRange(d.earliest, d.latest);
  const one = d.due ?? d.neededBy ?? d.date;
  if (!one) return '';
  const label = d.due ? 'due ' : d.neededBy ? 'needed by ' : '';
  return `${label}${formatDate(one)}`;
}

/** One line describing a change, e.g. `Milestone "PCI …": now At risk (was On track); dates …`. */
export function describeChange(c: SnapshotChange): string {
  const { entry, before } = c;
  const name = `${KIND_WORDS[entry.kind]} "${entry.title}"`;
  switch (c.change) {
    case 'added': {
      const when = datesText(entry);
      return `New: ${KIND_WORDS[entry.kind].toLowerCase()} "${entry.title}"${when ? ` (${when})` : ''}`;
    }
    case 'removed':
      return `No longer in the plan: ${KIND_WORDS[entry.kind].toLowerCase()} "${entry.title}"`;
    case 'closed':
      return `${statusWord(entry.status)}: ${KIND_WORDS[entry.kind].toLowerCase()} "${entry.title}"${entry.value && entry.kind === 'decision' ? ` (${entry.value})` : ''}`;
    case 'changed': {
      if (entry.kind === 'program') {
        const show = (e?: SnapshotEntry): string =>
          e ? [statusWord(e.status), e.value].filter(Boolean).join(', ') : '';
        return `Overall status: now ${show(entry)} (was ${show(before)})`;
      }
      const parts: string[] = [];
      if (before && entry.status !== before.status)
        parts.push(`now ${statusWord(entry.status)} (was ${statusWord(before.status)})`);
      if (before && entry.value !== before.value && entry.value)
        parts.push(`${entry.value} (was ${before.value ?? 'not set'})`);
      if (before && !sameDates(entry.dates, before.dates))
        parts.push(`dates ${datesText(entry)} (were ${datesText(before)})`);
      return `${name}: ${parts.join('; ')}`;
    }
  }
}

/**
 * The day a report was made for, readable: its `forDate` (the `--today` it was written for), or
 * for older records the day of `generatedAt`, whether stored as a date or a timestamp.
 */
export function reportDay(report: Pick<ReportRecord, 'generatedAt' | 'forDate'>): string {
  if (report.forDate && isIsoDate(report.forDate)) return formatDate(report.forDate);
  const day = report.generatedAt.slice(0, 10);
  return isIsoDate(day) ? formatDate(day) : report.generatedAt;
}

/** The changes since the last report to this reader, or null when no report was sent yet. */
export function changesSinceLast(
  ctx: Pick<ReaderView, 'file' | 'reader' | 'external' | 'hiddenIds'>,
): { date: string; changes: SnapshotChange[]; compared: boolean } | null {
  const last = lastReportTo(ctx.file, ctx.reader.id);
  if (!last) return null;
  const before = readSnapshot(storedSnapshot(ctx.file, last));
  const date = reportDay(last);
  if (Object.keys(before).length === 0) return { date, changes: [], compared: false };
  // An item that became internal since is hidden, not reported as gone.
  const changes = diffSnapshots(before, takeSnapshot(ctx.file, { budget: !ctx.external })).filter(
    (c) => !(c.change === 'removed' && ctx.hiddenIds.has(c.id)),
  );
  return { date, changes, compared: true };
}
