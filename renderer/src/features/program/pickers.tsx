/** Pickers of the record editor: people (one or several) and topics as tags with suggestions. */
import { useId, useState } from 'react';
import { addTopic } from '../../../../shared/record/topics.ts';
import { useProgram } from './context.tsx';
import { Field, SelectField } from '../../ui/Fields.tsx';

/** One stakeholder (an owner, the sponsor). */
export function PersonField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
}) {
  const { people } = useProgram();
  const known = people.some((p) => p.id === value);
  return (
    <SelectField
      label={label}
      value={value}
      options={[
        ...(known ? [] : [{ value, label: `${value} (not on the map)` }]),
        ...people.map((p) => ({ value: p.id, label: `${p.name}${p.title ? ` · ${p.title}` : ''}` })),
      ]}
      onChange={onChange}
    />
  );
}

/** Several stakeholders (deciders, whom an action is owed to), as removable chips. */
export function PeopleField({
  label,
  ids,
  onChange,
}: {
  label: string;
  ids: string[];
  onChange: (ids: string[]) => void;
}) {
  const { people } = useProgram();
  const id = useId();
  const name = (pid: string) => people.find((p) => p.id === pid)?.name ?? pid;
  return (
    <Field label={label} htmlFor={id}>
      <div className="chips">
        {ids.map((pid) => (
          <span className="chip-tag" key={pid}>
            {name(pid)}
            <button
              type="button"
              aria-label={`Remove ${name(pid)}`}
              onClick={() => onChange(ids.filter((x) => x !== pid))}
            >
              ×
            </button>
          </span>
        ))}
        <select
          id={id}
          value=""
          aria-label={`Add to ${label}`}
          onChange={(e) => e.target.value && onChange([...ids, e.target.value])}
        >
          <option value="">Add a person…</option>
          {people
            .filter((p) => !ids.includes(p.id))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </div>
    </Field>
  );
}

/** Topics as tags; the input suggests topics already used in the file. */
export function TagsField({ topics, onChange }: { topics: string[]; onChange: (topics: string[]) => void }) {
  const { topics: used } = useProgram();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    if (!draft.trim()) return;
    const next = addTopic(topics, draft);
    if (!next.ok) return setError(next.message);
    setDraft('');
    setError(null);
    onChange(next.topics);
  };
  return (
    <Field label="Topics" htmlFor={id} error={error} wide>
      <div className="chips">
        {topics.map((t) => (
          <span className="chip-tag chip-tag--topic" key={t}>
            {t}
            <button
              type="button"
              aria-label={`Remove topic ${t}`}
              onClick={() => onChange(topics.filter((x) => x !== t))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          list={`${id}-suggestions`}
          value={draft}
          placeholder="Add a topic"
          className="chips__input"
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={!draft.trim()}>
          Add
        </button>
        <datalist id={`${id}-suggestions`}>
          {used
            .filter((t) => !topics.includes(t))
            .map((t) => (
              <option key={t} value={t} />
            ))}
        </datalist>
      </div>
    </Field>
  );
}
