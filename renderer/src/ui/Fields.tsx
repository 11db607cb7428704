/**
 * The app's self-saving form fields, one set for every screen. Text commits when the field is left
 * or on Enter (Ctrl+Enter in a multi-line field), once; a value the field's check refuses is not
 * sent and its message stays under the field; Escape goes back to the saved value. A select or a
 * checkbox commits as soon as it changes. A field shows the saved value again whenever that
 * changes (its own save, an undo, another screen).
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { parseDate, parseNumber } from '../../../shared/record/fields.ts';
import './fields.css';

/** A local draft of `value` that starts over whenever `value` changes (after an edit, undo or redo). */
export function useDraft<T>(value: T): [T, (next: T) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    setDraft(value);
  }
  return [draft, setDraft];
}

/** A labelled field with its message underneath. */
export function Field({
  label,
  htmlFor,
  error,
  errorId,
  hint,
  wide,
  hideLabel,
  children,
}: {
  label: ReactNode;
  htmlFor?: string;
  error?: string | null;
  /** The message's id, for the control's aria-describedby. */
  errorId?: string;
  hint?: ReactNode;
  wide?: boolean;
  /** The label is for screen readers only (the context already says what the field is). */
  hideLabel?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={htmlFor}>
        {label}
      </label>
      {children}
      {error ? (
        <span className="field__error" role="alert" id={errorId}>
          {error}
        </span>
      ) : (
        hint && <span className="field__hint">{hint}</span>
      )}
    </div>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (text: string) => void;
  /** What is wrong with the text, or null when it may be saved. */
  validate?: (text: string) => string | null;
  multiline?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  wide?: boolean;
  hideLabel?: boolean;
  type?: 'text' | 'date';
}

/** Text (or a date) committed on leaving the field or on Enter. */
export function TextField({
  label,
  value,
  onCommit,
  validate,
  multiline,
  placeholder,
  hint,
  wide,
  hideLabel,
  type,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useDraft(value);
  const [error, setError] = useState<string | null>(null);
  // What was last sent, so Enter and then leaving the field save once, not twice.
  const [sent, setSent] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setSent(null);
    setError(null);
  }
  const commit = () => {
    if (draft === value || draft === sent) return;
    const message = validate?.(draft) ?? null;
    setError(message);
    if (message) return;
    setSent(draft);
    onCommit(draft);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      setDraft(value);
      setError(null);
    }
  };
  const props = {
    id,
    value: draft,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      // A message goes as soon as the text is good again.
      if (error) setError(validate?.(e.target.value) ?? null);
    },
    onBlur: commit,
    onKeyDown: onKey,
  };
  return (
    <Field
      label={label}
      htmlFor={id}
      error={error}
      errorId={`${id}-error`}
      hint={hint}
      wide={wide}
      hideLabel={hideLabel}
    >
      {multiline ? <textarea rows={3} {...props} /> : <input type={type ?? 'text'} {...props} />}
    </Field>
  );
}

/** A number, checked before it is sent. */
export function NumberField({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: number;
  onCommit: (n: number) => void;
}) {
  return (
    <TextField
      label={label}
      value={String(value)}
      validate={(t) => {
        const n = parseNumber(t, label);
        return n.ok ? null : n.message;
      }}
      onCommit={(t) => {
        const n = parseNumber(t, label);
        if (n.ok) onCommit(n.value);
      }}
    />
  );
}

/** A date (YYYY-MM-DD), required, with an optional further check. */
export function DateField({
  label,
  value,
  onCommit,
  validate,
}: {
  label: string;
  value: string;
  onCommit: (date: string) => void;
  validate?: (date: string) => string | null;
}) {
  return (
    <TextField
      label={label}
      type="date"
      value={value}
      validate={(t) => {
        const d = parseDate(t, label);
        return d.ok ? (validate?.(t) ?? null) : d.message;
      }}
      onCommit={onCommit}
    />
  );
}

/** One choice among fixed options, committed as soon as it changes. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: ReadonlyArray<T | { value: T; label: string }>;
  onChange: (value: T) => void;
}) {
  const id = useId();
  const choices = options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  return (
    <Field label={label} htmlFor={id}>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const next = choices.find((o) => o.value === e.target.value);
          if (next && next.value !== value) onChange(next.value);
        }}
      >
        {choices.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A yes/no field, committed as soon as it is ticked or cleared. */
export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="check-field">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}
