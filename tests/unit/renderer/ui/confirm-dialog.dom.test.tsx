/// <reference types="@testing-library/jest-dom/vitest" />
/**
 * The one confirm dialog: named by its question, the safe choice focused first, Delete does it,
 * Cancel and Escape keep things as they are, and a refused action offers only Close.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../../../renderer/src/ui/ConfirmDialog.tsx';

function open(onConfirm?: () => void) {
  const onCancel = vi.fn();
  render(
    <ConfirmDialog title="Delete milestone?" onCancel={onCancel} {...(onConfirm ? { onConfirm } : {})}>
      <p>Nothing else refers to it.</p>
    </ConfirmDialog>,
  );
  return { onCancel, dialog: screen.getByRole('alertdialog', { name: 'Delete milestone?' }) };
}

describe('the confirm dialog', () => {
  it('says what will happen and focuses the safe choice', () => {
    const { dialog } = open(vi.fn());
    expect(dialog).toHaveAccessibleDescription('Nothing else refers to it.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('Delete confirms; Cancel does not', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const { onCancel } = open(onConfirm);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('its cancel event (what Escape sends in a browser) cancels', () => {
    const onConfirm = vi.fn();
    const { dialog, onCancel } = open(onConfirm);
    // jsdom does not turn Escape into the dialog's cancel event as a browser does: send that event.
    const event = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('a refused action offers only Close', async () => {
    const user = userEvent.setup();
    const { onCancel } = open();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
