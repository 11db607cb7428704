/**
 * Choosing a folder in the browser mode, where there is no native dialog: the folders main lists
 * (under the user's home, the program's folder, the output folder, the current folder), going in
 * and up, and making a new one. Electron uses its native dialog instead.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { FolderListing } from '../../../../shared/ipc/contract.ts';
import type { ErrorInfo } from '../../../../shared/ipc/envelope.ts';
import { ApiError, call } from '../../api.ts';
import { ErrorPanel } from '../../ui/ErrorPanel.tsx';
import { DialogActions } from '../../ui/DialogActions.tsx';

const errorOf = (e: unknown): ErrorInfo =>
  e instanceof ApiError ? e.info : { code: 'internal', message: String(e) };

export function FolderChooser({
  start,
  onChoose,
  onCancel,
}: {
  start: string | null;
  onChoose: (path: string) => void;
  onCancel: () => void;
}) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [name, setName] = useState('');
  const panel = useRef<HTMLDivElement>(null);

  const go = useCallback(async (path?: string) => {
    try {
      setListing(await call('folders:list', path ? { path } : {}));
      setError(null);
    } catch (e) {
      setError(errorOf(e));
    }
  }, []);

  useEffect(() => {
    // Start in the chosen folder; when it cannot be listed (gone, or outside), in the first root.
    void call('folders:list', start ? { path: start } : {})
      .catch(() => call('folders:list', {}))
      .then(setListing, (e: unknown) => setError(errorOf(e)));
    panel.current?.focus();
  }, [start]);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (!listing || !name.trim()) return;
    try {
      setListing(await call('folders:create', { path: listing.path, name }));
      setName('');
      setError(null);
    } catch (err) {
      setError(errorOf(err));
    }
  };

  return (
    <div
      ref={panel}
      className="folder-chooser"
      role="dialog"
      aria-label="Choose a folder"
      tabIndex={-1}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <div className="folder-chooser__roots" role="group" aria-label="Places">
        {listing?.roots.map((r) => (
          <button key={r.path} type="button" title={r.path} onClick={() => void go(r.path)}>
            {r.label}
          </button>
        ))}
      </div>
      <div className="folder-chooser__here">
        <button
          type="button"
          disabled={!listing?.parent}
          onClick={() => listing?.parent && void go(listing.parent)}
          aria-label="Up one folder"
        >
          ↑ Up
        </button>
        <strong data-testid="folder-chooser-path">{listing?.path ?? '…'}</strong>
      </div>
      {error && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      <ul className="folder-chooser__list" aria-label="Folders">
        {listing?.folders.map((f) => (
          <li key={f}>
            <button type="button" className="link" onClick={() => void go(`${listing.path}/${f}`)}>
              📁 {f}
            </button>
          </li>
        ))}
        {listing && listing.folders.length === 0 && <li className="muted small">No folders here.</li>}
      </ul>
      <form className="folder-chooser__new" onSubmit={(e) => void create(e)}>
        <label>
          New folder here <input value={name} onChange={(e) => setName(e.target.value)} spellCheck={false} />
        </label>
        <button type="submit" disabled={!name.trim() || !listing}>
          Create
        </button>
      </form>
      <DialogActions
        className="folder-chooser__foot"
        disabled={!listing}
        onConfirm={() => listing && onChoose(listing.path)}
        onCancel={onCancel}
      >
        Use this folder
      </DialogActions>
    </div>
  );
}
