/**
 * On the Stakeholders screen: who has been concerned or negative lately and who has had no
 * contact for 30 days or more, each name a click away from their detail panel.
 */
import { useMemo } from 'react';
import {
  byConcern,
  bySilence,
  CONCERN_DAYS,
  concernOf,
  leading,
  NO_CONTACT_DAYS,
  silenceOf,
  type Concern,
  type Silence,
} from '../../../../shared/domain/engagement.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import type { Stakeholder } from '../../../../shared/schema/program.ts';
import { changedIndices } from '../../app/list-changes.ts';
import './engagement.css';

/** How many names each list shows before "and N more". */
const SHOWN = 12;

// Each person's entries, by object and day: an edit replaces only the people it changes, so the
// lists of 10,000 people are read again from these, not worked out anew.
const entries = new WeakMap<
  Stakeholder,
  { today: string; concern: Concern | null; silence: Silence | null }
>();

function entriesOf(s: Stakeholder, today: string) {
  let hit = entries.get(s);
  if (hit?.today !== today) {
    hit = { today, concern: concernOf(s, today), silence: silenceOf(s, today) };
    entries.set(s, hit);
  }
  return hit;
}

/** Who is on each list, as many as are shown, and how many in all. */
function listsOf(people: readonly Stakeholder[], today: string) {
  const concerns: Concern[] = [];
  const silences: Silence[] = [];
  for (const s of people) {
    const { concern, silence } = entriesOf(s, today);
    if (concern) concerns.push(concern);
    if (silence) silences.push(silence);
  }
  return { concerned: leading(concerns, SHOWN, byConcern), silent: leading(silences, SHOWN, bySilence) };
}

/** Equal entries, field by field (each is a few strings and numbers). */
function sameEntry(a: Concern | Silence | null, b: Concern | Silence | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a) as Array<keyof typeof a>;
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

// The last lists made: after an edit that leaves everyone's entries as they were (a title, an
// email), they stand as they are, without reading 10,000 people again.
let last: { people: readonly Stakeholder[]; today: string; lists: ReturnType<typeof listsOf> } | null = null;

function currentLists(people: readonly Stakeholder[], today: string): ReturnType<typeof listsOf> {
  const changed = last?.today === today ? changedIndices(last.people, people) : null;
  const before = last?.people;
  const same =
    before &&
    changed?.every((i) => {
      const was = entriesOf(before[i] as Stakeholder, today);
      const now = entriesOf(people[i] as Stakeholder, today);
      return sameEntry(was.concern, now.concern) && sameEntry(was.silence, now.silence);
    });
  const lists = same && last ? last.lists : listsOf(people, today);
  last = { people, today, lists };
  return lists;
}

export function EngagementLists({
  people,
  today,
  onOpen,
}: {
  people: readonly Stakeholder[];
  today: string;
  onOpen: (id: string) => void;
}) {
  const { concerned, silent } = useMemo(() => currentLists(people, today), [people, today]);
  if (concerned.total === 0 && silent.total === 0) return null;
  return (
    <div className="eng-alerts" data-testid="engagement-lists">
      {concerned.total > 0 && (
        <div className="eng-alerts__list" role="group" aria-label="Concerned or negative lately">
          <strong>Concerned or negative in the last {CONCERN_DAYS} days:</strong>
          {concerned.first.map((c) => (
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
          {concerned.total > SHOWN && <span className="muted">and {concerned.total - SHOWN} more</span>}
        </div>
      )}
      {silent.total > 0 && (
        <div
          className="eng-alerts__list"
          role="group"
          aria-label={`No contact for ${NO_CONTACT_DAYS} days or more`}
        >
          <strong>No contact for {NO_CONTACT_DAYS}+ days:</strong>
          {silent.first.map((s) => (
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
          {silent.total > SHOWN && <span className="muted">and {silent.total - SHOWN} more</span>}
        </div>
      )}
    </div>
  );
}
