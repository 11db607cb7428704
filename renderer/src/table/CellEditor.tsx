/**
 * The in-place editor of one cell, the only one in the app (every table edits through TableGrid):
 * a text field (checked before it is committed), a date, or a select. Enter commits, Escape
 * cancels, Tab commits and moves on; a refused value stays with its message while the cell is
 * being edited; leaving the cell commits a valid change and drops an invalid one, saying why at
 * the cell (so a half-typed value is never left behind in a cell that looks saved). A committed
 * value stays in the field, read-only, until the grid closes it with main's answer.
 */
import { useRef, useState } from 'react';
import type { CellEditorSpec } from './setup.ts';

export interface CellEditorProps {
  spec: Exclude<CellEditorSpec, { kind: 'checkbox' }>;
  /** The value in the cell now. */
  value: string;
  /** The text to start from instead (a key typed on the cell starts editing with it). */
  startText?: string;
  /** The column's name, for the field's accessible label. */
  label: string;
  messageId: string;
  onCommit: (value: string, then?: 'next') => void;
  /** Editing ended without a change; `message` says why when a typed value was dropped. */
  onCancel: (message?: string) => void;
  /** Shown under the field while the value cannot be committed. */
  onProblem: (message: string | null) => void;
}

export function CellEditor({
  spec,
  value,
  startText,
  label,
  messageId,
  onCommit,
  onCancel,
  onProblem,
}: CellEditorProps) {
  const [text, setText] = useState(startText ?? value);
  const [invalid, setInvalid] = useState(false);
  // Set once the edit has ended, so the blur that follows (focus going back to the grid) is ignored.
  const done = useRef(false);
  const field = useRef<HTMLInputElement & HTMLSelectElement>(null);
  /**
   * The value is on its way to main: the field stays in place showing it, but takes no more
   * changes, until the grid closes it with main's answer. Set on the element itself, so no
   * render happens while main saves.
   */
  const committing = () => {
    done.current = true;
    const el = field.current;
    if (!el) return;
    if (spec.kind === 'select') el.disabled = true;
    else el.readOnly = true;
    el.setAttribute('aria-busy', 'true');
  };
  const finish = (commit: boolean, then?: 'next') => {
    if (done.current) return;
    if (!commit || text === value) {
      done.current = true;
      onCancel();
      return;
    }
    const problem = spec.kind === 'text' ? (spec.validate?.(text) ?? null) : null;
    if (problem) {
      setInvalid(true);
      onProblem(problem);
      return;
    }
    committing();
    onCommit(text, then);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      finish(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      finish(true, 'next');
    }
  };
  const onBlur = () => {
    if (done.current) return;
    const problem = spec.kind === 'text' && text !== value ? (spec.validate?.(text) ?? null) : null;
    if (problem) {
      done.current = true;
      onCancel(`Not changed: ${problem}.`);
    } else finish(true);
  };
  const common = {
    ref: field,
    autoFocus: true,
    'aria-label': label,
    'aria-invalid': invalid || undefined,
    'aria-describedby': messageId,
    className: 'cell-editor',
    onKeyDown,
    onBlur,
  };
  if (spec.kind === 'select')
    return (
      <select
        {...common}
        value={text}
        onChange={(e) => {
          // Choosing with the mouse commits at once, as a spreadsheet's drop-down does.
          setText(e.target.value);
          if (done.current) return;
          if (e.target.value === value) {
            done.current = true;
            onCancel();
          } else {
            committing();
            onCommit(e.target.value);
          }
        }}
      >
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  return (
    <input
      {...common}
      type={spec.input === 'date' ? 'date' : 'text'}
      inputMode={spec.input === 'decimal' ? 'decimal' : undefined}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        if (invalid) {
          const problem = spec.validate?.(e.target.value) ?? null;
          setInvalid(problem !== null);
          onProblem(problem);
        }
      }}
    />
  );
}
