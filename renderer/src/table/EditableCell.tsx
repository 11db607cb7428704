/**
 * A table cell edited in place: it shows its value, and a click (or Enter) turns it into an input
 * or a select. Enter or leaving the field commits, Escape cancels. A value `validate` refuses stays
 * in the editor with the message beside it, and nothing is committed.
 */
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './editable-cell.css';

export type CellEditor =
  | { kind: 'text' | 'number' | 'date' }
  | { kind: 'select'; options: ReadonlyArray<{ value: string; label: string }> };

export interface EditableCellProps {
  /** The current value as text (what the editor starts with). */
  value: string;
  /** What the cell shows when not editing; the value itself by default. */
  display?: ReactNode;
  /** Names the value for assistive technology and tests: "Status of Go live". */
  label: string;
  editor?: CellEditor;
  /** A message saying what is wrong with `text`, or null when it may be committed. */
  validate?: (text: string) => string | null;
  onCommit: (text: string) => void;
}

interface Problem {
  message: string;
  top: number;
  left: number;
}

export function EditableCell({
  value,
  display,
  label,
  editor = { kind: 'text' },
  validate,
  onCommit,
}: EditableCellProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<Problem | null>(null);
  const field = useRef<HTMLInputElement & HTMLSelectElement>(null);

  const start = () => {
    setDraft(value);
    setProblem(null);
    setEditing(true);
  };
  const stop = () => {
    setProblem(null);
    setEditing(false);
  };
  const commit = (text: string) => {
    const message = validate?.(text) ?? null;
    if (message) {
      const rect = field.current?.getBoundingClientRect();
      setProblem({ message, top: (rect?.bottom ?? 0) + 4, left: rect?.left ?? 0 });
      return;
    }
    stop();
    if (text !== value) onCommit(text);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(draft);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      stop();
    }
  };

  if (!editing)
    return (
      <button type="button" className="editable-cell" aria-label={`Edit ${label}`} onClick={start}>
        {display ?? (value || '—')}
      </button>
    );
  const common = {
    ref: field,
    autoFocus: true,
    'aria-label': label,
    'aria-invalid': problem ? true : undefined,
    className: 'editable-cell__editor',
    onKeyDown: onKey,
  };
  return (
    <>
      {editor.kind === 'select' ? (
        <select {...common} value={draft} onChange={(e) => commit(e.target.value)} onBlur={stop}>
          {editor.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={editor.kind === 'date' ? 'date' : 'text'}
          inputMode={editor.kind === 'number' ? 'decimal' : undefined}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setProblem(null);
          }}
          onBlur={() => commit(draft)}
        />
      )}
      {problem &&
        createPortal(
          <div
            className="editable-cell__problem"
            role="alert"
            style={{ position: 'fixed', top: problem.top, left: problem.left }}
          >
            {problem.message}
          </div>,
          document.body,
        )}
    </>
  );
}
