/** Dependencies on other teams and wins: phrased items with topics, tables edited in place. */
import { useMemo } from 'react';
import { newDependency, newWin } from '../../../../shared/record/factories.ts';
import { parseTitle } from '../../../../shared/record/fields.ts';
import { lacksBusiness } from '../../../../shared/record/phrasing.ts';
import { DEPENDENCY_STATUSES, type Dependency, type Win } from '../../../../shared/schema/program.ts';
import { DataTable } from '../../table/DataTable.tsx';
import { columnsFor, type Choice } from '../../table/setup.ts';
import {
  choiceEditor,
  dateEditor,
  itemTitle,
  personEditor,
  PhrasingCell,
  textEditor,
  TopicsCell,
  usePeopleChoices,
  useRecordCellEdit,
} from './cells.tsx';
import { useProgram } from './context.tsx';
import { DateField, SelectField, TextField } from '../../ui/Fields.tsx';
import { PhrasingsField } from './phrasings.tsx';
import { PersonField, TagsField } from './pickers.tsx';
import { AddItem, DetailPanel, TableBox, TitleCell } from './ListSection.tsx';

const titleCheck = (t: string) => {
  const p = parseTitle(t);
  return p.ok ? null : p.message;
};

const dep = columnsFor<Dependency>();

/** The dependency table's columns; the owner is picked from `people`. */
export const dependencyColumns = (people: readonly Choice[]) =>
  dep.columns([
    dep.accessor('title', {
      header: 'Dependency',
      size: 240,
      cell: (c) => (
        <TitleCell
          section="dependencies"
          id={c.row.original.id}
          title={c.getValue()}
          missingBusiness={lacksBusiness(c.row.original)}
        />
      ),
    }),
    dep.accessor('team', { header: 'Team', size: 130, ...textEditor('team') }),
    dep.accessor('ownerId', { header: 'Owner', size: 130, ...personEditor(people) }),
    dep.accessor('neededBy', { header: 'Needed by', size: 110, ...dateEditor('Needed by') }),
    dep.accessor('status', { header: 'Status', size: 100, ...choiceEditor(DEPENDENCY_STATUSES) }),
    dep.accessor('technical', {
      header: 'Technical',
      size: 210,
      cell: (c) => <PhrasingCell text={c.getValue()} />,
    }),
    dep.accessor('business', {
      header: 'Business',
      size: 210,
      cell: (c) => <PhrasingCell text={c.getValue()} business />,
    }),
  ]);

export function DependenciesSection() {
  const { file, selectedId, patch } = useProgram();
  const d = file.dependencies.find((x) => x.id === selectedId);
  const people = usePeopleChoices();
  const columns = useMemo(() => dependencyColumns(people), [people]);
  const onCellEdit = useRecordCellEdit('dependencies');
  const set = (what: string, change: (x: Dependency) => Dependency) =>
    d && void patch('dependencies', d.id, `edit dependency ${what}`, change);
  return (
    <div className="section-body">
      <AddItem collection="dependencies" create={newDependency} />
      <TableBox rows={file.dependencies.length}>
        <DataTable
          data={file.dependencies}
          columns={columns}
          label="Dependencies"
          searchPlaceholder="Search dependencies"
          onCellEdit={onCellEdit}
          rowName={itemTitle}
        />
      </TableBox>
      {d && (
        <DetailPanel key={d.id} collection="dependencies" id={d.id} title={d.title}>
          <div className="form-grid">
            <TextField
              label="Title"
              value={d.title}
              wide
              validate={titleCheck}
              onCommit={(t) => set('title', (x) => ({ ...x, title: t.trim() }))}
            />
            <TextField
              label="Team"
              value={d.team}
              onCommit={(team) => set('team', (x) => ({ ...x, team }))}
            />
            <PersonField
              label="Owner"
              value={d.ownerId}
              onChange={(ownerId) => set('owner', (x) => ({ ...x, ownerId }))}
            />
            <DateField
              label="Needed by"
              value={d.neededBy}
              onCommit={(neededBy) => set('needed-by date', (x) => ({ ...x, neededBy }))}
            />
            <SelectField
              label="Status"
              value={d.status}
              options={DEPENDENCY_STATUSES}
              onChange={(status) => set('status', (x) => ({ ...x, status }))}
            />
          </div>
          <TagsField topics={d.topics} onChange={(topics) => set('topics', (x) => ({ ...x, topics }))} />
          <PhrasingsField
            technical={d.technical}
            business={d.business}
            what="dependency"
            onCommit={(which, text) => set(which, (x) => ({ ...x, [which]: text }))}
          />
        </DetailPanel>
      )}
    </div>
  );
}

const win = columnsFor<Win>();

export const winColumns = win.columns([
  win.accessor('title', {
    header: 'Win',
    size: 280,
    cell: (c) => (
      <TitleCell
        section="wins"
        id={c.row.original.id}
        title={c.getValue()}
        missingBusiness={lacksBusiness(c.row.original)}
      />
    ),
  }),
  win.accessor('date', { header: 'Date', size: 110, ...dateEditor('Date') }),
  win.accessor((w) => w.topics.join(' '), {
    id: 'topics',
    header: 'Topics',
    size: 170,
    cell: (c) => <TopicsCell topics={c.row.original.topics} />,
  }),
  win.accessor('technical', {
    header: 'Technical',
    size: 260,
    cell: (c) => <PhrasingCell text={c.getValue()} />,
  }),
  win.accessor('business', {
    header: 'Business',
    size: 260,
    cell: (c) => <PhrasingCell text={c.getValue()} business />,
  }),
]);

export function WinsSection() {
  const { file, selectedId, patch } = useProgram();
  const w = file.wins.find((x) => x.id === selectedId);
  const onCellEdit = useRecordCellEdit('wins');
  const set = (what: string, change: (x: Win) => Win) =>
    w && void patch('wins', w.id, `edit win ${what}`, change);
  return (
    <div className="section-body">
      <AddItem collection="wins" create={newWin} />
      <TableBox rows={file.wins.length}>
        <DataTable
          data={file.wins}
          columns={winColumns}
          label="Wins"
          searchPlaceholder="Search wins"
          onCellEdit={onCellEdit}
          rowName={itemTitle}
        />
      </TableBox>
      {w && (
        <DetailPanel key={w.id} collection="wins" id={w.id} title={w.title}>
          <div className="form-grid">
            <TextField
              label="Title"
              value={w.title}
              wide
              validate={titleCheck}
              onCommit={(t) => set('title', (x) => ({ ...x, title: t.trim() }))}
            />
            <DateField
              label="Date"
              value={w.date}
              onCommit={(date) => set('date', (x) => ({ ...x, date }))}
            />
          </div>
          <TagsField topics={w.topics} onChange={(topics) => set('topics', (x) => ({ ...x, topics }))} />
          <PhrasingsField
            technical={w.technical}
            business={w.business}
            what="win"
            onCommit={(which, text) => set(which, (x) => ({ ...x, [which]: text }))}
          />
        </DetailPanel>
      )}
    </div>
  );
}
