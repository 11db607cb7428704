/**
 * A dialog's closing row: Cancel (keeps everything as it was), then the one primary action,
 * disabled while there is nothing it could do.
 */
import type { ReactNode } from 'react';

export function DialogActions({
  children,
  disabled = false,
  onConfirm,
  onCancel,
  className = 'sh-modal__actions',
}: {
  /** The primary button's label: "Import: add 3, update 1". */
  children: ReactNode;
  disabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  className?: string;
}) {
  return (
    <div className={className}>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="primary" disabled={disabled} onClick={onConfirm}>
        {children}
      </button>
    </div>
  );
}
