/**
 * Importing a meeting from an invitation: an .ics file chosen here (read in the window, no
 * dialog from main needed) or text pasted from one. Attendees are matched to the map by email;
 * unknown ones are offered as new stakeholders, which the user confirms, renames or leaves out.
 */
import { useMemo, useState } from 'react';
import {
  applyImport,
  importProblems,
  planImport,
  type NewPerson,
} from '../../../../shared/meetings/import.ts';
import { parseInvitation, type MeetingDraft } from '../../../../shared/meetings/invitation.ts';
import { machineTimeZone } from '../../../../shared/meetings/time-zone.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { useDocument } from '../../app/document.tsx';
import { ImportReview, type PersonChoice } from './ImportReview.tsx';
import { plural } from './view.ts';

/** Far beyond any invitation; a bigger file is something else chosen by mistake. */
const MAX_BYTES = 5_000_000;

export function ImportPanel({
  file,
  today,
  onDone,
  onCancel,
}: {
  file: ProgramFile;
  today: string;
  onDone: (meetingId: string) => void;
  onCancel: () => void;
}) {
  const { edit } = useDocument();
  const [pasted, setPasted] = useState('');
  const [drafts, setDrafts] = useState<MeetingDraft[] | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [choices, setChoices] = useState<Record<string, PersonChoice>>({});
  const plan = useMemo(() => (drafts ? planImport(file, drafts) : null), [file, drafts]);

  const read = (text: string, source: string) => {
    const result = parseInvitation(text, { timeZone: machineTimeZone(), today });
    if (!result.ok) {
      setDrafts(null);
      setNotes([]);
      setProblems(result.problems.map((p) => `${source}: ${p}`));
      return;
    }
    setProblems([]);
    setNotes(result.value.notes);
    setDrafts(result.value.drafts);
    const proposed = planImport(file, result.value.drafts).newPeople;
    setChoices(
      Object.fromEntries(proposed.map((p) => [p.email, { add: true, name: p.name, external: p.external }])),
    );
  };

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setProblems([`${chosen.name} is ${Math.round(chosen.size / 1e6)} MB: too large to be an invitation.`]);
      return;
    }
    try {
      read(await chosen.text(), chosen.name);
    } catch (e) {
      setProblems([`Could not read ${chosen.name}: ${e instanceof Error ? e.message : String(e)}`]);
    }
  };

  const adding = (): NewPerson[] =>
    (plan?.newPeople ?? [])
      .filter((p) => choices[p.email]?.add !== false)
      .map((p) => ({
        ...p,
        name: choices[p.email]?.name ?? p.name,
        external: choices[p.email]?.external ?? p.external,
      }));

  const doImport = async () => {
    if (!plan || !drafts) return;
    const people = adding();
    const missing = importProblems({ ...plan, newPeople: people });
    setProblems(missing);
    if (missing.length > 0) return;
    let firstId = '';
    const label =
      drafts.length === 1 ? `Import "${drafts[0]?.title ?? ''}"` : `Import ${drafts.length} meetings`;
    const saved = await edit(label, (f) => {
      const result = applyImport(f, planImport(f, drafts), people);
      firstId = result.meetings[0]?.id ?? '';
      return result.file;
    });
    if (saved && firstId) onDone(firstId);
  };

  return (
    <section className="import-panel" aria-labelledby="import-title">
      <h3 id="import-title">Import an invitation</h3>
      <div className="import-panel__sources">
        <label className="import-panel__file">
          Invitation file (.ics)
          <input type="file" accept=".ics,text/calendar" onChange={(e) => void choose(e.currentTarget)} />
        </label>
        <label>
          Or paste the invitation (calendar text, or a list of email addresses)
          <textarea rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} />
        </label>
        <div className="actions">
          <button type="button" disabled={!pasted.trim()} onClick={() => read(pasted, 'The pasted text')}>
            Read pasted text
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
      {problems.length > 0 && (
        <div className="error-panel error-panel--inline" role="alert">
          <ul className="error-panel__problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {notes.length > 0 && (
        <ul className="import-panel__notes small" aria-label="Notes on the invitation">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {plan && drafts && (
        <>
          <ImportReview
            plan={plan}
            choices={choices}
            onDraft={(i, draft) => setDrafts(drafts.map((d, j) => (j === i ? draft : d)))}
            onChoice={(email, choice) => setChoices({ ...choices, [email]: choice })}
          />
          <div className="actions">
            <button type="button" className="primary" onClick={() => void doImport()}>
              {drafts.length === 1 ? 'Import meeting' : `Import ${plural(drafts.length, 'meeting')}`}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
