/** Milestones: the timeline, a table edited in place, and the selected milestone's form. */
import { useMemo } from 'react';
import { formatDate, formatRange } from '../../../../shared/domain/dates.ts';
import { newMilestone } from '../../../../shared/record/factories.ts';
import { lacksBusiness } from '../../../../shared/record/phrasing.ts';
import { LEVELS, MILESTONE_STATUSES, type Milestone } from '../../../../shared/schema/program.ts';
import { DataTable } from '../../table/DataTable.tsx';
import { columnsFor, type Choice } from '../../table/setup.ts';
import {
  choiceEditor,
  flagEditor,
  itemTitle,
  personEditor,
  PhrasingCell,
  usePeopleChoices,
  useRecordCellEdit,
} from './cells.tsx';
import { useProgram } from './context.tsx';
import { AddItem, TableBox, TitleCell } from './ListSection.tsx';
import { MilestoneForm } from './MilestoneForm.tsx';
import { Timeline } from './Timeline.tsx';

function DatesCell({ m }: { m: Milestone }) {
  const moved = m.baseline && m.baseline !== m.window.likely;
  return (
    <span className="dates-cell" title={`likely ${formatDate(m.window.likely)}`}>
      {formatRange(m.window.earliest, m.window.latest)}
      {moved && m.baseline && <span className="slipped"> · was {formatDate(m.baseline)}</span>}
    </span>
  );
}

const col = columnsFor<Milestone>();

/** The milestone table's columns; the owner is picked from `people`. */
export const milestoneColumns = (people: readonly Choice[]) =>
  col.columns([
    col.accessor('title', {
      header: 'Milestone',
      size: 260,
      cell: (c) => (
        <TitleCell
          section="milestones"
          id={c.row.original.id}
          title={c.getValue()}
          missingBusiness={lacksBusiness(c.row.original)}
        />
      ),
    }),
    col.accessor((m) => m.window.likely, {
      id: 'dates',
      header: 'Earliest – latest',
      size: 190,
      cell: (c) => <DatesCell m={c.row.original} />,
    }),
    col.accessor('status', { header: 'Status', size: 100, ...choiceEditor(MILESTONE_STATUSES) }),
    col.accessor('confidence', { header: 'Confidence', size: 95, ...choiceEditor(LEVELS) }),
    col.accessor('criticalPath', { header: 'Critical', size: 70, ...flagEditor }),
    col.accessor('ownerId', { header: 'Owner', size: 140, ...personEditor(people) }),
    col.accessor('technical', {
      header: 'Technical',
      size: 220,
      cell: (c) => <PhrasingCell text={c.getValue()} />,
    }),
    col.accessor('business', {
      header: 'Business',
      size: 220,
      cell: (c) => <PhrasingCell text={c.getValue()} business />,
    }),
  ]);

export function MilestonesSection() {
  const { file, today, selectedId, select } = useProgram();
  const selected = file.milestones.find((m) => m.id === selectedId);
  const people = usePeopleChoices();
  const columns = useMemo(() => milestoneColumns(people), [people]);
  const onCellEdit = useRecordCellEdit('milestones');
  return (
    <div className="section-body">
      <Timeline
        milestones={file.milestones}
        today={today}
        selectedId={selectedId}
        onSelect={(id) => select('milestones', id)}
      />
      <AddItem collection="milestones" create={newMilestone} />
      <TableBox rows={file.milestones.length}>
        <DataTable
          data={file.milestones}
          columns={columns}
          label="Milestones"
          searchPlaceholder="Search milestones"
          onCellEdit={onCellEdit}
          rowName={itemTitle}
        />
      </TableBox>
      {selected && <MilestoneForm key={selected.id} m={selected} />}
    </div>
  );
}
