/**
 * Confirming a delete. A person the record still names (owner, decider, attendee, sponsor) cannot
 * be deleted: the file would point at no one. The dialog says where they are named instead.
 */
import { useEffect, useRef } from 'react';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { referencesTo } from './edits.ts';

export function DeleteDialog({
  file,
  ids,
  onConfirm,
  onCancel,
}: {
  file: ProgramFile;
  ids: string[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const people = file.stakeholders.filter((s) => ids.includes(s.id));
  const blocked = people
    .map((s) => ({ person: s, refs: referencesTo(file, s.id) }))
    .filter((b) => b.refs.length > 0);
  const who = people.length === 1 ? (people[0]?.name ?? '') : `${people.length} people`;
  return (
    <dialog
      ref={dialog}
      className="sh-modal"
      aria-label={`Delete ${who}`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2>Delete {who}?</h2>
      {blocked.length > 0 ? (
        <div role="alert">
          <p>
            {blocked.length === 1 ? `${blocked[0]?.person.name} is` : `${blocked.length} of them are`} still
            named in the record, so deleting would leave it pointing at no one. Reassign these first:
          </p>
          <ul>
            {blocked.slice(0, 20).map((b) => (
              <li key={b.person.id}>
                <strong>{b.person.name}</strong>: {b.refs.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>
          Their expectations, interaction log and notes go with them. The reports already written keep their
          names. You can undo this (Ctrl+Z).
        </p>
      )}
      <div className="sh-modal__actions">
        <button type="button" autoFocus onClick={onCancel}>
          {blocked.length > 0 ? 'Close' : 'Cancel'}
        </button>
        {blocked.length === 0 && (
          <button type="button" className="sh-danger" onClick={onConfirm}>
            Delete {who}
          </button>
        )}
      </div>
    </dialog>
  );
}
