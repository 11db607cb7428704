/** Milestones: the timeline, a table edited in place, and the selected milestone's form. */
import { formatDate, formatRange } from '../../../../shared/domain/dates.ts';
import { newMilestone } from '../../../../shared/record/factories.ts';
import { lacksBusiness } from '../../../../shared/record/phrasing.ts';
import { LEVELS, MILESTONE_STATUSES, type Milestone } from '../../../../shared/schema/program.ts';
import { DataTable } from '../../table/DataTable.tsx';
import { columnsFor } from '../../table/setup.ts';
import { ChoiceCell, FlagCell, PersonCell, PhrasingCell } from './cells.tsx';
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
const target = (m: Milestone, field: string, name: string) =>
  ({ collection: 'milestones', id: m.id, title: m.title, field, name }) as const;

export const milestoneColumns = col.columns([
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
  col.accessor('status', {
    header: 'Status',
    size: 100,
    cell: (c) => (
      <ChoiceCell
        {...target(c.row.original, 'status', 'status')}
        value={c.getValue()}
        options={MILESTONE_STATUSES}
      />
    ),
  }),
  col.accessor('confidence', {
    header: 'Confidence',
    size: 95,
    cell: (c) => (
      <ChoiceCell
        {...target(c.row.original, 'confidence', 'confidence')}
        value={c.getValue()}
        options={LEVELS}
      />
    ),
  }),
  col.accessor('criticalPath', {
    header: 'Critical',
    size: 70,
    cell: (c) => (
      <FlagCell {...target(c.row.original, 'criticalPath', 'critical path')} value={c.getValue()} />
    ),
  }),
  col.accessor('ownerId', {
    header: 'Owner',
    size: 140,
    cell: (c) => <PersonCell {...target(c.row.original, 'ownerId', 'owner')} value={c.getValue()} />,
  }),
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
          columns={milestoneColumns}
          label="Milestones"
          searchPlaceholder="Search milestones"
        />
      </TableBox>
      {selected && <MilestoneForm key={selected.id} m={selected} />}
    </div>
  );
}
