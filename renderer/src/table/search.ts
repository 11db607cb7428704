/**
 * The table's global search, made for 10,000 rows: each row's searchable values are joined and
 * folded (case and accents aside) once (cached per row object and columns; rows are replaced,
 * never changed, when the data changes, so after an edit only the changed row is folded again),
 * and a keystroke tests one string per row. TanStack's default tests every column
 * of every row, and looks down the whole table to decide which columns are searchable.
 */
import type { FilterFn, Row, RowData } from '@tanstack/react-table';
import type { Features } from './setup.ts';

export interface TableSearch<T extends RowData> {
  filterFn: FilterFn<Features, T>;
  /** TanStack's `getColumnCanGlobalFilter`: true for one column only, so the search runs once per row. */
  canSearch: (column: { id: string }) => boolean;
  /**
   * Prepares the text of `rows` while `hasTime()` says so (an idle callback's deadline), so the
   * first keystroke does not pay for it; true once every row is ready.
   */
  warm: (rows: ReadonlyArray<Row<Features, T>>, hasTime: () => boolean) => boolean;
}

/** Case and accents aside: "julia" finds "Júlia". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The parts of a column definition the search reads. */
interface SearchableDef {
  id?: string;
  accessorKey?: unknown;
  accessorFn?: unknown;
  enableGlobalFilter?: boolean;
}

/** A column's id and its value in `row`, as TanStack derives them from the definition. */
function read<T>(def: SearchableDef, row: T): { id: string; value: unknown } | null {
  if (def.enableGlobalFilter === false) return null;
  if (typeof def.accessorFn === 'function' && def.id)
    return { id: def.id, value: (def.accessorFn as (row: T, index: number) => unknown)(row, 0) };
  if (typeof def.accessorKey === 'string')
    return { id: def.id ?? def.accessorKey, value: (row as Record<string, unknown>)[def.accessorKey] };
  return null;
}

/**
 * The folded text of each row object, per column definitions and searched columns: kept across
 * the searches made for each new version of the data, which shares the unchanged row objects.
 */
const haystacksFor = new WeakMap<readonly SearchableDef[], Map<string, WeakMap<object, string>>>();

function haystacksOf(columns: readonly SearchableDef[], ids: readonly string[]): WeakMap<object, string> {
  let byIds = haystacksFor.get(columns);
  if (!byIds) haystacksFor.set(columns, (byIds = new Map<string, WeakMap<object, string>>()));
  const key = ids.join('\u0000');
  let haystacks = byIds.get(key);
  if (!haystacks) byIds.set(key, (haystacks = new WeakMap()));
  return haystacks;
}

/**
 * Searches the columns holding text or numbers (judged on the first row), visible or not. Make a
 * new one when the data or the columns change; a row object's text is read once for the same columns.
 */
export function createSearch<T extends RowData>(
  first: T | undefined,
  columns: readonly SearchableDef[],
): TableSearch<T> {
  const ids =
    first === undefined
      ? []
      : columns.flatMap((def) => {
          const found = read(def, first);
          return found && (typeof found.value === 'string' || typeof found.value === 'number')
            ? [found.id]
            : [];
        });
  const haystacks = haystacksOf(columns, ids);
  const textOf = (row: Row<Features, T>): string => {
    const original = row.original as object;
    let text = haystacks.get(original);
    if (text === undefined) {
      text = ids
        .map((id) => {
          const v = row.getValue(id);
          return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
        })
        .join('\u0001');
      text = fold(text);
      haystacks.set(original, text);
    }
    return text;
  };
  const filterFn: FilterFn<Features, T> = (row, _columnId, query) => textOf(row).includes(String(query));
  filterFn.resolveFilterValue = (query: unknown) => fold(String(query));
  return {
    filterFn,
    canSearch: (column) => column.id === ids[0],
    warm: (rows, hasTime) => {
      let i = 0;
      // The clock is asked every 64 rows: after an edit nearly every row is ready, and asking
      // 10,000 times cost more than the rows.
      while (i < rows.length && hasTime()) {
        for (const end = Math.min(rows.length, i + 64); i < end; i++) {
          const row = rows[i];
          if (row) textOf(row);
        }
      }
      return i >= rows.length;
    },
  };
}
