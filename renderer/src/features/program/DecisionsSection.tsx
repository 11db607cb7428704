/** Decisions: options with trade-offs, the recommendation, deciders, the date needed, the outcome. */
import { useState } from 'react';
import { formatDate } from '../../../../shared/domain/dates.ts';
import {
  optionTitle,
  recordOutcome,
  removeOption,
  reopenDecision,
} from '../../../../shared/record/decisions.ts';
import { newDecision, newOption } from '../../../../shared/record/factories.ts';
import { parseTitle } from '../../../../shared/record/fields.ts';
import type { Decision, DecisionOption } from '../../../../shared/schema/program.ts';
import { DataTable } from '../../table/DataTable.tsx';
import { columnsFor } from '../../table/setup.ts';
import { dateEditor, itemTitle, useRecordCellEdit } from './cells.tsx';
import { useProgram } from './context.tsx';
import { DateField, Field, TextField } from '../../ui/Fields.tsx';
import { PeopleField } from './pickers.tsx';
import { AddItem, DetailPanel, TableBox, TitleCell } from './ListSection.tsx';

function Deciders({ ids }: { ids: string[] }) {
  const { people } = useProgram();
  return <>{ids.map((id) => people.find((p) => p.id === id)?.name ?? id).join(', ')}</>;
}

const col = columnsFor<Decision>();

export const decisionColumns = col.columns([
  col.accessor('title', {
    header: 'Decision',
    size: 320,
    cell: (c) => <TitleCell section="decisions" id={c.row.original.id} title={c.getValue()} />,
  }),
  col.accessor('neededBy', { header: 'Needed by', size: 110, ...dateEditor('Needed by') }),
  col.accessor('status', {
    header: 'Status',
    size: 80,
    cell: (c) => <span className={`pill pill--${c.getValue()}`}>{c.getValue()}</span>,
  }),
  col.accessor((d) => (d.recommendation ? optionTitle(d, d.recommendation) : ''), {
    id: 'recommendation',
    header: 'Recommended',
    size: 150,
  }),
  col.accessor((d) => (d.outcome ? optionTitle(d, d.outcome) : ''), {
    id: 'outcome',
    header: 'Outcome',
    size: 150,
    cell: (c) => c.getValue() || '—',
  }),
  col.accessor((d) => d.deciderIds.join(' '), {
    id: 'deciders',
    header: 'Deciders',
    size: 170,
    cell: (c) => <Deciders ids={c.row.original.deciderIds} />,
  }),
]);

export function DecisionsSection() {
  const { file, selectedId } = useProgram();
  const selected = file.decisions.find((d) => d.id === selectedId);
  const onCellEdit = useRecordCellEdit('decisions');
  return (
    <div className="section-body">
      <AddItem collection="decisions" create={newDecision} />
      <TableBox rows={file.decisions.length}>
        <DataTable
          data={file.decisions}
          columns={decisionColumns}
          label="Decisions"
          searchPlaceholder="Search decisions"
          onCellEdit={onCellEdit}
          rowName={itemTitle}
        />
      </TableBox>
      {selected && <DecisionForm key={selected.id} d={selected} />}
    </div>
  );
}

function DecisionForm({ d }: { d: Decision }) {
  const { patch } = useProgram();
  const set = (what: string, change: (x: Decision) => Decision) =>
    void patch('decisions', d.id, `edit decision ${what}`, change);
  return (
    <DetailPanel collection="decisions" id={d.id} title={d.title}>
      <div className="form-grid">
        <TextField
          label="Question"
          value={d.title}
          wide
          validate={(t) => {
            const p = parseTitle(t, 'The question');
            return p.ok ? null : p.message;
          }}
          onCommit={(t) => set('title', (x) => ({ ...x, title: t.trim() }))}
        />
        <DateField
          label="Needed by"
          value={d.neededBy}
          onCommit={(neededBy) => set('needed-by date', (x) => ({ ...x, neededBy }))}
        />
        <PeopleField
          label="Deciders"
          ids={d.deciderIds}
          onChange={(deciderIds) => set('deciders', (x) => ({ ...x, deciderIds }))}
        />
      </div>
      <TextField
        label="Context"
        value={d.context}
        multiline
        wide
        onCommit={(context) => set('context', (x) => ({ ...x, context }))}
      />
      <OptionsEditor d={d} set={set} />
      <OutcomeEditor d={d} set={set} />
    </DetailPanel>
  );
}

type Setter = (what: string, change: (x: Decision) => Decision) => void;

function OptionsEditor({ d, set }: { d: Decision; set: Setter }) {
  const { edit } = useProgram();
  const [title, setTitle] = useState('');
  const setOption = (id: string, what: string, change: (o: DecisionOption) => DecisionOption) =>
    set(`option ${what}`, (x) => ({ ...x, options: x.options.map((o) => (o.id === id ? change(o) : o)) }));
  const add = () => {
    const text = title.trim();
    if (!text) return;
    void edit(`add option to "${d.title}"`, (f) => ({
      ...f,
      decisions: f.decisions.map((x) =>
        x.id === d.id ? { ...x, options: [...x.options, newOption(f, x, text)] } : x,
      ),
    }));
    setTitle('');
  };
  return (
    <fieldset className="options-editor">
      <legend>Options and trade-offs</legend>
      {d.options.length === 0 && <p className="muted small">No options yet.</p>}
      {d.options.map((o, i) => (
        <div className="option-row" key={o.id} data-option={o.id}>
          <span className="option-row__n">{i + 1}</span>
          <TextField
            label="Option"
            value={o.title}
            onCommit={(t) => setOption(o.id, 'title', (x) => ({ ...x, title: t }))}
          />
          <TextField
            label="Trade-offs"
            value={o.tradeoffs}
            wide
            onCommit={(t) => setOption(o.id, 'trade-offs', (x) => ({ ...x, tradeoffs: t }))}
          />
          <label className="check-field">
            <input
              type="radio"
              name={`rec-${d.id}`}
              checked={d.recommendation === o.id}
              onChange={() => set('recommendation', (x) => ({ ...x, recommendation: o.id }))}
            />{' '}
            Recommended
          </label>
          <button
            type="button"
            className="link"
            aria-label={`Remove option ${o.title}`}
            onClick={() => set('options', (x) => removeOption(x, o.id))}
          >
            Remove
          </button>
        </div>
      ))}
      <div className="row-start">
        <input
          aria-label="New option"
          placeholder="Another option…"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={!title.trim()}>
          Add option
        </button>
      </div>
    </fieldset>
  );
}

function OutcomeEditor({ d, set }: { d: Decision; set: Setter }) {
  const [choice, setChoice] = useState(d.recommendation || d.options[0]?.id || '');
  if (d.status === 'decided')
    return (
      <div className="outcome outcome--decided" data-testid="decision-outcome">
        <strong>Decided:</strong> {optionTitle(d, d.outcome)}
        {d.outcome === d.recommendation && <span className="muted"> (as recommended)</span>}
        <button type="button" onClick={() => set('outcome', reopenDecision)}>
          Reopen
        </button>
      </div>
    );
  const valid = d.options.some((o) => o.id === choice);
  return (
    <Field
      label={`Outcome (needed by ${formatDate(d.neededBy)})`}
      htmlFor={`outcome-${d.id}`}
      hint={d.options.length === 0 ? 'Add options first.' : undefined}
    >
      <div className="row-start">
        <select
          id={`outcome-${d.id}`}
          value={valid ? choice : ''}
          onChange={(e) => setChoice(e.target.value)}
        >
          {!valid && <option value="">Choose the option taken…</option>}
          {d.options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
              {o.id === d.recommendation ? ' (recommended)' : ''}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="primary"
          disabled={!valid}
          onClick={() => set('outcome', (x) => recordOutcome(x, choice))}
        >
          Record outcome
        </button>
      </div>
    </Field>
  );
}
