/// <reference types="@testing-library/jest-dom/vitest" />
/**
 * The self-saving fields every screen uses: a text field saves once when left or on Enter, keeps a
 * refused value with its message and sends nothing, goes back on Escape, and shows the saved
 * value again when it changes (an undo); a select and a checkbox save as soon as they change.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CheckField, NumberField, SelectField, TextField } from '../../../../renderer/src/ui/Fields.tsx';

const required = (t: string) => (t.trim() ? null : 'The title cannot be empty.');

describe('TextField', () => {
  it('saves once on Enter, not again when the field is then left', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<TextField label="Title" value="Go live" onCommit={onCommit} />);
    const field = screen.getByLabelText('Title');
    await user.type(field, ' day{Enter}');
    await user.tab();
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Go live day');
  });

  it('saves when the field is left', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<TextField label="Title" value="" onCommit={onCommit} />);
    await user.type(screen.getByLabelText('Title'), 'Cutover');
    await user.tab();
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Cutover');
  });

  it('keeps a refused value with its message and sends nothing; fixing it clears the message', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<TextField label="Title" value="Go live" validate={required} onCommit={onCommit} />);
    const field = screen.getByLabelText('Title');
    await user.clear(field);
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('The title cannot be empty.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('The title cannot be empty.');
    expect(field).toHaveValue('');
    await user.type(field, 'G');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Escape goes back to the saved value', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<TextField label="Title" value="Go live" onCommit={onCommit} />);
    const field = screen.getByLabelText('Title');
    await user.type(field, ' typo{Escape}');
    expect(field).toHaveValue('Go live');
    await user.tab();
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('shows the saved value again when it changes from outside (an undo)', () => {
    const { rerender } = render(<TextField label="Title" value="Go live" onCommit={() => {}} />);
    rerender(<TextField label="Title" value="Launch" onCommit={() => {}} />);
    expect(screen.getByLabelText('Title')).toHaveValue('Launch');
  });
});

describe('NumberField', () => {
  it('refuses text that is not a number and sends a number otherwise', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    render(<NumberField label="Planned" value={1000} onCommit={onCommit} />);
    const field = screen.getByLabelText('Planned');
    await user.clear(field);
    await user.type(field, '1.2m');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Planned: "1.2m" is not a number.');
    expect(onCommit).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, '1,300,000{Enter}');
    expect(onCommit).toHaveBeenCalledExactlyOnceWith(1_300_000);
  });
});

describe('SelectField and CheckField', () => {
  it('a select saves the option chosen, and nothing when the same one is chosen', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<SelectField label="Status" value="open" options={['open', 'closed']} onChange={onChange} />);
    await user.selectOptions(screen.getByLabelText('Status'), 'closed');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('closed');
  });

  it('a checkbox saves as soon as it is ticked', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CheckField label="Internal" checked={false} onChange={onChange} />);
    await user.click(screen.getByLabelText('Internal'));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(true);
  });
});
