/**
 * The backups of the open file (restore as an undoable edit), or of a file that would not open
 * (restore into a new file: the damaged one is never written over).
 */
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/ipc/contract.ts';
import { call } from '../api.ts';
import { PathPrompt } from '../ui/PathPrompt.tsx';
import { useDocument } from './document.tsx';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const REASON: Record<BackupInfo['reason'], string> = {
  open: 'when opened',
  editing: 'while editing',
  migration: 'before upgrading its format',
  'before-restore': 'before a restore',
};

export function BackupsList({ mode }: { mode: 'open-file' | 'failed-file' }) {
  const { info, restoreBackup, restoreAs } = useDocument();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  useEffect(() => {
    let live = true;
    call('backups:list', mode === 'failed-file' ? { lastFailed: true } : {}).then(
      (list) => live && setBackups(list),
      () => live && setBackups([]),
    );
    return () => {
      live = false;
    };
  }, [mode]);
  if (backups === null) return null;
  if (backups.length === 0) return <p className="muted small">No backups of this file yet.</p>;
  const typed = info !== null && !info.nativeDialogs;
  return (
    <div className="backups" aria-label="Backups">
      <div className="muted small">Backups (kept 30 days in Liaison’s own folder)</div>
      <ul className="plain-list">
        {backups.map((b) => (
          <li key={b.id} className="row-between">
            <span>
              {WHEN.format(new Date(b.takenAt))} <span className="muted small">{REASON[b.reason]}</span>
            </span>
            {mode === 'open-file' ? (
              <button type="button" className="link" onClick={() => void restoreBackup(b.id, b.takenAt)}>
                Restore
              </button>
            ) : typed ? (
              <button type="button" className="link" onClick={() => setChosen(b)}>
                Restore into a new file…
              </button>
            ) : (
              <button type="button" className="link" onClick={() => void restoreAs(b.id)}>
                Restore into a new file…
              </button>
            )}
          </li>
        ))}
      </ul>
      {chosen && typed && (
        <PathPrompt
          label="Restore into"
          action="Restore"
          placeholder={`${chosen.source.replace(/\.json$/, '')} (restored).json`}
          onSubmit={(p) => void restoreAs(chosen.id, p)}
        />
      )}
    </div>
  );
}
