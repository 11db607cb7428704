/** One attendee's part of the outcome: what was said, how it felt, their expectations, what we owe. */
import { describeStanding, expectationStanding } from '../../../../shared/domain/standing.ts';
import type { NewAction, Sentiment } from '../../../../shared/meetings/outcome.ts';
import { SENTIMENTS, type ProgramFile, type Stakeholder } from '../../../../shared/schema/program.ts';

export interface OutcomeDraft {
  attended: boolean;
  summary: string;
  sentiment: Sentiment;
  expectationTexts: Record<string, string>;
  newExpectation: string;
  actions: NewAction[];
}

export function emptyDraft(person: Stakeholder): OutcomeDraft {
  return {
    attended: true,
    summary: '',
    sentiment: 'neutral',
    expectationTexts: Object.fromEntries(person.expectations.map((e) => [e.id, e.text])),
    newExpectation: '',
    actions: [],
  };
}

export function AttendeeOutcome({
  file,
  person,
  draft,
  today,
  defaultDue,
  onChange,
}: {
  file: ProgramFile;
  person: Stakeholder;
  draft: OutcomeDraft;
  today: string;
  defaultDue: string;
  onChange: (draft: OutcomeDraft) => void;
}) {
  const set = (patch: Partial<OutcomeDraft>) => onChange({ ...draft, ...patch });
  const setAction = (i: number, patch: Partial<NewAction>) =>
    set({ actions: draft.actions.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  const name = person.name;
  return (
    <fieldset
      className={draft.attended ? 'outcome-card' : 'outcome-card outcome-card--absent'}
      aria-label={name}
    >
      <legend>
        <label className="inline">
          <input
            type="checkbox"
            checked={draft.attended}
            onChange={(e) => set({ attended: e.target.checked })}
          />
          <strong>{name}</strong> attended
        </label>
      </legend>
      {draft.attended && (
        <>
          <div className="outcome-card__row">
            <label className="grow">
              What was said
              <textarea
                rows={2}
                value={draft.summary}
                aria-label={`Summary for ${name}`}
                placeholder={`e.g. ${name.split(' ')[0] ?? name} agreed to…`}
                onChange={(e) => set({ summary: e.target.value })}
              />
            </label>
            <label>
              Sentiment
              <select
                value={draft.sentiment}
                aria-label={`Sentiment of ${name}`}
                onChange={(e) => set({ sentiment: e.target.value as Sentiment })}
              >
                {SENTIMENTS.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {person.expectations.length > 0 && (
            <div className="outcome-card__expectations">
              <span className="small muted">Their expectations: confirm, or reword what changed</span>
              {person.expectations.map((e) => (
                <label key={e.id} className="outcome-card__expectation">
                  <input
                    value={draft.expectationTexts[e.id] ?? e.text}
                    aria-label={`Expectation of ${name}: ${e.text}`}
                    onChange={(ev) =>
                      set({ expectationTexts: { ...draft.expectationTexts, [e.id]: ev.target.value } })
                    }
                  />
                  <span className="small muted">{describeStanding(expectationStanding(file, e, today))}</span>
                </label>
              ))}
            </div>
          )}
          <label>
            A new expectation they voiced
            <input
              value={draft.newExpectation}
              aria-label={`New expectation of ${name}`}
              onChange={(e) => set({ newExpectation: e.target.value })}
            />
          </label>
          <div className="outcome-card__actions">
            <span className="small muted">What we now owe {name}</span>
            {draft.actions.map((a, i) => (
              <div key={i} className="outcome-card__action">
                <input
                  value={a.title}
                  placeholder="What we will do"
                  aria-label={`Action ${i + 1} for ${name}`}
                  onChange={(e) => setAction(i, { title: e.target.value })}
                />
                <select
                  value={a.ownerId}
                  aria-label={`Owner of action ${i + 1} for ${name}`}
                  onChange={(e) => setAction(i, { ownerId: e.target.value })}
                >
                  <option value="">Owner…</option>
                  {file.stakeholders.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
                <input
                  type="date"
                  value={a.due}
                  aria-label={`Due date of action ${i + 1} for ${name}`}
                  onChange={(e) => setAction(i, { due: e.target.value })}
                />
                <button
                  type="button"
                  className="link"
                  aria-label={`Remove action ${i + 1} for ${name}`}
                  onClick={() => set({ actions: draft.actions.filter((_, j) => j !== i) })}
                >
                  Remove
                </button>
              </div>
            ))}
            <button
              type="button"
              className="link"
              onClick={() =>
                set({ actions: [...draft.actions, { title: '', ownerId: '', due: defaultDue }] })
              }
            >
              Add an action owed to {name}
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
