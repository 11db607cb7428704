import { useState, type FormEvent } from 'react';

/** In the browser mode there is no native file dialog: the user types (or pastes) a path. */
export function PathPrompt({
  label,
  action,
  placeholder,
  onSubmit,
  disabled,
}: {
  label: string;
  action: string;
  placeholder: string;
  onSubmit: (path: string) => void;
  disabled?: boolean;
}) {
  const [path, setPath] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (path.trim()) onSubmit(path.trim());
  };
  return (
    <form className="path-prompt" onSubmit={submit}>
      <label>
        <span>{label}</span>
        <input
          value={path}
          onChange={(e) => setPath(e.target.value)}
          placeholder={placeholder}
          spellCheck={false}
        />
      </label>
      <button type="submit" disabled={disabled || !path.trim()}>
        {action}
      </button>
    </form>
  );
}
