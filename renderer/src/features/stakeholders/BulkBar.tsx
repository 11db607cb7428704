/** Changes to every selected person at once: cadence, template, a topic; reports; delete. */
import { useState } from 'react';
import { CADENCES, STAKEHOLDER_TEMPLATES } from '../../../../shared/schema/program.ts';
import { changeTopic, setFields } from './edits.ts';
import type { Edit } from './types.ts';

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

export function BulkBar({
  ids,
  edit,
  onGenerate,
  onDelete,
  onClear,
}: {
  ids: string[];
  edit: Edit;
  onGenerate: () => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  const [topic, setTopic] = useState('');
  const n = ids.length;
  return (
    <div className="sh-bulk-bar" role="region" aria-label="Selected people">
      <span>
        <strong data-testid="selected-count">{n} selected</strong>{' '}
        <button type="button" className="link" onClick={onClear}>
          Clear selection
        </button>
      </span>
      <label>
        Cadence{' '}
        <select
          aria-label="Set cadence for selected"
          value=""
          onChange={(e) => {
            const cadence = CADENCES.find((c) => c === e.target.value);
            if (cadence)
              void edit(`Set cadence to ${cadence} for ${people(n)}`, (f) => setFields(f, ids, { cadence }));
          }}
        >
          <option value="">set…</option>
          {CADENCES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        Template{' '}
        <select
          aria-label="Set template for selected"
          value=""
          onChange={(e) => {
            const template = STAKEHOLDER_TEMPLATES.find((t) => t === e.target.value);
            if (template)
              void edit(`Set template to ${template} for ${people(n)}`, (f) =>
                setFields(f, ids, { template }),
              );
          }}
        >
          <option value="">set…</option>
          {STAKEHOLDER_TEMPLATES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <span className="sh-bulk-bar__topic">
        <input
          type="text"
          aria-label="Topic for selected"
          placeholder="topic"
          size={12}
          value={topic}
          onChange={(e) => setTopic(e.target.value)}
        />
        <button
          type="button"
          disabled={!topic.trim()}
          onClick={() =>
            void edit(`Add topic “${topic.trim()}” for ${people(n)}`, (f) => changeTopic(f, ids, topic, true))
          }
        >
          Add topic
        </button>
        <button
          type="button"
          disabled={!topic.trim()}
          onClick={() =>
            void edit(`Remove topic “${topic.trim()}” from ${people(n)}`, (f) =>
              changeTopic(f, ids, topic, false),
            )
          }
        >
          Remove topic
        </button>
      </span>
      <button type="button" className="primary" onClick={onGenerate}>
        Generate reports for selected
      </button>
      <button type="button" className="sh-danger" onClick={onDelete}>
        Delete selected…
      </button>
    </div>
  );
}
