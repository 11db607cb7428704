/**
 * The table's first two row models, made for edits of large tables. The core one: when the data changes, a row whose
 * data object is the same one at the same place keeps its Row (with the values, sort keys and
 * search text cached on it), so an edit that replaces one person of 10,000 builds one Row, not
 * 10,000. TanStack's own `createCoreRowModel` builds every Row again on every change of the data.
 * Rows are not kept across a change of the column definitions: a column's accessor may read
 * more than the row's data object, and its values are cached on the Row. Tables with sub-rows
 * get TanStack's own. The filtered one: while nothing filters, the core rows as they are, where
 * TanStack's gives each of the 10,000 rows two new empty filter maps on every change.
 */
import {
  constructRow,
  createCoreRowModel,
  createFilteredRowModel,
  makeObjectMap,
  skipFirstRun,
  tableMemo,
  type Row,
  type RowData,
  type RowModel,
  type Table,
  type TableFeatures,
} from '@tanstack/react-table';

/** The resets TanStack's core row model triggers after the data changed (each where its feature is on). */
interface AutoResets {
  autoResetExpanded?: () => void;
  autoResetPageIndex?: () => void;
  autoResetSorting?: () => void;
  autoResetCellSelection?: () => void;
}

/** The rows of the last model and what they were made from. */
interface Made<TFeatures extends TableFeatures, TData extends RowData> {
  data: readonly TData[];
  columns: unknown;
  rows: Row<TFeatures, TData>[];
}

/**
 * The model for `data`, reusing the rows of `last` that are still right: same data object at
 * the same index, same column definitions.
 */
export function buildCoreRowModel<TFeatures extends TableFeatures, TData extends RowData>(
  table: Table<TFeatures, TData>,
  data: readonly TData[],
  last: Made<TFeatures, TData> | null,
): { model: RowModel<TFeatures, TData>; made: Made<TFeatures, TData> } {
  const columns = table.options.columns;
  const reusable = last !== null && last.columns === columns;
  const rows = new Array<Row<TFeatures, TData>>(data.length);
  for (let i = 0; i < data.length; i++) {
    const original = data[i] as TData;
    rows[i] =
      (reusable && last.data[i] === original ? last.rows[i] : undefined) ??
      constructRow(table, table.getRowId(original, i), original, i, 0);
  }
  // Rows by id, made when first asked for (selecting, finding a row by id): an index of 10,000
  // ids is not made again for every edit.
  let byId: Record<string, Row<TFeatures, TData>> | undefined;
  const model: RowModel<TFeatures, TData> = {
    rows,
    flatRows: rows.slice(),
    get rowsById() {
      if (!byId) {
        byId = makeObjectMap<Row<TFeatures, TData>>();
        for (const row of rows) byId[row.id] = row;
      }
      return byId;
    },
  };
  return { model, made: { data, columns, rows } };
}

/** For the `coreRowModel` slot of `tableFeatures`: TanStack's core row model, keeping unchanged rows. */
export function createReusingCoreRowModel<TFeatures extends TableFeatures, TData extends RowData>() {
  return (table: Table<TFeatures, TData>): (() => RowModel<TFeatures, TData>) => {
    // Rows with sub-rows (a tree) are TanStack's own business.
    if (table.options.getSubRows) return createCoreRowModel<TFeatures, TData>()(table);
    let last: Made<TFeatures, TData> | null = null;
    return tableMemo({
      feature: 'coreRowModelsFeature',
      table,
      fnName: 'table.getCoreRowModel',
      // The columns too: their values are cached on the rows (TanStack's own keeps them).
      memoDeps: () => [table.options.data, table.options.columns],
      fn: () => {
        const { model, made } = buildCoreRowModel(table, table.options.data, last);
        last = made;
        return model;
      },
      onAfterUpdate: skipFirstRun(() => {
        const resets = table as unknown as AutoResets;
        resets.autoResetExpanded?.();
        resets.autoResetPageIndex?.();
        resets.autoResetSorting?.();
        resets.autoResetCellSelection?.();
      }),
    });
  };
}

/** The filter state a filtered row model reads. */
interface FilterAtoms {
  atoms: {
    columnFilters?: { get: () => readonly unknown[] | undefined };
    globalFilter?: { get: () => unknown };
  };
}

/**
 * For the `filteredRowModel` slot: TanStack's filtered row model while a column filter or the
 * search is set, and the rows before filtering, untouched, while none is.
 */
export function createQuickFilteredRowModel<TFeatures extends TableFeatures, TData extends RowData>() {
  const filtering = createFilteredRowModel<TFeatures, TData>();
  return (table: Table<TFeatures, TData>): (() => RowModel<TFeatures, TData>) => {
    const filtered = filtering(table);
    const { atoms } = table as unknown as FilterAtoms;
    return () => {
      const search = atoms.globalFilter?.get();
      const filters =
        (atoms.columnFilters?.get()?.length ?? 0) > 0 ||
        (search !== undefined && search !== null && search !== '');
      return filters ? filtered() : table.getPreFilteredRowModel();
    };
  };
}
