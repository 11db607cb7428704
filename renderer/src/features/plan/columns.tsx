/** Columns of the plan matrix, at module scope so the table keeps its models between renders. */
import type { FieldKey } from '../../../../shared/csv/fields.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { planMatrix, type PlanRow } from '../../../../shared/plan/matrix.ts';
import {
  CADENCES,
  CHANNELS,
  DETAILS,
  LANGUAGES,
  STAKEHOLDER_TEMPLATES,
  type ProgramFile,
} from '../../../../shared/schema/program.ts';
import { columnsFor, type Choice } from '../../table/setup.ts';
import { RowActions } from '../stakeholders/columns.tsx';

/** A matrix row, keyed by the stakeholder's id as every table row is. */
export type MatrixRow = PlanRow & { id: string };

/** The matrix rows for the program as of `today`. */
export function matrixRows(file: ProgramFile, today: string): MatrixRow[] {
  return planMatrix(file, today).map((r) => ({ ...r, id: r.stakeholderId }));
}

/** The preferences the matrix edits in place: column (and field) key, header, values, width. */
const PREFERENCE_COLUMNS = [
  ['template', 'Template', STAKEHOLDER_TEMPLATES, 135],
  ['detail', 'Detail', DETAILS, 85],
  ['language', 'Language', LANGUAGES, 105],
  ['channel', 'Channel', CHANNELS, 90],
  ['cadence', 'Cadence', CADENCES, 95],
] as const satisfies ReadonlyArray<readonly [FieldKey & keyof MatrixRow, string, readonly string[], number]>;

/** Which matrix columns edit which stakeholder field (the same fields as the stakeholder table). */
export const MATRIX_EDITABLE: Partial<Record<string, FieldKey>> = Object.fromEntries(
  PREFERENCE_COLUMNS.map(([key]) => [key, key]),
);

const select = (values: readonly string[]) => ({
  kind: 'select' as const,
  options: values.map((v): Choice => ({ value: v, label: v })),
});

/** Next due as a sortable key: overdue and due first, never ("as needed") last. */
const dueKey = (r: MatrixRow) => r.nextDue ?? '9999';

const col = columnsFor<MatrixRow>();

export const matrixColumns = col.columns([
  col.accessor('name', {
    header: 'Stakeholder',
    sortFn: 'textKey',
    size: 160,
    cell: (c) => <strong title={c.row.original.title}>{c.getValue()}</strong>,
  }),
  ...PREFERENCE_COLUMNS.map(([key, header, values, size]) =>
    col.accessor(key, { header, sortFn: 'textKey', size, meta: { editor: select(values) } }),
  ),
  col.accessor((r) => r.lastUpdateAt ?? '', {
    id: 'lastUpdateAt',
    header: 'Last update',
    sortFn: 'textKey',
    size: 115,
    cell: (c) => (c.getValue() ? formatDate(c.getValue()) : 'never'),
  }),
  col.accessor(dueKey, {
    id: 'nextDue',
    header: 'Next due',
    sortFn: 'textKey',
    size: 125,
    enableGlobalFilter: false,
    cell: (c) => {
      const r = c.row.original;
      if (r.nextDue === null) return <span className="muted">as needed</span>;
      if (r.overdueDays === null) return formatDate(r.nextDue);
      return (
        <span className="due" title={`Due ${formatDate(r.nextDue)}`}>
          {r.overdueDays > 0 ? `Overdue ${r.overdueDays} d` : 'Due today'}
        </span>
      );
    },
  }),
  col.accessor((r) => r.meetings.map((m) => m.title).join(', '), {
    id: 'meetings',
    header: 'Meetings',
    size: 150,
    enableSorting: false,
  }),
  col.accessor((r) => r.planned.map((p) => `${formatDate(p.date)} ${p.purpose}`).join('; '), {
    id: 'planned',
    header: 'Planned',
    size: 115,
    enableSorting: false,
  }),
  col.display({
    id: 'actions',
    header: '',
    size: 145,
    enableHiding: false,
    meta: { label: 'Actions' },
    cell: (c) => <RowActions id={c.row.original.id} name={c.row.original.name} />,
  }),
]);
