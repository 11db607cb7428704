/** Columns of the stakeholder table, at module scope so the table keeps its models between renders. */
import { createContext, useContext } from 'react';
import type { FilterFn } from '@tanstack/react-table';
import { checkEmail, checkName, type FieldKey } from '../../../../shared/csv/fields.ts';
import { dueStatus, type DueStatus } from '../../../../shared/domain/cadence.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { engagementOf, type Engagement } from '../../../../shared/domain/engagement.ts';
import { QUADRANT_LABELS, QUADRANTS, quadrantOf, type Quadrant } from '../../../../shared/domain/quadrant.ts';
import {
  CADENCES,
  GROUPS,
  LEVELS,
  STAKEHOLDER_TEMPLATES,
  STANCES,
  type Stakeholder,
} from '../../../../shared/schema/program.ts';
import { changedIndices } from '../../app/list-changes.ts';
import { columnsFor, type Choice, type Features } from '../../table/setup.ts';
import { Sparkline } from '../engagement/EngagementTrend.tsx';

/** What a row's "Generate report" button does; provided by the screen that shows the table. */
export const GenerateReportContext = createContext<((stakeholderId: string) => void) | null>(null);
/** What a row's "Details" button does: opens the person's detail panel. */
export const OpenPersonContext = createContext<((stakeholderId: string) => void) | null>(null);

/** A row's Details and Generate report buttons, each shown when its context is provided. */
export function RowActions({ id, name }: { id: string; name: string }) {
  const generate = useContext(GenerateReportContext);
  const open = useContext(OpenPersonContext);
  return (
    <span className="actions">
      {open && (
        <button
          type="button"
          className="link"
          tabIndex={-1}
          aria-label={`Details for ${name}`}
          onClick={() => open(id)}
        >
          Details
        </button>
      )}
      {generate && (
        <button
          type="button"
          className="link"
          tabIndex={-1}
          aria-label={`Generate report for ${name}`}
          onClick={() => generate(id)}
        >
          Generate report
        </button>
      )}
    </span>
  );
}

/** A stakeholder with what the table derives for them as of today. */
export interface StakeholderRow {
  id: string;
  name: string;
  title: string;
  organization: string;
  email: string;
  group: Stakeholder['group'];
  influence: Stakeholder['influence'];
  interest: Stakeholder['interest'];
  stance: Stakeholder['stance'];
  quadrant: Quadrant;
  template: string;
  cadence: string;
  lastUpdateAt: string;
  nextDue: string;
  due: boolean;
  /** Days past the due date; null when not due. */
  overdueDays: number | null;
  external: boolean;
  /** The sentiment of the last 90 days' interactions (rowsOf fills it), and the day it is for. */
  engagement?: Engagement;
  today?: string;
}

export function toRow(s: Stakeholder, quadrant: Quadrant, due: DueStatus): StakeholderRow {
  return {
    id: s.id,
    name: s.name,
    title: s.title,
    organization: s.organization,
    email: s.email,
    group: s.group,
    influence: s.influence,
    interest: s.interest,
    stance: s.stance,
    quadrant,
    template: s.preferences.template,
    cadence: s.preferences.cadence,
    lastUpdateAt: s.lastUpdateAt ?? '',
    nextDue: due.nextDue ?? (due.due ? 'now' : ''),
    due: due.due,
    overdueDays: due.overdueDays,
    external: s.external === true,
  };
}

// Rows are derived once per stakeholder object and day: an edit replaces only the people it
// changes, so the other rows (and the table's caches keyed on them) are kept.
const rowCache = new WeakMap<Stakeholder, { today: string; row: StakeholderRow }>();

function rowOf(s: Stakeholder, today: string): StakeholderRow {
  const hit = rowCache.get(s);
  if (hit?.today === today) return hit.row;
  const row = {
    ...toRow(s, quadrantOf(s), dueStatus(s, today)),
    engagement: engagementOf(s, today),
    today,
  };
  rowCache.set(s, { today, row });
  return row;
}

// The last list of rows made, so the next (after an edit of a few people) starts from it.
let lastRows: { people: readonly Stakeholder[]; today: string; rows: StakeholderRow[] } | null = null;

/** The table's rows for `people` as of `today`. */
export function rowsOf(people: readonly Stakeholder[], today: string): StakeholderRow[] {
  const changed = lastRows?.today === today ? changedIndices(lastRows.people, people) : null;
  // The same people: the same rows, so the table keeps everything it derived from them.
  if (lastRows && changed?.length === 0) return lastRows.rows;
  let rows: StakeholderRow[];
  if (lastRows && changed) {
    rows = lastRows.rows.slice();
    for (const i of changed) rows[i] = rowOf(people[i] as Stakeholder, today);
  } else rows = people.map((s) => rowOf(s, today));
  lastRows = { people, today, rows };
  return rows;
}

/** The row's name, for labels of its fields ("Title of Dana Whitfield"). */
export const rowName = (row: StakeholderRow) => row.name;

/** Which table columns edit which stakeholder field. */
export const EDITABLE: Partial<Record<string, FieldKey>> = {
  name: 'name',
  title: 'title',
  organization: 'organization',
  email: 'email',
  group: 'group',
  influence: 'influence',
  interest: 'interest',
  stance: 'stance',
  external: 'external',
  template: 'template',
  cadence: 'cadence',
};

const choices = (values: readonly string[]): Choice[] => values.map((v) => ({ value: v, label: v }));
const select = (values: readonly string[]) => ({ kind: 'select' as const, options: choices(values) });
const sentence = (problem: string | null) =>
  problem ? problem.charAt(0).toUpperCase() + problem.slice(1) : null;

const dueFilter: FilterFn<Features, StakeholderRow> = (row, _columnId, wanted) =>
  (row.original.due ? 'due' : 'not-due') === wanted;

/** Next update as a sortable key: due now first, never ("as needed") last. */
const dueKey = (r: StakeholderRow) => (r.nextDue === 'now' ? '0000' : r.nextDue || '9999');

const col = columnsFor<StakeholderRow>();

export const stakeholderColumns = col.columns([
  col.accessor('name', {
    header: 'Name',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 170,
    meta: { editor: { kind: 'text', validate: (v) => sentence(checkName(v)) } },
    cell: (c) => <strong>{c.getValue()}</strong>,
  }),
  col.accessor('title', {
    header: 'Title',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 135,
    meta: { editor: { kind: 'text' } },
  }),
  col.accessor('organization', {
    header: 'Organization',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 130,
    meta: { editor: { kind: 'text' } },
  }),
  col.accessor('email', {
    header: 'Email',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 200,
    meta: { editor: { kind: 'text', validate: (v) => sentence(checkEmail(v)) } },
  }),
  col.accessor('group', {
    header: 'Group',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 100,
    filterFn: 'sameText',
    meta: { editor: select(GROUPS), filter: { label: 'Group', options: choices(GROUPS) } },
  }),
  col.accessor('influence', {
    header: 'Influence',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 90,
    meta: { editor: select(LEVELS) },
  }),
  col.accessor('interest', {
    header: 'Interest',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 90,
    meta: { editor: select(LEVELS) },
  }),
  col.accessor('quadrant', {
    header: 'Quadrant',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 132,
    filterFn: 'sameText',
    meta: {
      filter: { label: 'Quadrant', options: QUADRANTS.map((q) => ({ value: q, label: QUADRANT_LABELS[q] })) },
    },
    cell: (c) => QUADRANT_LABELS[c.getValue()],
  }),
  col.accessor('stance', {
    header: 'Stance',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 95,
    filterFn: 'sameText',
    meta: { editor: select(STANCES), filter: { label: 'Stance', options: choices(STANCES) } },
    cell: (c) => <span className={`stance stance--${c.getValue()}`}>{c.getValue()}</span>,
  }),
  col.accessor('external', {
    header: 'External',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 84,
    filterFn: 'sameText',
    meta: {
      editor: { kind: 'checkbox' },
      filter: {
        label: 'External',
        options: [
          { value: 'true', label: 'external' },
          { value: 'false', label: 'internal' },
        ],
      },
    },
  }),
  col.accessor('template', {
    header: 'Template',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 128,
    meta: { editor: select(STAKEHOLDER_TEMPLATES) },
  }),
  col.accessor('cadence', {
    header: 'Cadence',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 90,
    meta: { editor: select(CADENCES) },
  }),
  col.accessor('lastUpdateAt', {
    header: 'Last update',
    sortFn: 'textKey',
    sortUndefined: false,
    size: 105,
    cell: (c) => (c.getValue() ? formatDate(c.getValue()) : '—'),
  }),
  col.accessor(dueKey, {
    id: 'nextDue',
    header: 'Next update',
    size: 150,
    enableGlobalFilter: false,
    filterFn: dueFilter,
    meta: {
      filter: {
        label: 'Due',
        options: [
          { value: 'due', label: 'due now' },
          { value: 'not-due', label: 'not due' },
        ],
      },
    },
    cell: (c) => {
      const row = c.row.original;
      if (!row.due) return row.nextDue ? formatDate(row.nextDue) : 'as needed';
      const late = row.overdueDays ?? 0;
      const text = row.nextDue === 'now' ? 'Due now' : late === 0 ? 'Due today' : `Overdue ${late} d`;
      return (
        <span
          className="due"
          title={row.nextDue === 'now' ? 'Never updated' : `Due since ${formatDate(row.nextDue)}`}
        >
          {text}
        </span>
      );
    },
  }),
  col.accessor((r) => r.engagement?.average ?? undefined, {
    id: 'engagement',
    header: 'Engagement',
    size: 124,
    sortUndefined: 'last',
    enableGlobalFilter: false,
    cell: (c) => {
      const { engagement, today } = c.row.original;
      return engagement && today ? <Sparkline engagement={engagement} today={today} /> : null;
    },
  }),
  col.display({
    id: 'actions',
    header: '',
    size: 195,
    enableHiding: false,
    meta: { label: 'Actions' },
    cell: (c) => <RowActions id={c.row.original.id} name={c.row.original.name} />,
  }),
]);

/** Columns hidden until the user shows them (the column picker). */
export const HIDDEN_AT_FIRST = {
  organization: false,
  email: false,
  influence: false,
  interest: false,
  lastUpdateAt: false,
};
