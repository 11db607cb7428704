/** Adding a person: a name (required), optionally an email and a group; the rest starts at defaults. */
import { useState } from 'react';
import { checkEmail, checkName } from '../../../../shared/csv/fields.ts';
import { GROUPS, type Group } from '../../../../shared/schema/program.ts';

export function AddPerson({
  onAdd,
}: {
  onAdd: (fields: { name: string; email: string; group: Group }) => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [group, setGroup] = useState<Group>('peer');
  const [problem, setProblem] = useState<string | null>(null);
  if (!open)
    return (
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        Add person
      </button>
    );
  const close = () => {
    setOpen(false);
    setName('');
    setEmail('');
    setProblem(null);
  };
  return (
    <form
      className="sh-add-person"
      aria-label="Add a person"
      onSubmit={(e) => {
        e.preventDefault();
        const found = checkName(name) ?? checkEmail(email);
        setProblem(found ? `${found.charAt(0).toUpperCase()}${found.slice(1)}.` : null);
        if (!found) void onAdd({ name, email, group }).then((ok) => ok && close());
      }}
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <input
        autoFocus
        type="text"
        aria-label="Name of the new person"
        placeholder="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <input
        type="text"
        aria-label="Email of the new person"
        placeholder="Email (optional)"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <select
        aria-label="Group of the new person"
        value={group}
        onChange={(e) => setGroup(GROUPS.find((g) => g === e.target.value) ?? 'peer')}
      >
        {GROUPS.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
      <button type="submit" className="primary">
        Add
      </button>
      <button type="button" onClick={close}>
        Cancel
      </button>
      {problem && (
        <div className="sh-field__problem" role="alert">
          {problem}
        </div>
      )}
    </form>
  );
}
