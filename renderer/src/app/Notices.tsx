/**
 * What the user must know now: an error with its problems, a conflict with what to do about it,
 * someone else holding the file, and backups when a file would not open.
 */
import { ErrorPanel } from '../ui/ErrorPanel.tsx';
import { BackupsList } from './BackupsList.tsx';
import { useDocument } from './document.tsx';

export function Notices() {
  const { doc, error, dismissError, reload, saveAs, info } = useDocument();
  const typed = info !== null && !info.nativeDialogs;
  const openFailed =
    error &&
    ['invalid-json', 'empty', 'not-a-program', 'invalid', 'unversioned', 'newer-version'].includes(
      error.code,
    );
  return (
    <>
      {error && <ErrorPanel error={error} onDismiss={dismissError} />}
      {error?.code === 'conflict' && doc && (
        <div className="notice" role="group" aria-label="Resolve the conflict">
          <button type="button" onClick={() => void reload()}>
            Reload their version (drop my unsaved changes)
          </button>
          {typed ? (
            <span className="muted small">or use File › Save as to keep yours as a copy</span>
          ) : (
            <button type="button" onClick={() => void saveAs()}>
              Save mine as a copy…
            </button>
          )}
        </div>
      )}
      {openFailed && (
        <div className="notice notice--column">
          <strong>The file was left exactly as it is. You can restore a backup into a new file:</strong>
          <BackupsList mode="failed-file" />
        </div>
      )}
      {doc?.lockedBy && (
        <div className="notice" role="status">
          {doc.lockedBy.user || 'Someone'} on {doc.lockedBy.host} has had this file open since{' '}
          {new Date(doc.lockedBy.since).toLocaleString()}. Liaison will not overwrite their changes: if they
          save first, you will be asked what to do.
        </div>
      )}
      {doc?.migratedFrom && (
        <div className="notice" role="status">
          This file was written in an older format ({doc.migratedFrom}); it is upgraded when you save, after a
          backup of the original is kept.
        </div>
      )}
    </>
  );
}
