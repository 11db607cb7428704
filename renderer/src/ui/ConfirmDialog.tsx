/**
 * The one way the app asks before it does something hard to see undone (deleting): a modal
 * dialog, named by its question, that says what will happen, with the safe choice focused first.
 * Escape or the cancel button keeps everything as it was. When the action cannot be done
 * (`onConfirm` absent), the dialog explains why and offers only Close.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './confirm-dialog.css';

export interface ConfirmDialogProps {
  /** The question, also the dialog's name: "Delete milestone?" */
  title: string;
  /** What will happen, or why it cannot. */
  children: ReactNode;
  /** The button that does it: "Delete". */
  confirmLabel?: string;
  /** The button that keeps things as they are. */
  cancelLabel?: string;
  /** Absent when the action is refused: only Close is offered. */
  onConfirm?: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel = 'Delete',
  cancelLabel = 'Cancel',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    // jsdom has no showModal; a browser always does.
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`} className="confirm-dialog__body">
        {children}
      </div>
      <div className="confirm-dialog__actions">
        <button type="button" autoFocus onClick={onCancel}>
          {onConfirm ? cancelLabel : 'Close'}
        </button>
        {onConfirm && (
          <button type="button" className="danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        )}
      </div>
    </dialog>
  );
}

/** What else the action takes with it (the links to a deleted item), listed under the question. */
export function ConfirmList({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
