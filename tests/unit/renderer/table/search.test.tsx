import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../../renderer/src/table/search.ts';

interface Person {
  id: string;
  name: string;
  email: string;
  hidden: boolean;
}

const people: Person[] = [
  { id: '1', name: 'Júlia García', email: 'julia@example.com', hidden: false },
  { id: '2', name: 'Ben Li', email: 'ben@corp.example', hidden: true },
];

// A row as TanStack hands it to a filter function, enough for the search.
const row = (p: Person) => ({ original: p, getValue: (id: string) => p[id as keyof Person] }) as never;

describe('createSearch', () => {
  it('matches any text column, case and accents aside, hidden or not, and searches through one column only', () => {
    const columns = [
      { accessorKey: 'name' },
      { accessorKey: 'email' },
      { accessorKey: 'hidden' },
      { id: 'actions' },
    ];
    const search = createSearch<Person>(people[0], columns);
    const query = search.filterFn.resolveFilterValue?.('CORP') as string;
    expect(people.filter((p) => search.filterFn(row(p), 'name', query)).map((p) => p.id)).toEqual(['2']);
    // Case and accents aside, both ways.
    for (const typed of ['julia', 'JÚLIA', 'garcia'])
      expect(
        search.filterFn(row(people[0]!), 'name', search.filterFn.resolveFilterValue?.(typed) as string),
      ).toBe(true);
    expect(search.canSearch({ id: 'name' })).toBe(true);
    expect(search.canSearch({ id: 'email' })).toBe(false);
  });

  it('leaves out columns a definition excludes from the search', () => {
    const search = createSearch<Person>(people[0], [
      { accessorKey: 'name' },
      { accessorKey: 'email', enableGlobalFilter: false },
    ]);
    expect(search.filterFn(row(people[1]!), 'name', 'corp')).toBe(false);
  });

  it('finds an edited row by its new text and the rows it kept by theirs, in the search made for the new data', () => {
    const columns = [{ accessorKey: 'name' }, { accessorKey: 'email' }];
    const before = createSearch<Person>(people[0], columns);
    const find = (search: typeof before, rows: Person[], typed: string) =>
      rows
        .filter((p) => search.filterFn(row(p), 'name', search.filterFn.resolveFilterValue?.(typed) as string))
        .map((p) => p.id);
    expect(find(before, people, 'ben')).toEqual(['2']);
    // An edit replaces the one person it changes; the other keeps its object.
    const edited = [people[0]!, { ...people[1]!, name: 'Benedikt Lindqvist' }];
    const after = createSearch<Person>(edited[0], columns);
    expect(find(after, edited, 'lindqvist')).toEqual(['2']);
    expect(find(after, edited, 'garcia')).toEqual(['1']);
    // Other columns over the same row objects read their own text.
    const byEmail = createSearch<Person>(edited[0], [{ accessorKey: 'email' }]);
    expect(find(byEmail, edited, 'garcia')).toEqual([]);
    expect(find(byEmail, edited, 'corp')).toEqual(['2']);
  });
});
