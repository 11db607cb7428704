/// <reference types="@testing-library/jest-dom/vitest" />
/**
 * Editing a cell of the table, as a user sees it while main saves: the value typed stays in the
 * cell's field, read-only, until main answers; then the cell shows what was saved (or, refused,
 * the old value with the reason at the cell), and the grid has the focus again.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataTable } from '../../../../renderer/src/table/DataTable.tsx';
import { columnsFor } from '../../../../renderer/src/table/setup.ts';

interface Person {
  id: string;
  name: string;
}

const column = columnsFor<Person>();
const columns = [
  column.accessor('name', { header: 'Name', meta: { label: 'Name', editor: { kind: 'text' } } }),
];

// jsdom lays nothing out: give the scrolling rows a size, so the virtualizer shows them.
const sizes = ['clientHeight', 'clientWidth'] as const;
const jsdomSizes = sizes.map((k) => Object.getOwnPropertyDescriptor(Element.prototype, k));
beforeAll(() => {
  for (const [k, px] of [
    ['clientHeight', 400],
    ['clientWidth', 800],
  ] as const)
    Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => px });
});
afterAll(() => {
  for (const k of sizes) Reflect.deleteProperty(HTMLElement.prototype, k);
  expect(sizes.map((k) => Object.getOwnPropertyDescriptor(Element.prototype, k))).toEqual(jsdomSizes);
});

function Harness({ people, save }: { people: Person[]; save: (value: string) => Promise<string | null> }) {
  return (
    <DataTable
      data={people}
      columns={columns as never}
      label="People"
      onCellEdit={(_row, _col, value) => save(String(value))}
    />
  );
}

describe('editing a cell while main saves', () => {
  it('keeps the typed value in a read-only field until the answer, then shows it saved with the focus on the grid', async () => {
    let answer: (problem: string | null) => void = () => undefined;
    const saved: string[] = [];
    const people = [{ id: 'a', name: 'Ada' }];
    const { rerender } = render(
      <Harness
        people={people}
        save={(value) => {
          saved.push(value);
          return new Promise((resolve) => (answer = resolve));
        }}
      />,
    );
    const user = userEvent.setup();
    const grid = screen.getByRole('grid', { name: 'People' });
    await user.dblClick(await within(grid).findByText('Ada'));
    const field = within(grid).getByRole('textbox');
    await user.clear(field);
    await user.type(field, 'Ada Lovelace{Enter}');
    expect(saved).toEqual(['Ada Lovelace']);
    // Main has not answered: the field is still there, showing the value, and takes no more keys.
    expect(field).toBeInTheDocument();
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveValue('Ada Lovelace');
    // Main saved it: the window gets the new program and the edit's answer together.
    await act(async () => {
      rerender(<Harness people={[{ id: 'a', name: 'Ada Lovelace' }]} save={() => Promise.resolve(null)} />);
      answer(null);
      await Promise.resolve();
    });
    await waitFor(() => expect(within(grid).queryByRole('textbox')).toBeNull());
    expect(within(grid).getByText('Ada Lovelace')).toBeInTheDocument();
    await waitFor(() => expect(grid).toHaveFocus());
  });

  it('shows the old value and the reason at the cell when main refuses it', async () => {
    const people = [{ id: 'a', name: 'Ada' }];
    render(<Harness people={people} save={() => Promise.resolve('Not saved: the file is locked.')} />);
    const user = userEvent.setup();
    const grid = screen.getByRole('grid', { name: 'People' });
    await user.dblClick(await within(grid).findByText('Ada'));
    await user.type(within(grid).getByRole('textbox'), ' B{Enter}');
    await waitFor(() => expect(within(grid).queryByRole('textbox')).toBeNull());
    expect(within(grid).getByText('Ada')).toBeInTheDocument();
    expect(within(grid).getByRole('alert')).toHaveTextContent('Not saved: the file is locked.');
  });
});
