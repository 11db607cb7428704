/**
 * Form fields of the record editor. Text is committed when the field is left (or on Enter); a value
 * the field's check refuses is not sent, and the message stays at the field.
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { parseDate, parseNumber } from '../../../../shared/record/fields.ts';
import './forms.css';

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
  hint,
  wide,
  children,
}: {
  label: ReactNode;
  htmlFor?: string;
  error?: string | null;
  hint?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label className="field__label" htmlFor={htmlFor}>
        {label}
      </label>
      {children}
      {error ? (
        <span className="field__error" role="alert">
          {error}
        </span>
      ) : (
        hint && <span className="field__hint">{hint}</span>
      )}
    </div>
  );
}

interface TextProps {
  label: string;
  value: string;
  onCommit: (text: string) => void;
  validate?: (text: string) => string | null;
  multiline?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  wide?: boolean;
  type?: 'text' | 'date';
}

/** Text (or a date) committed on leaving the field; Enter commits a one-line field. */
export function TextField({
  label,
  value,
  onCommit,
  validate,
  multiline,
  placeholder,
  hint,
  wide,
  type,
}: TextProps) {
  const id = useId();
  const [draft, setDraft] = useDraft(value);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    const message = validate?.(draft) ?? null;
    setError(message);
    if (!message && draft !== value) onCommit(draft);
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
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      setError(null);
    },
    onBlur: commit,
    onKeyDown: onKey,
  };
  return (
    <Field label={label} htmlFor={id} error={error} hint={hint} wide={wide}>
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
  return (
    <Field label={label} htmlFor={id}>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => {
          const opt = typeof o === 'string' ? { value: o, label: o } : o;
          return (
            <option key={opt.value} value={opt.value}>
              {opt.label}
            </option>
          );
        })}
      </select>
    </Field>
  );
}

/** A yes/no field. */
export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <label className="check-field">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

/** The mark on an item a business reader would get in technical words; `compact` for a title cell. */
export function MissingBusinessMark({ compact }: { compact?: boolean }) {
  if (compact)
    return (
      <span
        className="missing-business missing-business--compact"
        role="img"
        aria-label="no business text"
        title="No business phrasing: business readers get the technical text"
      >
        !
      </span>
    );
  return (
    <span className="missing-business" title="No business phrasing: business readers get the technical text">
      no business text
    </span>
  );
}

/** Both phrasings of one fact side by side: technical for engineers, business for everyone else. */
export function PhrasingsField({
  technical,
  business,
  onCommit,
  what = 'item',
}: {
  technical: string;
  business: string;
  onCommit: (which: 'technical' | 'business', text: string) => void;
  what?: string;
}) {
  return (
    <div className="phrasings">
      <TextField
        label="Technical (for engineers)"
        value={technical}
        multiline
        onCommit={(t) => onCommit('technical', t)}
      />
      <TextField
        label="Business (outcome, customers, money)"
        value={business}
        multiline
        onCommit={(t) => onCommit('business', t)}
        hint={
          business.trim() === '' ? (
            <span className="missing-business">
              Missing: business readers will get the technical text of this {what}.
            </span>
          ) : undefined
        }
      />
    </div>
  );
}
