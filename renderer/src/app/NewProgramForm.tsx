/**
 * "New empty program": its name, reporting period and sponsor (and, in the browser mode, where to
 * write it), checked by the same rules as `liaison new` before anything is sent.
 */
import { useState, type FormEvent } from 'react';
import { newProgramProblems, programPeriod } from '../../../shared/record/new-program.ts';
import { useDocument } from './document.tsx';
import './start.css';

export function NewProgramForm({ onDone, onCancel }: { onDone?: () => void; onCancel?: () => void }) {
  const { info, createEmpty, busy } = useDocument();
  const today = info?.today ?? '';
  const initial = programPeriod({ name: '' }, today || '2000-01-01');
  const [name, setName] = useState('');
  const [start, setStart] = useState(today ? initial.start : '');
  const [end, setEnd] = useState(today ? initial.end : '');
  const [sponsor, setSponsor] = useState('');
  const [path, setPath] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const typed = info !== null && !info.nativeDialogs;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const details = {
      name,
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      ...(sponsor.trim() ? { sponsor: sponsor.trim() } : {}),
    };
    const found = [
      ...newProgramProblems(details),
      ...(typed && !path.trim() ? ['Say where to write the file.'] : []),
    ];
    setProblems(found);
    if (found.length > 0) return;
    void createEmpty({ ...details, ...(typed ? { path: path.trim() } : {}) }).then(() => onDone?.());
  };

  return (
    <form className="new-program" aria-label="New empty program" onSubmit={submit}>
      <label>
        <span>Program name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Data Lakehouse" />
      </label>
      <div className="new-program__row">
        <label>
          <span>Period starts</span>
          <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label>
          <span>Period ends</span>
          <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
        </label>
      </div>
      <label>
        <span>Sponsor’s name</span>
        <input value={sponsor} onChange={(e) => setSponsor(e.target.value)} placeholder="Sponsor" />
      </label>
      {typed && (
        <label>
          <span>File to create</span>
          <input
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="/path/to/new-program.json"
            spellCheck={false}
          />
        </label>
      )}
      {problems.length > 0 && (
        <ul className="new-program__problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="new-program__actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {typed ? 'Create empty program' : 'Create empty program…'}
        </button>
      </div>
    </form>
  );
}
