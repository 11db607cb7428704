/**
 * Which column of a tracker export (Jira, Linear, GitHub) fills which part of a record item: a
 * first guess from the header names, which the user can change, and the checks a mapping must
 * pass. Several columns may carry topics (Jira writes one `Labels` column per label).
 */
import { columnsByField, describeColumns, normalizeHeader } from '../csv/mapping.ts';
import type { Source } from '../schema/program.ts';

export const TRACKER_FIELDS = {
  key: 'Key',
  type: 'Type',
  title: 'Summary',
  status: 'Status',
  start: 'Start date',
  due: 'Due date',
  assignee: 'Assignee',
  topics: 'Topics',
  description: 'Description (technical text)',
} as const;

export type TrackerField = keyof typeof TRACKER_FIELDS;
export const TRACKER_FIELD_KEYS = Object.keys(TRACKER_FIELDS) as TrackerField[];

/** For each column, in order, the field it fills, or null when it is ignored. */
export type TrackerMapping = Array<TrackerField | null>;

// Header spellings (normalized) per field, best first: "Issue key" wins over a plain "ID".
const SPELLINGS: Record<TrackerField, string[]> = {
  key: ['issuekey', 'key', 'id', 'identifier', 'number', 'issuenumber'],
  type: ['issuetype', 'type', 'kind', 'itemtype'],
  title: ['summary', 'title', 'name'],
  status: ['status', 'state'],
  start: ['startdate', 'start', 'targetstart', 'plannedstart', 'started'],
  due: ['duedate', 'due', 'targetdate', 'targetend', 'enddate'],
  assignee: ['assignee', 'assignees', 'assignedto', 'owner'],
  topics: ['labels', 'label', 'components', 'component', 'tags'],
  description: ['description', 'body', 'details'],
};

/** Fields that several columns may fill together. */
const MANY: ReadonlySet<TrackerField> = new Set(['topics']);

function rank(header: string): { field: TrackerField; rank: number } | null {
  const h = normalizeHeader(header);
  for (const field of TRACKER_FIELD_KEYS) {
    const at = SPELLINGS[field].indexOf(h);
    if (at >= 0) return { field, rank: at };
  }
  return null;
}

/**
 * A first mapping from the header names. Each single field goes to its best-named column (the
 * first of equals); every column named like labels or components carries topics.
 */
export function guessTrackerMapping(headers: readonly string[]): TrackerMapping {
  const ranked = headers.map(rank);
  const best = new Map<TrackerField, number>();
  ranked.forEach((r, i) => {
    if (!r || MANY.has(r.field)) return;
    const current = best.get(r.field);
    if (current === undefined || r.rank < (ranked[current]?.rank ?? Infinity)) best.set(r.field, i);
  });
  return ranked.map((r, i) => {
    if (!r) return null;
    return MANY.has(r.field) || best.get(r.field) === i ? r.field : null;
  });
}

/** What makes a mapping unusable, one message each; empty when rows can be imported with it. */
export function trackerMappingProblems(headers: readonly string[], mapping: TrackerMapping): string[] {
  const problems: string[] = [];
  const columns = columnsByField(headers, mapping);
  for (const [field, names] of columns)
    if (names.length > 1 && !MANY.has(field))
      problems.push(`${names.join(' and ')} both fill ${TRACKER_FIELDS[field]}.`);
  if (!columns.has('key'))
    problems.push(
      'No column holds the tracker’s key (Issue key, Key or ID): items could not be matched again.',
    );
  if (!columns.has('title')) problems.push('No column holds the summary or title of the items.');
  return problems;
}

/** `"Issue key" → Key, "Sprint" (ignored)`, for the command line. */
export function describeTrackerMapping(headers: readonly string[], mapping: TrackerMapping): string {
  return describeColumns(headers, mapping, (f) => TRACKER_FIELDS[f]);
}

/** The tracker an export most likely came from, by the headers only that tracker writes. */
export function guessSource(headers: readonly string[]): Source {
  const h = new Set(headers.map(normalizeHeader));
  if (h.has('issuekey') || h.has('issuetype') || h.has('issueid')) return 'jira';
  if (h.has('cyclenumber') || h.has('cyclename') || (h.has('team') && h.has('id') && h.has('title')))
    return 'linear';
  if (h.has('repository') || h.has('url') || h.has('assignees')) return 'github';
  return 'csv';
}
