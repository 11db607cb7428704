/** Choosing attendees from the map: search by name, title, organisation or email. */
import { useId, useMemo, useState } from 'react';
import type { Stakeholder } from '../../../../shared/schema/program.ts';

const MAX_SHOWN = 8;

export function AttendeePicker({
  people,
  chosen,
  onChange,
}: {
  people: Stakeholder[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    if (!q) return [];
    return people
      .filter((p) => !chosen.includes(p.id))
      .filter((p) =>
        [p.name, p.title, p.organization, p.email].some((f) => f.toLocaleLowerCase().includes(q)),
      );
  }, [people, chosen, query]);
  const byId = new Map(people.map((p) => [p.id, p]));

  const add = (id: string) => {
    onChange([...chosen, id]);
    setQuery('');
  };

  return (
    <div className="picker">
      <ul className="picker__chosen" aria-label="Chosen attendees">
        {chosen.map((id) => (
          <li key={id} className="picker__chip">
            {byId.get(id)?.name ?? id}
            <button
              type="button"
              className="link"
              aria-label={`Remove ${byId.get(id)?.name ?? id}`}
              onClick={() => onChange(chosen.filter((x) => x !== id))}
            >
              ×
            </button>
          </li>
        ))}
        {chosen.length === 0 && <li className="muted small">Nobody yet.</li>}
      </ul>
      <label htmlFor={searchId} className="small muted">
        Add people from the map
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        placeholder="Search by name, title, organisation or email"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (matches[0]) add(matches[0].id);
          }
        }}
      />
      {matches.length > 0 && (
        <ul className="picker__matches" aria-label="Matching people">
          {matches.slice(0, MAX_SHOWN).map((p) => (
            <li key={p.id}>
              <button type="button" onClick={() => add(p.id)}>
                <strong>{p.name}</strong>{' '}
                <span className="muted small">{[p.title, p.organization].filter(Boolean).join(', ')}</span>
              </button>
            </li>
          ))}
          {matches.length > MAX_SHOWN && (
            <li className="muted small">…and {matches.length - MAX_SHOWN} more: type more to narrow.</li>
          )}
        </ul>
      )}
      {query.trim() && matches.length === 0 && (
        <p className="muted small">Nobody on the map matches “{query.trim()}”.</p>
      )}
    </div>
  );
}
