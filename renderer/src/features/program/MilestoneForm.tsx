/**
 * One milestone's form: the window (validated in order; moving a committed likely date keeps the old
 * one as the baseline and asks why), dependencies (cycles refused by name), assumptions, topics and
 * both phrasings.
 */
import { useId, useState } from 'react';
import { parseTitle } from '../../../../shared/record/fields.ts';
import { addMilestoneDependency } from '../../../../shared/record/milestones.ts';
import { LEVELS, MILESTONE_STATUSES, type Milestone } from '../../../../shared/schema/program.ts';
import { useProgram } from './context.tsx';
import { CheckField, Field, SelectField, TextField } from '../../ui/Fields.tsx';
import { PhrasingsField } from './phrasings.tsx';
import { PersonField, TagsField } from './pickers.tsx';
import { DetailPanel } from './ListSection.tsx';
import { WindowEditor } from './WindowEditor.tsx';

export function MilestoneForm({ m }: { m: Milestone }) {
  const { patch } = useProgram();
  const set = (what: string, change: (x: Milestone) => Milestone) =>
    void patch('milestones', m.id, `edit milestone ${what}`, change);
  return (
    <DetailPanel collection="milestones" id={m.id} title={m.title}>
      <div className="form-grid">
        <TextField
          label="Title"
          value={m.title}
          wide
          validate={(t) => {
            const r = parseTitle(t);
            return r.ok ? null : r.message;
          }}
          onCommit={(t) => set('title', (x) => ({ ...x, title: t.trim() }))}
        />
        <PersonField
          label="Owner"
          value={m.ownerId}
          onChange={(ownerId) => set('owner', (x) => ({ ...x, ownerId }))}
        />
        <SelectField
          label="Status"
          value={m.status}
          options={MILESTONE_STATUSES}
          onChange={(status) => set('status', (x) => ({ ...x, status }))}
        />
        <SelectField
          label="Confidence"
          value={m.confidence}
          options={LEVELS}
          onChange={(confidence) => set('confidence', (x) => ({ ...x, confidence }))}
        />
        <Field label="Critical path">
          <CheckField
            label="On the critical path"
            checked={m.criticalPath}
            onChange={(criticalPath) => set('critical path', (x) => ({ ...x, criticalPath }))}
          />
        </Field>
      </div>
      <WindowEditor m={m} />
      <DependsOnField m={m} />
      <AssumptionsField
        m={m}
        onChange={(assumptions) => set('assumptions', (x) => ({ ...x, assumptions }))}
      />
      <TagsField topics={m.topics} onChange={(topics) => set('topics', (x) => ({ ...x, topics }))} />
      <PhrasingsField
        technical={m.technical}
        business={m.business}
        what="milestone"
        onCommit={(which, text) => set(which, (x) => ({ ...x, [which]: text }))}
      />
    </DetailPanel>
  );
}

function DependsOnField({ m }: { m: Milestone }) {
  const { file, edit, patch, select } = useProgram();
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();
  const title = (mid: string) => file.milestones.find((x) => x.id === mid)?.title ?? mid;
  const add = (to: string) => {
    const result = addMilestoneDependency(file, m.id, to);
    if (!result.ok) return setRefusal(result.message);
    setRefusal(null);
    void edit(`add dependency of "${m.title}"`, (f) => {
      const latest = addMilestoneDependency(f, m.id, to);
      if (!latest.ok) throw new Error(latest.message);
      return latest.file;
    });
  };
  const others = file.milestones
    .filter((x) => x.id !== m.id && !m.dependsOn.includes(x.id))
    .sort((a, b) => a.title.localeCompare(b.title));
  return (
    <Field label="Depends on" htmlFor={id} error={refusal} wide>
      <div className="chips">
        {m.dependsOn.length === 0 && <span className="muted small">Nothing: it can start any time.</span>}
        {m.dependsOn.map((d) => (
          <span className="chip-tag" key={d}>
            <button type="button" className="link" onClick={() => select('milestones', d)}>
              {title(d)}
            </button>
            <button
              type="button"
              aria-label={`Remove dependency on ${title(d)}`}
              onClick={() =>
                void patch('milestones', m.id, `remove dependency of "${m.title}"`, (x) => ({
                  ...x,
                  dependsOn: x.dependsOn.filter((y) => y !== d),
                }))
              }
            >
              ×
            </button>
          </span>
        ))}
        <select
          id={id}
          value=""
          aria-label="Add a dependency"
          onChange={(e) => e.target.value && add(e.target.value)}
        >
          <option value="">Add a dependency…</option>
          {others.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title}
            </option>
          ))}
        </select>
      </div>
    </Field>
  );
}

function AssumptionsField({ m, onChange }: { m: Milestone; onChange: (list: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const id = useId();
  const add = () => {
    if (!draft.trim()) return;
    onChange([...m.assumptions, draft.trim()]);
    setDraft('');
  };
  return (
    <Field label="Assumptions" htmlFor={id} wide>
      <ul className="assumptions">
        {m.assumptions.map((a, i) => (
          <li key={`${i}:${a}`}>
            <span>{a}</span>
            <button
              type="button"
              className="link"
              aria-label={`Remove assumption ${a}`}
              onClick={() => onChange(m.assumptions.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="row-start">
        <input
          id={id}
          value={draft}
          placeholder="Add an assumption this date rests on…"
          className="grow"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={!draft.trim()}>
          Add assumption
        </button>
      </div>
    </Field>
  );
}
