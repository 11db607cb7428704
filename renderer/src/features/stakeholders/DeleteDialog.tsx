/**
 * Confirming the delete of people, in the app's one confirm dialog. A person the record still names (owner, decider, attendee, sponsor) cannot
 * be deleted: the file would point at no one. The dialog says where they are named instead.
 */
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
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
  const people = file.stakeholders.filter((s) => ids.includes(s.id));
  const blocked = people
    .map((s) => ({ person: s, refs: referencesTo(file, s.id) }))
    .filter((b) => b.refs.length > 0);
  const who = people.length === 1 ? (people[0]?.name ?? '') : `${people.length} people`;
  return (
    <ConfirmDialog
      title={`Delete ${who}?`}
      confirmLabel={`Delete ${who}`}
      onCancel={onCancel}
      {...(blocked.length === 0 ? { onConfirm } : {})}
    >
      {blocked.length > 0 ? (
        <>
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
        </>
      ) : (
        <p>
          Their expectations, interaction log and notes go with them. The reports already written keep their
          names. You can undo this (Ctrl+Z).
        </p>
      )}
    </ConfirmDialog>
  );
}
