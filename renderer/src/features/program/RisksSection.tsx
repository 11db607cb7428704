/** Risks: the heat map (a cell filters the list), a table edited in place, and the risk's form. */
import { useMemo, useState } from 'react';
import { riskScore } from '../../../../shared/domain/items.ts';
import { newRisk } from '../../../../shared/record/factories.ts';
import { parseTitle } from '../../../../shared/record/fields.ts';
import { onHeatMap, scoreBand } from '../../../../shared/record/heat-map.ts';
import { lacksBusiness } from '../../../../shared/record/phrasing.ts';
import { RISK_STATUSES, TRENDS, type Risk } from '../../../../shared/schema/program.ts';
import { DataTable } from '../../table/DataTable.tsx';
import { columnsFor, type Choice } from '../../table/setup.ts';
import {
  choiceEditor,
  flagEditor,
  itemTitle,
  numberEditor,
  personEditor,
  PhrasingCell,
  usePeopleChoices,
  useRecordCellEdit,
} from './cells.tsx';
import { useProgram } from './context.tsx';
import { CheckField, Field, SelectField, TextField } from '../../ui/Fields.tsx';
import { PhrasingsField } from './phrasings.tsx';
import { PersonField, TagsField } from './pickers.tsx';
import { HeatMap, type HeatCell } from './HeatMap.tsx';
import { AddItem, DetailPanel, TableBox, TitleCell } from './ListSection.tsx';

const col = columnsFor<Risk>();

/** The risk table's columns; the owner is picked from `people`. */
export const riskColumns = (people: readonly Choice[]) =>
  col.columns([
    col.accessor('title', {
      header: 'Risk',
      size: 230,
      cell: (c) => (
        <TitleCell
          section="risks"
          id={c.row.original.id}
          title={c.getValue()}
          missingBusiness={lacksBusiness(c.row.original)}
        />
      ),
    }),
    col.accessor('likelihood', { header: 'Likelihood', size: 95, ...numberEditor('Likelihood', true) }),
    col.accessor('impact', { header: 'Impact', size: 80, ...numberEditor('Impact', true) }),
    col.accessor((r) => riskScore(r), {
      id: 'score',
      header: 'Score',
      size: 70,
      cell: (c) => <span className={`score score--${scoreBand(c.getValue())}`}>{c.getValue()}</span>,
    }),
    col.accessor('status', { header: 'Status', size: 105, ...choiceEditor(RISK_STATUSES) }),
    col.accessor('trend', { header: 'Trend', size: 110, ...choiceEditor(TRENDS) }),
    col.accessor('ownerId', { header: 'Owner', size: 130, ...personEditor(people) }),
    col.accessor((r) => r.internal === true, { id: 'internal', header: 'Internal', size: 85, ...flagEditor }),
    col.accessor('technical', {
      header: 'Technical',
      size: 160,
      cell: (c) => <PhrasingCell text={c.getValue()} />,
    }),
    col.accessor('business', {
      header: 'Business',
      size: 160,
      cell: (c) => <PhrasingCell text={c.getValue()} business />,
    }),
  ]);

export function RisksSection() {
  const { file, selectedId } = useProgram();
  const [cell, setCell] = useState<HeatCell | null>(null);
  const shown = useMemo(
    () =>
      cell
        ? file.risks.filter(
            (r) => onHeatMap(r) && r.likelihood === cell.likelihood && r.impact === cell.impact,
          )
        : file.risks,
    [file.risks, cell],
  );
  const selected = file.risks.find((r) => r.id === selectedId);
  const people = usePeopleChoices();
  const columns = useMemo(() => riskColumns(people), [people]);
  const onCellEdit = useRecordCellEdit('risks');
  return (
    <div className="section-body">
      <div className="risks-top">
        <HeatMap risks={file.risks} filter={cell} onFilter={setCell} />
        <div className="risks-top__side">
          <AddItem collection="risks" create={newRisk} />
          {cell ? (
            <p className="filter-note" role="status">
              Showing the {shown.length} risk{shown.length === 1 ? '' : 's'} at likelihood {cell.likelihood} ×
              impact {cell.impact}.{' '}
              <button type="button" className="link" onClick={() => setCell(null)}>
                Show all risks
              </button>
            </p>
          ) : (
            <p className="muted small">Click a cell of the heat map to list only the risks in it.</p>
          )}
        </div>
      </div>
      <TableBox rows={shown.length}>
        <DataTable
          data={shown}
          columns={columns}
          label="Risks"
          searchPlaceholder="Search risks"
          onCellEdit={onCellEdit}
          rowName={itemTitle}
        />
      </TableBox>
      {selected && <RiskForm key={selected.id} r={selected} />}
    </div>
  );
}

function RiskForm({ r }: { r: Risk }) {
  const { patch } = useProgram();
  const set = (what: string, change: (x: Risk) => Risk) =>
    void patch('risks', r.id, `edit risk ${what}`, change);
  const scale = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
  return (
    <DetailPanel collection="risks" id={r.id} title={r.title}>
      <div className="form-grid">
        <TextField
          label="Title"
          value={r.title}
          wide
          validate={(t) => {
            const p = parseTitle(t);
            return p.ok ? null : p.message;
          }}
          onCommit={(t) => set('title', (x) => ({ ...x, title: t.trim() }))}
        />
        <SelectField
          label="Likelihood (1-5)"
          value={String(r.likelihood)}
          options={scale}
          onChange={(v) => set('likelihood', (x) => ({ ...x, likelihood: Number(v) }))}
        />
        <SelectField
          label="Impact (1-5)"
          value={String(r.impact)}
          options={scale}
          onChange={(v) => set('impact', (x) => ({ ...x, impact: Number(v) }))}
        />
        <Field label="Score">
          <span className={`score score--${scoreBand(riskScore(r))}`}>{riskScore(r)}</span>
        </Field>
        <SelectField
          label="Status"
          value={r.status}
          options={RISK_STATUSES}
          onChange={(status) => set('status', (x) => ({ ...x, status }))}
        />
        <SelectField
          label="Trend"
          value={r.trend}
          options={TRENDS}
          onChange={(trend) => set('trend', (x) => ({ ...x, trend }))}
        />
        <PersonField
          label="Owner"
          value={r.ownerId}
          onChange={(ownerId) => set('owner', (x) => ({ ...x, ownerId }))}
        />
        <Field label="Audience">
          <CheckField
            label="Internal (never shown to external readers)"
            checked={r.internal === true}
            onChange={(internal) => set('internal', (x) => ({ ...x, internal }))}
          />
        </Field>
      </div>
      <TextField
        label="Mitigation"
        value={r.mitigation}
        multiline
        wide
        onCommit={(mitigation) => set('mitigation', (x) => ({ ...x, mitigation }))}
      />
      <TagsField topics={r.topics} onChange={(topics) => set('topics', (x) => ({ ...x, topics }))} />
      <PhrasingsField
        technical={r.technical}
        business={r.business}
        what="risk"
        onCommit={(which, text) => set(which, (x) => ({ ...x, [which]: text }))}
      />
    </DetailPanel>
  );
}
