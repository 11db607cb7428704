/**
 * Form fields of the detail panel that save themselves: a text field commits on Enter or when it
 * loses focus (if valid; the message sits under the field otherwise), a select when it changes.
 * A field shows the saved value again whenever it changes (after an undo, say), keeping the focus.
 */
import { useId, useState } from 'react';

export function TextField({
  label,
  value,
  onCommit,
  validate,
  multiline = false,
  placeholder,
  hideLabel = false,
}: {
  label: string;
  /** The label is for screen readers only (the context already says what the field is). */
  hideLabel?: boolean;
  value: string;
  onCommit: (value: string) => void;
  validate?: (value: string) => string | null;
  multiline?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const [saved, setSaved] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  // What was last sent, so Enter then leaving the field saves once, not twice.
  const [sent, setSent] = useState<string | null>(null);
  if (value !== saved) {
    // The saved value changed (this field's own save, an undo, another screen): show it.
    setSaved(value);
    setText(value);
    setProblem(null);
    setSent(null);
  }
  const commit = () => {
    if (text === value || text === sent) return;
    const found = validate?.(text) ?? null;
    setProblem(found);
    if (found) return;
    setSent(text);
    onCommit(text);
  };
  const common = {
    id,
    value: text,
    placeholder,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
    onBlur: commit,
  };
  return (
    <div className="sh-field">
      <label htmlFor={id} className={hideLabel ? 'sh-visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => setText(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => {
            setText(e.target.value);
            if (problem) setProblem(validate?.(e.target.value) ?? null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setText(value);
              setProblem(null);
            }
          }}
        />
      )}
      {problem && (
        <div className="sh-field__problem" id={`${id}-problem`} role="alert">
          {problem}
        </div>
      )}
    </div>
  );
}

export function SelectField<V extends string>({
  label,
  value,
  options,
  onCommit,
}: {
  label: string;
  value: V;
  options: readonly V[];
  onCommit: (value: V) => void;
}) {
  const id = useId();
  return (
    <div className="sh-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const next = options.find((o) => o === e.target.value);
          if (next && next !== value) onCommit(next);
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField({
  label,
  checked,
  onCommit,
}: {
  label: string;
  checked: boolean;
  onCommit: (checked: boolean) => void;
}) {
  return (
    <label className="sh-field sh-field--check">
      <input type="checkbox" checked={checked} onChange={(e) => onCommit(e.target.checked)} />
      {label}
    </label>
  );
}
