/**
 * On the Stakeholders screen: who has been concerned or negative lately and who has had no
 * contact for 30 days or more, each name a click away from their detail panel.
 */
import { useDeferredValue, useMemo } from 'react';
import {
  CONCERN_DAYS,
  concernedLately,
  NO_CONTACT_DAYS,
  noContactFor,
} from '../../../../shared/domain/engagement.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import type { Stakeholder } from '../../../../shared/schema/program.ts';
import './engagement.css';

/** How many names each list shows before "and N more". */
const SHOWN = 12;

export function EngagementLists({
  people,
  today,
  onOpen,
}: {
  people: readonly Stakeholder[];
  today: string;
  onOpen: (id: string) => void;
}) {
  // Both lists read all the people: after an edit, the edited cell is painted first, and the lists
  // follow in a render React may interrupt (10,000 people: about 13 ms).
  const shown = useDeferredValue(people);
  const concerned = useMemo(() => concernedLately(shown, today), [shown, today]);
  const silent = useMemo(() => noContactFor(shown, today), [shown, today]);
  if (concerned.length === 0 && silent.length === 0) return null;
  return (
    <div className="eng-alerts" data-testid="engagement-lists">
      {concerned.length > 0 && (
        <div className="eng-alerts__list" role="group" aria-label="Concerned or negative lately">
          <strong>Concerned or negative in the last {CONCERN_DAYS} days:</strong>
          {concerned.slice(0, SHOWN).map((c) => (
            <button
              key={c.id}
              type="button"
              className={`link eng-alerts__${c.sentiment}`}
              title={`${c.sentiment} on ${formatDate(c.date)}`}
              onClick={() => onOpen(c.id)}
            >
              {c.name}
            </button>
          ))}
          {concerned.length > SHOWN && <span className="muted">and {concerned.length - SHOWN} more</span>}
        </div>
      )}
      {silent.length > 0 && (
        <div
          className="eng-alerts__list"
          role="group"
          aria-label={`No contact for ${NO_CONTACT_DAYS} days or more`}
        >
          <strong>No contact for {NO_CONTACT_DAYS}+ days:</strong>
          {silent.slice(0, SHOWN).map((s) => (
            <button
              key={s.id}
              type="button"
              className="link"
              title={s.since ? `Last contact ${formatDate(s.since)}` : 'Never contacted'}
              onClick={() => onOpen(s.id)}
            >
              {s.name} ({s.days === null ? 'never' : `${s.days} d`})
            </button>
          ))}
          {silent.length > SHOWN && <span className="muted">and {silent.length - SHOWN} more</span>}
        </div>
      )}
    </div>
  );
}
