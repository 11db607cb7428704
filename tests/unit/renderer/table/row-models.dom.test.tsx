/// <reference types="@testing-library/jest-dom/vitest" />
/**
 * The table's row models (core-row-model.ts), as a table shows them: after an edit that replaces
 * one row's data, the table shows the new value, keeps the other rows' Rows (nothing made again
 * for 10,000 unchanged people), and sorts, searches and filters the edited data correctly;
 * new column definitions read every value again.
 */
import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useTable, type ColumnDef, type Row, type SortingState } from '@tanstack/react-table';
import { createSearch } from '../../../../renderer/src/table/search.ts';
import { features, getRowId, type Features } from '../../../../renderer/src/table/setup.ts';

interface Person {
  id: string;
  name: string;
  team: string;
}

const base: ColumnDef<Features, Person>[] = [
  { id: 'name', accessorKey: 'name', sortFn: 'textKey' },
  { id: 'team', accessorKey: 'team', filterFn: 'sameText' },
];

const people: Person[] = [
  { id: 'p1', name: 'Carla', team: 'ops' },
  { id: 'p2', name: 'Ana', team: 'dev' },
  { id: 'p3', name: 'Bruno', team: 'ops' },
];

/** What the test reads back from the table. */
interface Seen {
  rows: Row<Features, Person>[];
}

function Table({
  data,
  columns = base,
  sorting = [],
  search = '',
  team = '',
  seen,
}: {
  data: Person[];
  columns?: ColumnDef<Features, Person>[];
  sorting?: SortingState;
  search?: string;
  team?: string;
  seen: Seen;
}) {
  const [finder] = useState(() => createSearch<Person>(data[0], columns));
  const table = useTable({
    features,
    columns,
    data,
    getRowId,
    state: { sorting, globalFilter: search, columnFilters: team ? [{ id: 'team', value: team }] : [] },
    globalFilterFn: finder.filterFn,
    getColumnCanGlobalFilter: finder.canSearch,
  });
  const rows = table.getRowModel().rows;
  seen.rows = rows;
  return (
    <ul>
      {rows.map((r) => (
        <li key={r.id}>{`${r.getValue<string>('name')}/${r.getValue<string>('team')}`}</li>
      ))}
    </ul>
  );
}

const shown = () => screen.getAllByRole('listitem').map((li) => li.textContent);

describe('the table row models', () => {
  it('shows an edited row anew and keeps the Rows of the rows it did not change', () => {
    const seen: Seen = { rows: [] };
    const { rerender } = render(<Table data={people} seen={seen} />);
    const before = [...seen.rows];
    const edited = people.with(1, { ...people[1]!, name: 'Anabel' });
    rerender(<Table data={edited} seen={seen} />);
    expect(shown()).toEqual(['Carla/ops', 'Anabel/dev', 'Bruno/ops']);
    expect(seen.rows[0]).toBe(before[0]);
    expect(seen.rows[1]).not.toBe(before[1]);
    expect(seen.rows[2]).toBe(before[2]);
  });

  it('sorts the edited data by the new value, with the kept rows in their places', () => {
    const seen: Seen = { rows: [] };
    const sorting = [{ id: 'name', desc: false }];
    const { rerender } = render(<Table data={people} sorting={sorting} seen={seen} />);
    expect(shown()).toEqual(['Ana/dev', 'Bruno/ops', 'Carla/ops']);
    rerender(<Table data={people.with(1, { ...people[1]!, name: 'Zoe' })} sorting={sorting} seen={seen} />);
    expect(shown()).toEqual(['Bruno/ops', 'Carla/ops', 'Zoe/dev']);
  });

  it('filters and searches the edited data, and shows every row again once nothing filters', () => {
    const seen: Seen = { rows: [] };
    const { rerender } = render(<Table data={people} team="ops" seen={seen} />);
    expect(shown()).toEqual(['Carla/ops', 'Bruno/ops']);
    const moved = people.with(1, { ...people[1]!, team: 'ops' });
    rerender(<Table data={moved} team="ops" seen={seen} />);
    expect(shown()).toEqual(['Carla/ops', 'Ana/ops', 'Bruno/ops']);
    rerender(<Table data={moved} search="bru" seen={seen} />);
    expect(shown()).toEqual(['Bruno/ops']);
    rerender(<Table data={moved} seen={seen} />);
    expect(shown()).toEqual(['Carla/ops', 'Ana/ops', 'Bruno/ops']);
  });

  it('reads every value again when the column definitions change, though the data did not', () => {
    const seen: Seen = { rows: [] };
    const { rerender } = render(<Table data={people} seen={seen} />);
    // An accessor that reads more than the row (here: a label for each team).
    const labelled: ColumnDef<Features, Person>[] = [
      base[0]!,
      { id: 'team', accessorFn: (p) => (p.team === 'ops' ? 'Operations' : 'Development') },
    ];
    rerender(<Table data={people} columns={labelled} seen={seen} />);
    expect(shown()).toEqual(['Carla/Operations', 'Ana/Development', 'Bruno/Operations']);
  });

  it('finds rows by id, also after a row was added and one removed', () => {
    const seen: Seen = { rows: [] };
    const { rerender } = render(<Table data={people} seen={seen} />);
    const next = [...people.slice(1), { id: 'p4', name: 'Dora', team: 'dev' }];
    rerender(<Table data={next} seen={seen} />);
    expect(shown()).toEqual(['Ana/dev', 'Bruno/ops', 'Dora/dev']);
    const table = seen.rows[0]!.table;
    expect(table.getRow('p4').original.name).toBe('Dora');
    expect(table.getCoreRowModel().rowsById['p1']).toBeUndefined();
    expect(seen.rows.map((r) => r.index)).toEqual([0, 1, 2]);
  });
});
