/// <reference types="@testing-library/jest-dom/vitest" />
/**
 * The one cell editor, as a user drives it: Enter commits, Escape cancels, Tab commits and moves
 * on, a refused value stays with its message until it is fixed, and leaving the cell drops a
 * refused value (saying so) but commits a good one.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CellEditor } from '../../../../renderer/src/table/CellEditor.tsx';

const notEmpty = (t: string) => (t.trim() === '' ? 'A name is required' : null);

function setup(
  value = 'Dana',
  spec: Parameters<typeof CellEditor>[0]['spec'] = { kind: 'text', validate: notEmpty },
) {
  const onCommit = vi.fn();
  const onCancel = vi.fn();
  const onProblem = vi.fn();
  render(
    <div>
      <CellEditor
        spec={spec}
        value={value}
        label="Name of Dana"
        messageId="m"
        onCommit={onCommit}
        onCancel={onCancel}
        onProblem={onProblem}
      />
      <button type="button">elsewhere</button>
    </div>,
  );
  return { onCommit, onCancel, onProblem, user: userEvent.setup() };
}

describe('the cell editor', () => {
  it('starts focused with the value, and Enter commits the new text', async () => {
    const { user, onCommit } = setup();
    const field = screen.getByRole('textbox', { name: 'Name of Dana' });
    expect(field).toHaveFocus();
    expect(field).toHaveValue('Dana');
    await user.clear(field);
    await user.type(field, 'Dana W{Enter}');
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Dana W', undefined);
  });

  it('keeps a committed value in place, read-only, until the grid closes it: more keys change nothing', async () => {
    const { user, onCommit } = setup();
    const field = screen.getByRole('textbox', { name: 'Name of Dana' });
    await user.type(field, '!{Enter}');
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveAttribute('aria-busy', 'true');
    await user.type(field, 'more{Enter}');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(field).toHaveValue('Dana!');
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Dana!', undefined);
  });

  it('Escape cancels without committing', async () => {
    const { user, onCommit, onCancel } = setup();
    await user.type(screen.getByRole('textbox'), 'x{Escape}');
    expect(onCommit).not.toHaveBeenCalled();
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('Tab commits and asks to move to the next cell', async () => {
    const { user, onCommit } = setup();
    await user.type(screen.getByRole('textbox'), '!{Tab}');
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Dana!', 'next');
  });

  it('keeps a refused value with its message on Enter, and clears the message once it is fixed', async () => {
    const { user, onCommit, onProblem } = setup();
    const field = screen.getByRole('textbox');
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(onCommit).not.toHaveBeenCalled();
    expect(onProblem).toHaveBeenLastCalledWith('A name is required');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    await user.type(field, 'D');
    expect(onProblem).toHaveBeenLastCalledWith(null);
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('leaving the cell drops a refused value and says so, but commits a good one', async () => {
    const refused = setup();
    await refused.user.clear(screen.getByRole('textbox'));
    await refused.user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(refused.onCommit).not.toHaveBeenCalled();
    expect(refused.onCancel).toHaveBeenCalledExactlyOnceWith('Not changed: A name is required.');
  });

  it('leaving the cell commits a good value once', async () => {
    const good = setup();
    await good.user.type(screen.getByRole('textbox'), 'na');
    await good.user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(good.onCommit).toHaveBeenCalledExactlyOnceWith('Danana', undefined);
  });

  it('a select commits the option chosen with the mouse at once', async () => {
    const { user, onCommit } = setup('low', {
      kind: 'select',
      options: [
        { value: 'low', label: 'low' },
        { value: 'high', label: 'high' },
      ],
    });
    const select = screen.getByRole('combobox', { name: 'Name of Dana' });
    await user.selectOptions(select, 'high');
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('high');
    // Until main answers, it takes no other choice.
    expect(select).toBeDisabled();
  });
});
