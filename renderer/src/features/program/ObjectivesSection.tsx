/** Objectives and their key results, each with a progress bar from baseline to target. */
import { ConfirmDialog, ConfirmList } from '../../ui/ConfirmDialog.tsx';
import { useState } from 'react';
import { referencesTo, removeItem, removeKeyResult } from '../../../../shared/record/collections.ts';
import { newKeyResult, newObjective } from '../../../../shared/record/factories.ts';
import { parseTitle } from '../../../../shared/record/fields.ts';
import type { KeyResult, Objective } from '../../../../shared/schema/program.ts';
import { useProgram } from './context.tsx';
import { NumberField, TextField } from '../../ui/Fields.tsx';
import { AddItem } from './ListSection.tsx';
import { ProgressBar } from './Progress.tsx';

const titleCheck = (t: string) => {
  const p = parseTitle(t);
  return p.ok ? null : p.message;
};

export function ObjectivesSection() {
  const { file } = useProgram();
  return (
    <div className="section-body">
      <AddItem collection="objectives" create={newObjective} />
      {file.objectives.length === 0 && <p className="muted">No objectives yet.</p>}
      <div className="objectives">
        {file.objectives.map((o) => (
          <ObjectiveCard key={o.id} o={o} />
        ))}
      </div>
    </div>
  );
}

function ObjectiveCard({ o }: { o: Objective }) {
  const { file, edit, patch, selectedId } = useProgram();
  const [confirming, setConfirming] = useState(false);
  const [krTitle, setKrTitle] = useState('');
  const set = (what: string, change: (x: Objective) => Objective) =>
    void patch('objectives', o.id, `edit objective ${what}`, change);
  const setKr = (id: string, what: string, change: (kr: KeyResult) => KeyResult) =>
    set(`key result ${what}`, (x) => ({
      ...x,
      keyResults: x.keyResults.map((kr) => (kr.id === id ? change(kr) : kr)),
    }));
  const addKr = () => {
    const text = krTitle.trim();
    if (!text) return;
    void edit(`add key result "${text}"`, (f) => ({
      ...f,
      objectives: f.objectives.map((x) =>
        x.id === o.id ? { ...x, keyResults: [...x.keyResults, newKeyResult(f, text)] } : x,
      ),
    }));
    setKrTitle('');
  };
  const refs = confirming ? referencesTo(file, o.id) : [];
  return (
    <article
      className={selectedId === o.id ? 'card objective objective--selected' : 'card objective'}
      id={`detail-${o.id}`}
      aria-label={`Objective ${o.title}`}
    >
      <div className="row-between">
        <TextField
          label="Objective"
          value={o.title}
          wide
          validate={titleCheck}
          onCommit={(t) => set('title', (x) => ({ ...x, title: t.trim() }))}
        />
        <button type="button" onClick={() => setConfirming(true)} disabled={confirming}>
          Delete objective
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title="Delete objective?"
          onConfirm={() =>
            void edit(`delete objective "${o.title}"`, (f) => removeItem(f, 'objectives', o.id))
          }
          onCancel={() => setConfirming(false)}
        >
          <p>
            Delete “{o.title}” and its {o.keyResults.length} key results?
            {refs.length > 0 ? ' These links will be removed too:' : ''}
          </p>
          <ConfirmList items={refs} />
        </ConfirmDialog>
      )}
      <div className="key-results">
        {o.keyResults.map((kr) => (
          <div className="key-result" key={kr.id} id={`detail-${kr.id}`} data-key-result={kr.id}>
            <div className="key-result__fields">
              <TextField
                label="Key result"
                value={kr.title}
                wide
                validate={titleCheck}
                onCommit={(t) => setKr(kr.id, 'title', (x) => ({ ...x, title: t.trim() }))}
              />
              <TextField
                label="Unit"
                value={kr.unit}
                onCommit={(unit) => setKr(kr.id, 'unit', (x) => ({ ...x, unit }))}
              />
              <NumberField
                label="Baseline"
                value={kr.baseline}
                onCommit={(baseline) => setKr(kr.id, 'baseline', (x) => ({ ...x, baseline }))}
              />
              <NumberField
                label="Current"
                value={kr.current}
                onCommit={(current) => setKr(kr.id, 'current', (x) => ({ ...x, current }))}
              />
              <NumberField
                label="Target"
                value={kr.target}
                onCommit={(target) => setKr(kr.id, 'target', (x) => ({ ...x, target }))}
              />
              <button
                type="button"
                className="link"
                aria-label={`Remove key result ${kr.title}`}
                onClick={() =>
                  void edit(`remove key result "${kr.title}"`, (f) => removeKeyResult(f, o.id, kr.id))
                }
              >
                Remove
              </button>
            </div>
            <ProgressBar m={kr} label={`Progress of ${kr.title}`} />
          </div>
        ))}
      </div>
      <div className="row-start">
        <input
          aria-label={`New key result for ${o.title}`}
          placeholder="New key result…"
          value={krTitle}
          onChange={(e) => setKrTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addKr();
            }
          }}
        />
        <button type="button" onClick={addKr} disabled={!krTitle.trim()}>
          Add key result
        </button>
      </div>
    </article>
  );
}
