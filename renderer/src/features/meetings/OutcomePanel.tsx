/**
 * After the meeting: per attendee an interaction (summary, sentiment), their expectations
 * confirmed or reworded, and the actions we now owe them. Recorded in one change, so undo takes
 * it back whole; those attendees count as updated on the meeting's date.
 */
import { useState } from 'react';
import { addDays, formatDate } from '../../../../shared/domain/dates.ts';
import {
  meetingDate,
  outcomeProblems,
  recordOutcome,
  type AttendeeOutcome as Outcome,
} from '../../../../shared/meetings/outcome.ts';
import type { Meeting, ProgramFile } from '../../../../shared/schema/program.ts';
import { useDocument } from '../../app/document.tsx';
import { AttendeeOutcome, emptyDraft, type OutcomeDraft } from './AttendeeOutcome.tsx';
import { plural } from './view.ts';
import { meetingAttendees } from '../../../../shared/meetings/attendees.ts';

export function OutcomePanel({
  file,
  meeting,
  today,
}: {
  file: ProgramFile;
  meeting: Meeting;
  today: string;
}) {
  const { edit } = useDocument();
  const people = meetingAttendees(file, meeting);
  const fresh = () => Object.fromEntries(people.map((p) => [p.id, emptyDraft(p)]));
  const [drafts, setDrafts] = useState<Record<string, OutcomeDraft>>(fresh);
  const [problems, setProblems] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const date = meetingDate(meeting);

  const recorded = people.flatMap((p) =>
    (p.interactions ?? [])
      .filter((i) => i.date === date && i.channel === 'meeting')
      .map((i) => ({ person: p, interaction: i })),
  );

  const submit = async () => {
    const outcomes: Outcome[] = people
      .filter((p) => drafts[p.id]?.attended !== false)
      .map((p) => {
        const d = drafts[p.id] ?? emptyDraft(p);
        return {
          attendeeId: p.id,
          summary: d.summary,
          sentiment: d.sentiment,
          expectationTexts: d.expectationTexts,
          newExpectation: d.newExpectation,
          actions: d.actions,
        };
      });
    const found = outcomeProblems(file, meeting.id, outcomes, today);
    setProblems(found);
    if (found.length > 0 || outcomes.length === 0) return;
    const saved = await edit(`Record the outcome of "${meeting.title}"`, (f) =>
      recordOutcome(f, meeting.id, outcomes, today),
    );
    if (!saved) return;
    const actions = outcomes.reduce((n, o) => n + o.actions.length, 0);
    setMessage(
      `Recorded for ${plural(outcomes.length, 'attendee')}${actions ? `, with ${plural(actions, 'action')} owed` : ''}. They count as updated on ${formatDate(date)}.`,
    );
    setDrafts(fresh());
  };

  return (
    <div className="meeting-outcome">
      <p className="muted small">
        What you record here is dated {formatDate(date)}, the day of the meeting, with the channel “meeting”.
      </p>
      {people.map((p) => (
        <AttendeeOutcome
          key={p.id}
          file={file}
          person={p}
          today={today}
          defaultDue={addDays(today, 7)}
          draft={drafts[p.id] ?? emptyDraft(p)}
          onChange={(d) => setDrafts({ ...drafts, [p.id]: d })}
        />
      ))}
      {problems.length > 0 && (
        <div className="error-panel error-panel--inline" role="alert">
          <strong>Nothing was recorded:</strong>
          <ul className="error-panel__problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={people.length === 0}
          onClick={() => void submit()}
        >
          Record outcome
        </button>
      </div>
      {message && (
        <p className="checklist__message" role="status">
          {message}
        </p>
      )}
      {recorded.length > 0 && (
        <section aria-label="Recorded for this meeting">
          <h4>Recorded for this meeting</h4>
          <ul className="plain-list small">
            {recorded.map(({ person, interaction }, i) => (
              <li key={`${person.id}-${i}`}>
                <strong>{person.name}</strong> · {interaction.sentiment} · {interaction.summary}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
