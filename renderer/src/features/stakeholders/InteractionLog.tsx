/** A person's interaction log, newest first, and a form to add an entry. */
import { useState } from 'react';
import { compareDates, formatDate, isIsoDate } from '../../../../shared/domain/dates.ts';
import { SENTIMENTS, type Interaction, type Stakeholder } from '../../../../shared/schema/program.ts';
import { addInteraction, removeInteraction } from './edits.ts';
import type { Edit } from './types.ts';

const CHANNEL_SUGGESTIONS = ['email', 'meeting', 'call', 'chat', 'document'];

export function InteractionLog({ person, today, edit }: { person: Stakeholder; today: string; edit: Edit }) {
  const [date, setDate] = useState(today);
  const [channel, setChannel] = useState('meeting');
  const [summary, setSummary] = useState('');
  const [sentiment, setSentiment] = useState<Interaction['sentiment']>('neutral');
  const [problem, setProblem] = useState<string | null>(null);
  // Newest first, keeping each entry's place in the file for removal.
  const entries = person.interactions
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => compareDates(b.entry.date, a.entry.date));
  const listId = `channels-${person.id}`;
  return (
    <section className="sh-detail-section" aria-labelledby={`log-${person.id}`}>
      <h3 id={`log-${person.id}`}>Interaction log</h3>
      {entries.length === 0 ? (
        <p className="muted small">Nothing logged yet.</p>
      ) : (
        <table className="simple-table sh-interaction-log">
          <thead>
            <tr>
              <th>Date</th>
              <th>Channel</th>
              <th>Summary</th>
              <th>Sentiment</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map(({ entry, index }) => (
              <tr key={`${index}-${entry.date}`}>
                <td className="sh-nowrap">{formatDate(entry.date)}</td>
                <td>{entry.channel}</td>
                <td>{entry.summary}</td>
                <td>
                  <span className={`sh-sentiment--${entry.sentiment}`}>{entry.sentiment}</span>
                </td>
                <td>
                  <button
                    type="button"
                    className="link"
                    aria-label={`Remove the entry of ${formatDate(entry.date)}`}
                    onClick={() =>
                      void edit(`Remove an entry from ${person.name}’s log`, (f) =>
                        removeInteraction(f, person.id, index),
                      )
                    }
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="sh-log-form"
        aria-label={`Log an interaction with ${person.name}`}
        onSubmit={(e) => {
          e.preventDefault();
          const found = !isIsoDate(date)
            ? 'The date must be a day as YYYY-MM-DD.'
            : !summary.trim()
              ? 'Write a short summary of what was said.'
              : null;
          setProblem(found);
          if (found) return;
          const entry = { date, channel: channel.trim() || 'other', summary: summary.trim(), sentiment };
          void edit(`Log an interaction with ${person.name}`, (f) =>
            addInteraction(f, person.id, entry),
          ).then((ok) => ok && setSummary(''));
        }}
      >
        <input type="date" aria-label="Date" value={date} onChange={(e) => setDate(e.target.value)} />
        <input
          type="text"
          aria-label="Channel"
          list={listId}
          value={channel}
          onChange={(e) => setChannel(e.target.value)}
          size={9}
        />
        <datalist id={listId}>
          {CHANNEL_SUGGESTIONS.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <select
          aria-label="Sentiment"
          value={sentiment}
          onChange={(e) => setSentiment(SENTIMENTS.find((s) => s === e.target.value) ?? 'neutral')}
        >
          {SENTIMENTS.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <input
          type="text"
          className="sh-log-form__summary"
          aria-label="Summary"
          placeholder="What was said"
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
        <button type="submit">Log it</button>
        {problem && (
          <div className="sh-field__problem" role="alert">
            {problem}
          </div>
        )}
      </form>
    </section>
  );
}
