/** Actions (owner, due, whom they are owed to) and metrics (baseline, current, target, objective). */
import { useMemo } from 'react';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { newAction, newMetric } from '../../../../shared/record/factories.ts';
import { parseTitle } from '../../../../shared/record/fields.ts';
import {
  ACTION_STATUSES,
  METRIC_KINDS,
  type Action,
  type Metric,
} from '../../../../shared/schema/program.ts';
import { DataTable } from '../../table/DataTable.tsx';
import { columnsFor, type Choice } from '../../table/setup.ts';
import {
  choiceEditor,
  dateEditor,
  itemTitle,
  numberEditor,
  personEditor,
  textEditor,
  usePeopleChoices,
  useRecordCellEdit,
} from './cells.tsx';
import { useProgram } from './context.tsx';
import { DateField, NumberField, SelectField, TextField } from '../../ui/Fields.tsx';
import { PeopleField, PersonField } from './pickers.tsx';
import { AddItem, DetailPanel, TableBox, TitleCell } from './ListSection.tsx';
import { ProgressBar } from './Progress.tsx';

const titleCheck = (t: string) => {
  const p = parseTitle(t);
  return p.ok ? null : p.message;
};

function OwedTo({ ids }: { ids: string[] }) {
  const { people } = useProgram();
  return <>{ids.map((id) => people.find((p) => p.id === id)?.name ?? id).join(', ') || '—'}</>;
}

function Due({ a }: { a: Action }) {
  const { today } = useProgram();
  const overdue = a.status === 'open' && a.due < today;
  return (
    <span className={overdue ? 'overdue' : undefined}>
      {formatDate(a.due)}
      {overdue && <span className="sr-only"> (overdue since {formatDate(a.due)})</span>}
    </span>
  );
}

const act = columnsFor<Action>();

/** The action table's columns; the owner is picked from `people`. */
export const actionColumns = (people: readonly Choice[]) =>
  act.columns([
    act.accessor('title', {
      header: 'Action',
      size: 330,
      cell: (c) => <TitleCell section="actions" id={c.row.original.id} title={c.getValue()} />,
    }),
    act.accessor('ownerId', { header: 'Owner', size: 150, ...personEditor(people) }),
    act.accessor('due', {
      header: 'Due',
      size: 120,
      meta: dateEditor('Due').meta,
      cell: (c) => <Due a={c.row.original} />,
    }),
    act.accessor('status', { header: 'Status', size: 90, ...choiceEditor(ACTION_STATUSES) }),
    act.accessor((a) => a.owedToIds.join(' '), {
      id: 'owedTo',
      header: 'Owed to',
      size: 200,
      cell: (c) => <OwedTo ids={c.row.original.owedToIds} />,
    }),
  ]);

export function ActionsSection() {
  const { file, selectedId, patch } = useProgram();
  const a = file.actions.find((x) => x.id === selectedId);
  const people = usePeopleChoices();
  const columns = useMemo(() => actionColumns(people), [people]);
  const onCellEdit = useRecordCellEdit('actions');
  const set = (what: string, change: (x: Action) => Action) =>
    a && void patch('actions', a.id, `edit action ${what}`, change);
  return (
    <div className="section-body">
      <AddItem collection="actions" create={newAction} />
      <TableBox rows={file.actions.length}>
        <DataTable
          data={file.actions}
          columns={columns}
          label="Actions"
          searchPlaceholder="Search actions"
          onCellEdit={onCellEdit}
          rowName={itemTitle}
        />
      </TableBox>
      {a && (
        <DetailPanel key={a.id} collection="actions" id={a.id} title={a.title}>
          <div className="form-grid">
            <TextField
              label="Title"
              value={a.title}
              wide
              validate={titleCheck}
              onCommit={(t) => set('title', (x) => ({ ...x, title: t.trim() }))}
            />
            <PersonField
              label="Owner"
              value={a.ownerId}
              onChange={(ownerId) => set('owner', (x) => ({ ...x, ownerId }))}
            />
            <DateField
              label="Due"
              value={a.due}
              onCommit={(due) => set('due date', (x) => ({ ...x, due }))}
            />
            <SelectField
              label="Status"
              value={a.status}
              options={ACTION_STATUSES}
              onChange={(status) => set('status', (x) => ({ ...x, status }))}
            />
            <PeopleField
              label="Owed to"
              ids={a.owedToIds}
              onChange={(owedToIds) => set('owed to', (x) => ({ ...x, owedToIds }))}
            />
          </div>
        </DetailPanel>
      )}
    </div>
  );
}

const met = columnsFor<Metric>();

export const metricColumns = met.columns([
  met.accessor('title', {
    header: 'Metric',
    size: 240,
    cell: (c) => <TitleCell section="metrics" id={c.row.original.id} title={c.getValue()} />,
  }),
  met.accessor('kind', { header: 'Kind', size: 110, ...choiceEditor(METRIC_KINDS) }),
  met.accessor('unit', { header: 'Unit', size: 60, ...textEditor('unit') }),
  ...(['baseline', 'current', 'target'] as const).map((f) => {
    const header = f.charAt(0).toUpperCase() + f.slice(1);
    return met.accessor(f, { header, size: 85, ...numberEditor(header) });
  }),
  met.display({
    id: 'progress',
    header: 'Progress',
    size: 300,
    cell: (c) => <ProgressBar m={c.row.original} label={`Progress of ${c.row.original.title}`} compact />,
  }),
]);

export function MetricsSection() {
  const { file, selectedId, patch } = useProgram();
  const m = file.metrics.find((x) => x.id === selectedId);
  const onCellEdit = useRecordCellEdit('metrics');
  const set = (what: string, change: (x: Metric) => Metric) =>
    m && void patch('metrics', m.id, `edit metric ${what}`, change);
  return (
    <div className="section-body">
      <AddItem collection="metrics" create={newMetric} />
      <TableBox rows={file.metrics.length}>
        <DataTable
          data={file.metrics}
          columns={metricColumns}
          label="Metrics"
          searchPlaceholder="Search metrics"
          onCellEdit={onCellEdit}
          rowName={itemTitle}
        />
      </TableBox>
      {m && (
        <DetailPanel key={m.id} collection="metrics" id={m.id} title={m.title}>
          <div className="form-grid">
            <TextField
              label="Title"
              value={m.title}
              wide
              validate={titleCheck}
              onCommit={(t) => set('title', (x) => ({ ...x, title: t.trim() }))}
            />
            <SelectField
              label="Kind"
              value={m.kind}
              options={METRIC_KINDS}
              onChange={(kind) => set('kind', (x) => ({ ...x, kind }))}
            />
            <TextField
              label="Unit"
              value={m.unit}
              onCommit={(unit) => set('unit', (x) => ({ ...x, unit }))}
            />
            <NumberField
              label="Baseline"
              value={m.baseline}
              onCommit={(baseline) => set('baseline', (x) => ({ ...x, baseline }))}
            />
            <NumberField
              label="Current"
              value={m.current}
              onCommit={(current) => set('current', (x) => ({ ...x, current }))}
            />
            <NumberField
              label="Target"
              value={m.target}
              onCommit={(target) => set('target', (x) => ({ ...x, target }))}
            />
            <SelectField
              label="Objective"
              value={m.objectiveId}
              options={[
                { value: '', label: '(none)' },
                ...file.objectives.map((o) => ({ value: o.id, label: o.title })),
              ]}
              onChange={(objectiveId) => set('objective', (x) => ({ ...x, objectiveId }))}
            />
          </div>
          <ProgressBar m={m} label={`Progress of ${m.title}`} />
        </DetailPanel>
      )}
    </div>
  );
}
