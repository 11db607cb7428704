/**
 * A person's expectations: each linked to the record items that decide it, with its standing
 * derived as of today and the cause named ("At risk: milestone … is at-risk"). A picker links
 * milestones, risks, dependencies, actions, decisions and key results.
 */
import { useMemo, useState } from 'react';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { describeStanding, expectationStanding } from '../../../../shared/domain/standing.ts';
import { riskScore } from '../../../../shared/domain/items.ts';
import type { ProgramFile, Stakeholder } from '../../../../shared/schema/program.ts';
import { addExpectation, removeExpectation, updateExpectation } from './edits.ts';
import { TextField } from '../../ui/Fields.tsx';
import type { Edit } from './types.ts';

interface Linkable {
  id: string;
  kind: string;
  title: string;
}

const STANDING_LABEL = { 'at-risk': 'At risk', 'on-track': 'On track', met: 'Met', unlinked: 'Not linked' };

/** Every item an expectation can be linked to, by kind, in the order the picker lists them. */
export function linkableItems(file: ProgramFile): Array<{ group: string; items: Linkable[] }> {
  return [
    {
      group: 'Milestones',
      items: file.milestones.map((m) => ({ id: m.id, kind: 'milestone', title: `${m.title} (${m.status})` })),
    },
    {
      group: 'Risks',
      items: file.risks.map((r) => ({ id: r.id, kind: 'risk', title: `${r.title} (score ${riskScore(r)})` })),
    },
    {
      group: 'Dependencies',
      items: file.dependencies.map((d) => ({
        id: d.id,
        kind: 'dependency',
        title: `${d.title} (${d.status})`,
      })),
    },
    {
      group: 'Actions',
      items: file.actions.map((a) => ({
        id: a.id,
        kind: 'action',
        title: `${a.title} (due ${formatDate(a.due)})`,
      })),
    },
    {
      group: 'Decisions',
      items: file.decisions.map((d) => ({ id: d.id, kind: 'decision', title: d.title })),
    },
    {
      group: 'Key results',
      items: file.objectives.flatMap((o) =>
        o.keyResults.map((kr) => ({ id: kr.id, kind: 'key result', title: kr.title })),
      ),
    },
  ];
}

/** Lists all kinds when few; filters by typed text when many. */
function ItemPicker({
  file,
  exclude,
  label,
  onPick,
}: {
  file: ProgramFile;
  exclude: readonly string[];
  label: string;
  onPick: (id: string) => void;
}) {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => linkableItems(file), [file]);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const q = query.trim().toLowerCase();
  const shown = groups
    .map((g) => ({
      ...g,
      items: g.items
        .filter((i) => !exclude.includes(i.id) && (!q || i.title.toLowerCase().includes(q)))
        .slice(0, 200),
    }))
    .filter((g) => g.items.length > 0);
  return (
    <div className="sh-item-picker">
      {total > 30 && (
        <input
          type="search"
          placeholder="Find an item"
          aria-label={`Find an item for ${label}`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      <select
        aria-label={`Link an item to ${label}`}
        value=""
        onChange={(e) => {
          if (e.target.value) onPick(e.target.value);
        }}
      >
        <option value="">Link an item…</option>
        {shown.map((g) => (
          <optgroup key={g.group} label={g.group}>
            {g.items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function Expectations({
  person,
  file,
  today,
  edit,
}: {
  person: Stakeholder;
  file: ProgramFile;
  today: string;
  edit: Edit;
}) {
  const [draft, setDraft] = useState('');
  const titles = useMemo(() => {
    const map = new Map<string, Linkable>();
    for (const g of linkableItems(file)) for (const i of g.items) map.set(i.id, i);
    return map;
  }, [file]);
  const name = person.name;
  return (
    <section className="sh-detail-section" aria-labelledby={`exp-${person.id}`}>
      <h3 id={`exp-${person.id}`}>Expectations</h3>
      {person.expectations.length === 0 && <p className="muted small">No expectations recorded yet.</p>}
      <ul className="plain-list sh-expectations">
        {person.expectations.map((e) => {
          const standing = expectationStanding(file, e, today);
          return (
            <li key={e.id} className="sh-expectation" data-expectation={e.id}>
              <div className="sh-expectation__head">
                <TextField
                  key={e.id}
                  label="Expectation"
                  hideLabel
                  value={e.text}
                  validate={(v) => (v.trim() ? null : 'Say what they expect, or remove it.')}
                  onCommit={(text) =>
                    void edit(`Edit ${name}’s expectation`, (f) =>
                      updateExpectation(f, person.id, e.id, (x) => ({ ...x, text: text.trim() })),
                    )
                  }
                />
                <button
                  type="button"
                  className="link"
                  aria-label={`Remove expectation “${e.text}”`}
                  onClick={() =>
                    void edit(`Remove ${name}’s expectation`, (f) => removeExpectation(f, person.id, e.id))
                  }
                >
                  Remove
                </button>
              </div>
              <p className={`sh-standing sh-standing--${standing.standing}`} data-testid="standing">
                <span className={`sh-standing__chip sh-standing__chip--${standing.standing}`}>
                  {STANDING_LABEL[standing.standing]}
                </span>{' '}
                {standing.standing === 'at-risk' ? describeStanding(standing).replace(/^At risk: /, '') : ''}
              </p>
              <ul className="sh-links">
                {e.linkedIds.map((id) => {
                  const item = titles.get(id);
                  return (
                    <li key={id} className="sh-link-chip">
                      <span className="muted small">{item?.kind ?? 'item'}</span> {item?.title ?? id}
                      <button
                        type="button"
                        className="sh-link-chip__remove"
                        aria-label={`Unlink ${item?.title ?? id}`}
                        onClick={() =>
                          void edit(`Unlink an item from ${name}’s expectation`, (f) =>
                            updateExpectation(f, person.id, e.id, (x) => ({
                              ...x,
                              linkedIds: x.linkedIds.filter((l) => l !== id),
                            })),
                          )
                        }
                      >
                        ×
                      </button>
                    </li>
                  );
                })}
              </ul>
              <ItemPicker
                file={file}
                exclude={e.linkedIds}
                label={`“${e.text}”`}
                onPick={(id) =>
                  void edit(`Link an item to ${name}’s expectation`, (f) =>
                    updateExpectation(f, person.id, e.id, (x) => ({ ...x, linkedIds: [...x.linkedIds, id] })),
                  )
                }
              />
            </li>
          );
        })}
      </ul>
      <form
        className="inline-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          if (!draft.trim()) return;
          void edit(`Add an expectation for ${name}`, (f) => addExpectation(f, person.id, draft).file).then(
            (ok) => ok && setDraft(''),
          );
        }}
      >
        <input
          type="text"
          aria-label={`New expectation for ${name}`}
          placeholder="What do they expect?"
          value={draft}
          onChange={(ev) => setDraft(ev.target.value)}
        />
        <button type="submit" disabled={!draft.trim()}>
          Add expectation
        </button>
      </form>
    </section>
  );
}
