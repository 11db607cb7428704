/** What an invitation will add: each meeting with its attendees, and the people new to the map. */
import type { ImportPlan } from '../../../../shared/meetings/import.ts';
import type { MeetingDraft } from '../../../../shared/meetings/invitation.ts';

/** What the user decided for someone not on the map. */
export interface PersonChoice {
  add: boolean;
  name: string;
  external: boolean;
}

export function ImportReview({
  plan,
  choices,
  onDraft,
  onChoice,
}: {
  plan: ImportPlan;
  choices: Record<string, PersonChoice>;
  onDraft: (index: number, draft: MeetingDraft) => void;
  onChoice: (email: string, choice: PersonChoice) => void;
}) {
  return (
    <div className="import-review">
      {plan.meetings.map((m, i) => (
        <fieldset key={i} className="import-review__meeting">
          <legend>{plan.meetings.length > 1 ? `Meeting ${i + 1}` : 'Meeting'}</legend>
          {m.existingId && (
            <p className="small muted">
              Imported before from this invitation: importing updates that meeting.
            </p>
          )}
          <label>
            Title
            <input
              value={m.draft.title}
              onChange={(e) => onDraft(i, { ...m.draft, title: e.target.value })}
            />
          </label>
          <label>
            Starts
            <input
              type="datetime-local"
              value={m.draft.start}
              onChange={(e) => onDraft(i, { ...m.draft, start: e.target.value })}
            />
          </label>
          <div className="small">
            <strong>On the map:</strong>{' '}
            {m.matched.length > 0 ? m.matched.map((a) => a.name).join(', ') : 'nobody'}
          </div>
          {m.draft.agenda.length > 0 && (
            <div className="small">
              <strong>Agenda:</strong> {m.draft.agenda.join(' · ')}
            </div>
          )}
        </fieldset>
      ))}
      {plan.newPeople.length > 0 && (
        <fieldset className="import-review__people">
          <legend>Not on the map yet</legend>
          <p className="small muted">
            Added as peers with medium influence and interest and a neutral stance; refine them on the
            Stakeholders screen. Anyone not added is left out of the meeting.
          </p>
          {plan.newPeople.map((p) => {
            const choice = choices[p.email] ?? { add: true, name: p.name, external: p.external };
            return (
              <div key={p.email} className="import-review__person">
                <label className="inline">
                  <input
                    type="checkbox"
                    checked={choice.add}
                    onChange={(e) => onChoice(p.email, { ...choice, add: e.target.checked })}
                  />
                  Add {p.email} to the map
                </label>
                <label className="inline">
                  Name
                  <input
                    value={choice.name}
                    disabled={!choice.add}
                    aria-label={`Name for ${p.email}`}
                    onChange={(e) => onChoice(p.email, { ...choice, name: e.target.value })}
                  />
                </label>
                <label className="inline">
                  <input
                    type="checkbox"
                    checked={choice.external}
                    disabled={!choice.add}
                    aria-label={`${p.email} is external`}
                    onChange={(e) => onChoice(p.email, { ...choice, external: e.target.checked })}
                  />
                  External
                </label>
              </div>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}
