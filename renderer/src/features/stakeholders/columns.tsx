/** Columns of the stakeholder table, at module scope so the table keeps its models between renders. */
import { QUADRANT_LABELS, type Quadrant } from '../../../../shared/domain/quadrant.ts';
import type { DueStatus } from '../../../../shared/domain/cadence.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import type { Stakeholder } from '../../../../shared/schema/program.ts';
import { createContext, useContext } from 'react';
import { columnsFor } from '../../table/setup.ts';

/** What a row's "Generate report" button does; provided by the screen that shows the table. */
export const GenerateReportContext = createContext<((stakeholderId: string) => void) | null>(null);

function GenerateReportButton({ id, name }: { id: string; name: string }) {
  const generate = useContext(GenerateReportContext);
  if (!generate) return null;
  return (
    <button
      type="button"
      className="link"
      aria-label={`Generate report for ${name}`}
      onClick={() => generate(id)}
    >
      Generate report
    </button>
  );
}

/** A stakeholder with what the table derives for them as of today. */
export interface StakeholderRow {
  id: string;
  name: string;
  title: string;
  organization: string;
  group: Stakeholder['group'];
  stance: Stakeholder['stance'];
  quadrant: Quadrant;
  template: string;
  cadence: string;
  lastUpdateAt: string;
  nextDue: string;
  due: boolean;
  external: boolean;
}

export function toRow(s: Stakeholder, quadrant: Quadrant, due: DueStatus): StakeholderRow {
  return {
    id: s.id,
    name: s.name,
    title: s.title,
    organization: s.organization,
    group: s.group,
    stance: s.stance,
    quadrant,
    template: s.preferences.template,
    cadence: s.preferences.cadence,
    lastUpdateAt: s.lastUpdateAt ?? '',
    nextDue: due.nextDue ?? (due.due ? 'now' : ''),
    due: due.due,
    external: s.external === true,
  };
}

const col = columnsFor<StakeholderRow>();

export const stakeholderColumns = col.columns([
  col.accessor('name', {
    header: 'Name',
    size: 230,
    cell: (c) => (
      <span className="person">
        <strong>{c.getValue()}</strong>
        {c.row.original.external && <span className="tag">external</span>}
      </span>
    ),
  }),
  col.accessor('title', { header: 'Title', size: 200 }),
  col.accessor('organization', { header: 'Organization', size: 140 }),
  col.accessor('group', { header: 'Group', size: 100 }),
  col.accessor('quadrant', { header: 'Quadrant', size: 130, cell: (c) => QUADRANT_LABELS[c.getValue()] }),
  col.accessor('stance', {
    header: 'Stance',
    size: 100,
    cell: (c) => <span className={`stance stance--${c.getValue()}`}>{c.getValue()}</span>,
  }),
  col.accessor('template', { header: 'Template', size: 140 }),
  col.accessor('cadence', { header: 'Cadence', size: 100 }),
  col.accessor('lastUpdateAt', {
    header: 'Last update',
    size: 110,
    cell: (c) => (c.getValue() ? formatDate(c.getValue()) : '—'),
  }),
  col.accessor('nextDue', {
    header: 'Next update',
    size: 150,
    cell: (c) => {
      const row = c.row.original;
      const text = row.nextDue === 'now' ? 'now' : row.nextDue ? formatDate(row.nextDue) : 'as needed';
      return row.due ? <span className="due">Due · {text}</span> : text;
    },
  }),
  col.display({
    id: 'actions',
    header: '',
    size: 130,
    cell: (c) => <GenerateReportButton id={c.row.original.id} name={c.row.original.name} />,
  }),
]);
