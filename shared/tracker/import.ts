/**
 * Importing a tracker export (Jira, Linear, GitHub) into the record: each row updates the item of
 * its kind with the same `externalKey`, or adds one. The business phrasing is never touched; a
 * committed milestone whose date moves keeps its baseline and gets the reason (the one rule of
 * shared/record/milestones.ts). Nothing here writes: the caller applies `file` as one change.
 */
import { normalizeHeader } from '../csv/mapping.ts';
import type { CsvTable } from '../csv/parse.ts';
import type { RejectedRow } from '../csv/upsert.ts';
import { formatDate, type IsoDate } from '../domain/dates.ts';
import { addItem, updateItem, type ItemOf } from '../record/collections.ts';
import { newAction, newDependency, newMilestone, newRisk } from '../record/factories.ts';
import {
  moveMilestone,
  slipNeedsReason,
  windowProblems,
  type MilestoneWindow,
} from '../record/milestones.ts';
import type { ProgramFile, Source, Stakeholder } from '../schema/program.ts';
import { TRACKER_FIELDS, trackerMappingProblems, type TrackerField, type TrackerMapping } from './columns.ts';
import { kindOf, readRow } from './rows.ts';
import {
  parseTrackerDate,
  statusFor,
  TRACKED_COLLECTION,
  type KindMap,
  type StatusMap,
  type TrackedKind,
} from './values.ts';

export interface TrackerSettings {
  mapping: TrackerMapping;
  /** Issue type → kind; a type not in it gets the guess. */
  kinds: KindMap;
  /** Tracker status → ours, per kind; a status not in it gets the guess. */
  statuses: StatusMap;
  source: Source;
  /** Why committed milestones moved; default "Moved in tracker import on <date>". */
  reason?: string;
  /** Owners the user chose for assignees not on the map (assignee as written → stakeholder id). */
  owners?: Record<string, string>;
  today: IsoDate;
}

export interface TrackedRow {
  row: number;
  kind: TrackedKind;
  key: string;
  id: string;
  title: string;
}

export interface TrackerOutcome {
  /** The program with the import applied; the same object when nothing would change. */
  file: ProgramFile;
  added: TrackedRow[];
  updated: Array<TrackedRow & { fields: string[] }>;
  unchanged: TrackedRow[];
  /** Committed milestones whose likely date moved: their baseline is kept and the reason recorded. */
  moved: Array<TrackedRow & { from: IsoDate; to: IsoDate; baseline: IsoDate; reason: string }>;
  /**
   * Rows imported with an assignee not on the map, and the owner they get: the one the user chose,
   * else the sponsor (a new item) or the owner it had.
   */
  unknownAssignees: Array<{ row: number; key: string; name: string; ownerId: string }>;
  rejected: RejectedRow[];
  mappingProblems: string[];
}

/** The reason recorded on a committed milestone moved by an import without `--reason`. */
export const defaultMoveReason = (today: IsoDate) => `Moved in tracker import on ${formatDate(today)}`;

/** Finds stakeholders by email (any case) or by name (accents, case and spacing ignored). */
function peopleFinder(people: readonly Stakeholder[]) {
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const s of people) {
    const e = s.email.trim().toLowerCase();
    if (e && !byEmail.has(e)) byEmail.set(e, s.id);
    const n = normalizeHeader(s.name);
    if (n && !byName.has(n)) byName.set(n, s.id);
  }
  return (assignee: string): string | undefined =>
    assignee.includes('@') ? byEmail.get(assignee.toLowerCase()) : byName.get(normalizeHeader(assignee));
}

/** The milestone window the row's dates give, from the one it had (or the new item's default). */
function windowFrom(w: MilestoneWindow, start?: IsoDate, due?: IsoDate): MilestoneWindow {
  if (start && due) return { earliest: start, likely: due, latest: due };
  if (due)
    return {
      earliest: w.earliest < due ? w.earliest : due,
      likely: due,
      latest: w.latest > due ? w.latest : due,
    };
  if (start) {
    const likely = w.likely > start ? w.likely : start;
    return { earliest: start, likely, latest: w.latest > likely ? w.latest : likely };
  }
  return w;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');
const dayList = (w: MilestoneWindow) => [w.earliest, w.likely, w.latest];

/** Works out what importing `table` with `settings` would do to `file`. */
export function planTrackerImport(
  file: ProgramFile,
  table: CsvTable,
  settings: TrackerSettings,
): TrackerOutcome {
  const { mapping, today } = settings;
  const outcome: TrackerOutcome = {
    file,
    added: [],
    updated: [],
    unchanged: [],
    moved: [],
    unknownAssignees: [],
    rejected: table.problems.map((p) => ({ row: p.row, problems: [{ field: null, message: p.message }] })),
    mappingProblems: trackerMappingProblems(table.headers, mapping),
  };
  if (outcome.mappingProblems.length > 0) return outcome;
  const header = (f: TrackerField) => table.headers[mapping.indexOf(f)] ?? TRACKER_FIELDS[f];
  const findPerson = peopleFinder(file.stakeholders);
  const known = new Set(file.stakeholders.map((s) => s.id));
  const reason = settings.reason?.trim() || defaultMoveReason(today);
  const seen = new Map<string, number>();
  let next = file;

  for (const { row, cells } of table.rows) {
    const { one, topics } = readRow(cells, mapping);
    const kind = kindOf(settings.kinds, one.type ?? '');
    const collection = TRACKED_COLLECTION[kind];
    const key = one.key ?? '';
    const problems: string[] = [];
    const dates: { start?: IsoDate; due?: IsoDate } = {};
    for (const f of ['start', 'due'] as const) {
      const raw = one[f];
      if (raw === undefined) continue;
      const parsed = parseTrackerDate(raw);
      if (parsed.ok) dates[f] = parsed.date;
      else problems.push(`${header(f)}: ${parsed.message}`);
    }
    if (dates.start && dates.due && dates.start > dates.due)
      problems.push(
        `${header('start')} ${formatDate(dates.start)} is after ${header('due')} ${formatDate(dates.due)}`,
      );
    const list: ReadonlyArray<ItemOf<typeof collection>> = next[collection];
    const existing = key ? list.find((x) => x.externalKey === key) : undefined;
    if (!key) problems.push(`${header('key')}: missing: every item needs the tracker’s key`);
    else if (seen.has(`${kind}\n${key}`))
      problems.push(`${header('key')}: "${key}" is the same ${kind} as row ${seen.get(`${kind}\n${key}`)}`);
    if (!existing && !one.title) problems.push(`${header('title')}: missing: a new ${kind} needs a summary`);
    if (problems.length > 0) {
      outcome.rejected.push({ row, problems: problems.map((message) => ({ field: null, message })) });
      continue;
    }
    seen.set(`${kind}\n${key}`, row);

    let ownerId: string | undefined;
    if (one.assignee) {
      ownerId = findPerson(one.assignee);
      if (!ownerId) {
        const chosen = settings.owners?.[one.assignee];
        ownerId = chosen && known.has(chosen) ? chosen : undefined;
        outcome.unknownAssignees.push({
          row,
          key,
          name: one.assignee,
          ownerId: ownerId ?? existing?.ownerId ?? file.program.sponsorId,
        });
      }
    }
    const status = one.status ? statusFor(settings.statuses, kind, one.status) : undefined;

    if (!existing) {
      const title = one.title ?? '';
      const base = { externalKey: key, source: settings.source, technical: one.description ?? '' };
      const owner = ownerId ? { ownerId } : {};
      let item;
      if (kind === 'milestone') {
        const m = newMilestone(next, { title, today });
        item = { ...m, ...base, ...owner, topics, window: windowFrom(m.window, dates.start, dates.due) };
        if (!dates.start && dates.due)
          item.window = { earliest: dates.due, likely: dates.due, latest: dates.due };
        const bad = windowProblems(item.window)[0];
        if (bad) {
          outcome.rejected.push({ row, problems: [{ field: null, message: bad.message }] });
          continue;
        }
        if (status) item.status = status as typeof m.status;
        next = addItem(next, 'milestones', item);
      } else if (kind === 'risk') {
        const r = newRisk(next, { title, today });
        item = { ...r, ...base, ...owner, topics, ...(status ? { status: status as typeof r.status } : {}) };
        next = addItem(next, 'risks', item);
      } else if (kind === 'dependency') {
        const d = newDependency(next, { title, today });
        item = { ...d, ...base, ...owner, topics, ...(dates.due ? { neededBy: dates.due } : {}) };
        if (status) item.status = status as typeof d.status;
        next = addItem(next, 'dependencies', item);
      } else {
        const a = newAction(next, { title, today });
        const { technical: _unused, ...actionBase } = base;
        void _unused; // actions carry no technical text in the format
        item = { ...a, ...actionBase, ...owner, ...(dates.due ? { due: dates.due } : {}) };
        if (status) item.status = status as typeof a.status;
        next = addItem(next, 'actions', item);
      }
      outcome.added.push({ row, kind, key, id: item.id, title });
      continue;
    }

    const fields: string[] = [];
    const done = { row, kind, key, id: existing.id, title: one.title ?? existing.title };
    if (kind === 'milestone') {
      const m = next.milestones.find((x) => x.id === existing.id);
      if (m) {
        const window = windowFrom(m.window, dates.start, dates.due);
        const bad = windowProblems(window)[0];
        if (bad) {
          outcome.rejected.push({ row, problems: [{ field: null, message: bad.message }] });
          continue;
        }
        if (!sameList(dayList(window), dayList(m.window))) {
          const ask = slipNeedsReason(next, m, window);
          next = moveMilestone(next, m.id, window, ask ? reason : undefined);
          fields.push('dates');
          if (ask)
            outcome.moved.push({
              ...done,
              from: m.window.likely,
              to: window.likely,
              baseline: ask.baseline,
              reason,
            });
        }
      }
    }
    next = updateItem(next, collection, existing.id, (item) => {
      const changed: Record<string, unknown> = {};
      if (one.title && one.title !== item.title) changed.title = one.title;
      if (status && status !== item.status) changed.status = status;
      if (ownerId && ownerId !== item.ownerId) changed.ownerId = ownerId;
      if (
        kind !== 'action' &&
        one.description !== undefined &&
        'technical' in item &&
        one.description !== item.technical
      )
        changed.technical = one.description;
      if (kind !== 'action' && Array.isArray(item.topics)) {
        const had = item.topics.filter((t): t is string => typeof t === 'string');
        const union = [...had, ...topics.filter((t) => !had.includes(t))];
        if (!sameList(union, had)) changed.topics = union;
      }
      if (kind === 'dependency' && dates.due && 'neededBy' in item && dates.due !== item.neededBy)
        changed.neededBy = dates.due;
      if (kind === 'action' && dates.due && 'due' in item && dates.due !== item.due) changed.due = dates.due;
      fields.push(
        ...Object.keys(changed).map((k) =>
          k === 'ownerId' ? 'owner' : k === 'neededBy' || k === 'due' ? 'dates' : k,
        ),
      );
      return Object.keys(changed).length > 0 ? { ...item, ...changed } : item;
    });
    if (fields.length > 0) outcome.updated.push({ ...done, fields: [...new Set(fields)] });
    else outcome.unchanged.push(done);
  }
  outcome.rejected.sort((a, b) => a.row - b.row);
  outcome.file = outcome.added.length + outcome.updated.length > 0 ? next : file;
  return outcome;
}
