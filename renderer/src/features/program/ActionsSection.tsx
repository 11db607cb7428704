/** Actions (owner, due, whom they are owed to) and metrics (baseline, current, target, objective). */
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
import { columnsFor } from '../../table/setup.ts';
import { ChoiceCell, DateCell, NumberCell, PersonCell, TextCell } from './cells.tsx';
import { useProgram } from './context.tsx';
import { DateField, NumberField, SelectField, TextField } from './fields.tsx';
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
      <DateCell collection="actions" id={a.id} title={a.title} field="due" name="due date" value={a.due} />
      {overdue && <span className="sr-only"> (overdue since {formatDate(a.due)})</span>}
    </span>
  );
}

const act = columnsFor<Action>();
const actTarget = (a: Action, field: string, name: string) =>
  ({ collection: 'actions', id: a.id, title: a.title, field, name }) as const;

export const actionColumns = act.columns([
  act.accessor('title', {
    header: 'Action',
    size: 330,
    cell: (c) => <TitleCell section="actions" id={c.row.original.id} title={c.getValue()} />,
  }),
  act.accessor('ownerId', {
    header: 'Owner',
    size: 150,
    cell: (c) => <PersonCell {...actTarget(c.row.original, 'ownerId', 'owner')} value={c.getValue()} />,
  }),
  act.accessor('due', { header: 'Due', size: 120, cell: (c) => <Due a={c.row.original} /> }),
  act.accessor('status', {
    header: 'Status',
    size: 90,
    cell: (c) => (
      <ChoiceCell
        {...actTarget(c.row.original, 'status', 'status')}
        value={c.getValue()}
        options={ACTION_STATUSES}
      />
    ),
  }),
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
  const set = (what: string, change: (x: Action) => Action) =>
    a && void patch('actions', a.id, `edit action ${what}`, change);
  return (
    <div className="section-body">
      <AddItem collection="actions" create={newAction} />
      <TableBox rows={file.actions.length}>
        <DataTable
          data={file.actions}
          columns={actionColumns}
          label="Actions"
          searchPlaceholder="Search actions"
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
const metTarget = (m: Metric, field: string, name: string) =>
  ({ collection: 'metrics', id: m.id, title: m.title, field, name }) as const;

export const metricColumns = met.columns([
  met.accessor('title', {
    header: 'Metric',
    size: 240,
    cell: (c) => <TitleCell section="metrics" id={c.row.original.id} title={c.getValue()} />,
  }),
  met.accessor('kind', {
    header: 'Kind',
    size: 110,
    cell: (c) => (
      <ChoiceCell
        {...metTarget(c.row.original, 'kind', 'kind')}
        value={c.getValue()}
        options={METRIC_KINDS}
      />
    ),
  }),
  met.accessor('unit', {
    header: 'Unit',
    size: 60,
    cell: (c) => <TextCell {...metTarget(c.row.original, 'unit', 'unit')} value={c.getValue()} />,
  }),
  ...(['baseline', 'current', 'target'] as const).map((f) =>
    met.accessor(f, {
      header: f.charAt(0).toUpperCase() + f.slice(1),
      size: 85,
      cell: (c) => <NumberCell {...metTarget(c.row.original, f, f)} value={c.getValue()} />,
    }),
  ),
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
