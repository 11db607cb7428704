/**
 * A milestone's dates: earliest, likely and latest, checked in order at the fields before anything
 * is sent. Moving the likely date of a committed milestone for the first time keeps the old date as
 * the baseline, and asks why it moved.
 */
import { useId, useState } from 'react';
import { daysBetween, formatDate } from '../../../../shared/domain/dates.ts';
import {
  isCommitted,
  moveMilestone,
  slipNeedsReason,
  windowProblems,
  type MilestoneWindow,
} from '../../../../shared/record/milestones.ts';
import type { Milestone } from '../../../../shared/schema/program.ts';
import { useProgram } from './context.tsx';
import { Field, TextField, useDraft } from '../../ui/Fields.tsx';

const DATE_FIELDS = [
  ['earliest', 'Earliest'],
  ['likely', 'Likely'],
  ['latest', 'Latest'],
] as const;

/** `· likely now 12 Dec 2026, 7 days later` beside a committed date the likely date has left. */
function slip(baseline: string, likely: string): string {
  const days = daysBetween(baseline, likely);
  if (days === 0) return ' · still the likely date';
  const n = Math.abs(days);
  return ` · likely now ${formatDate(likely)}, ${n} day${n === 1 ? '' : 's'} ${days > 0 ? 'later' : 'earlier'}`;
}

export function WindowEditor({ m }: { m: Milestone }) {
  const { file, edit, patch } = useProgram();
  const [draft, setDraft] = useDraft<MilestoneWindow>(m.window);
  const [problems, setProblems] = useState<ReturnType<typeof windowProblems>>([]);
  const [asking, setAsking] = useState<{ baseline: string } | null>(null);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const changed = DATE_FIELDS.some(([f]) => draft[f] !== m.window[f]);
  const save = async (why?: string) => {
    if (await edit(`move milestone "${m.title}"`, (f) => moveMilestone(f, m.id, draft, why))) {
      setAsking(null);
      setReason('');
    }
  };
  const apply = () => {
    const found = windowProblems(draft);
    setProblems(found);
    if (found.length > 0) return;
    const ask = slipNeedsReason(file, m, draft);
    if (ask) setAsking(ask);
    else void save();
  };
  const committedNote = m.baseline
    ? `Committed ${formatDate(m.baseline)}${slip(m.baseline, m.window.likely)}`
    : isCommitted(file, m)
      ? `Committed: moving the likely date will keep ${formatDate(m.window.likely)} as the baseline.`
      : 'Not committed yet (planned, off the critical path, in no report): the dates move freely.';
  return (
    <fieldset className="window-editor">
      <legend>Dates</legend>
      <div className="form-grid">
        {DATE_FIELDS.map(([field, label]) => (
          <Field
            key={field}
            label={label}
            htmlFor={`${reasonId}-${field}`}
            error={problems.find((p) => p.field === field)?.message}
          >
            <input
              id={`${reasonId}-${field}`}
              type="date"
              value={draft[field]}
              aria-invalid={problems.some((p) => p.field === field) ? true : undefined}
              onChange={(e) => {
                setDraft({ ...draft, [field]: e.target.value });
                setProblems([]);
                setAsking(null);
              }}
            />
          </Field>
        ))}
        <div className="field field--action">
          <button type="button" className="primary" disabled={!changed || asking !== null} onClick={apply}>
            Apply dates
          </button>
          {changed && (
            <button type="button" className="link" onClick={() => setDraft(m.window)}>
              Reset
            </button>
          )}
        </div>
      </div>
      <p className="muted small" data-testid="committed-note">
        {committedNote}
      </p>
      {m.baseline && (
        <TextField
          label="Why it moved from the committed date"
          value={m.changeReason ?? ''}
          wide
          onCommit={(t) =>
            void patch('milestones', m.id, 'edit milestone change reason', (x) => ({ ...x, changeReason: t }))
          }
        />
      )}
      {asking && (
        <div className="slip-prompt" role="dialog" aria-label="Why did the date move?">
          <p>
            <strong>“{m.title}”</strong> was committed for <strong>{formatDate(asking.baseline)}</strong>.
            Moving the likely date to <strong>{formatDate(draft.likely)}</strong> keeps{' '}
            {formatDate(asking.baseline)} as the committed date, shown beside the new one in every document.
            Say why it moved:
          </p>
          <label htmlFor={`${reasonId}-reason`} className="field__label">
            Reason the date moved
          </label>
          <textarea
            id={`${reasonId}-reason`}
            rows={2}
            value={reason}
            autoFocus
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="row-start">
            <button
              type="button"
              className="primary"
              disabled={!reason.trim()}
              onClick={() => void save(reason)}
            >
              Save the new date
            </button>
            <button type="button" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
