/**
 * The app's table: sortable headers, a global search and virtualized rows for large maps. Opt in
 * to more: per-column filters and in-place editors (declared in column `meta`, see setup.ts),
 * a column picker, row selection, and the spreadsheet keyboard that comes with editing or
 * selection. Read-only callers pass only data, columns and a label.
 */
import {
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import {
  functionalUpdate,
  useTable,
  type ColumnDef,
  type ColumnVisibilityState,
  type RowData,
  type RowSelectionState,
} from '@tanstack/react-table';
import { createSearch } from './search.ts';
import { features, getRowId, type Features } from './setup.ts';
import { TableGrid, type CellEditHandler } from './TableGrid.tsx';
import { TableTools } from './TableTools.tsx';
import './table.css';

export type { RowSelectionState } from '@tanstack/react-table';

/** What the screen around a table can ask of it. */
export interface DataTableHandle<T> {
  /** The rows as shown now: filtered, searched and sorted. */
  shownRows: () => T[];
}

export interface DataTableProps<T extends RowData & { id: string }> {
  data: T[];
  columns: ColumnDef<Features, T>[];
  label: string;
  searchPlaceholder?: string;
  /** Commits an in-place edit; resolves to a message shown at the cell when it was not saved. */
  onCellEdit?: CellEditHandler<T>;
  /** Adds a checkbox column; the selection is the caller's (ids of selected rows). */
  selection?: { selected: RowSelectionState; onChange: (next: RowSelectionState) => void };
  /** Offers the column picker, starting from these columns hidden (id: false). */
  initialColumnVisibility?: ColumnVisibilityState;
  /** A short name for a row, for the labels of its fields and checkbox. */
  rowName?: (row: T) => string;
  /** Told when the user moves the active cell to another row. */
  onActiveRow?: (row: T) => void;
  /** More controls at the end of the tool bar. */
  tools?: ReactNode;
  handleRef?: Ref<DataTableHandle<T>>;
}

function Checkbox({
  checked,
  indeterminate = false,
  label,
  onChange,
}: {
  checked: boolean;
  indeterminate?: boolean;
  label: string;
  onChange: (checked: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      tabIndex={-1}
      className="row-check"
      aria-label={label}
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

function selectColumn<T extends RowData & { id: string }>(
  rowName: ((row: T) => string) | undefined,
): ColumnDef<Features, T> {
  return {
    id: 'select',
    size: 34,
    enableSorting: false,
    enableHiding: false,
    enableGlobalFilter: false,
    meta: { label: 'Select' },
    header: ({ table }) => {
      const model = table.getRowModel();
      const shown = model.rows;
      // Counted from the selection (usually small), not by asking each of 10,000 rows.
      const count = Object.keys(table.atoms.rowSelection.get()).filter((id) => model.rowsById[id]).length;
      return (
        <Checkbox
          label="Select all shown"
          checked={shown.length > 0 && count === shown.length}
          indeterminate={count > 0 && count < shown.length}
          onChange={(on) =>
            table.setRowSelection((old) => {
              const next = { ...old };
              for (const r of shown) {
                if (on) next[r.id] = true;
                else delete next[r.id];
              }
              return next;
            })
          }
        />
      );
    },
    cell: ({ row }) => (
      <Checkbox
        label={`Select ${rowName ? rowName(row.original) : row.id}`}
        checked={row.getIsSelected()}
        onChange={(on) => row.toggleSelected(on)}
      />
    ),
  };
}

export function DataTable<T extends RowData & { id: string }>({
  data,
  columns,
  label,
  searchPlaceholder = 'Search',
  onCellEdit,
  selection,
  initialColumnVisibility,
  rowName,
  onActiveRow,
  tools,
  handleRef,
}: DataTableProps<T>) {
  const id = useId();
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(
    initialColumnVisibility ?? {},
  );
  const [ownSelection, setOwnSelection] = useState<RowSelectionState>({});
  const selectable = selection !== undefined;
  const allColumns = useMemo(
    () => (selectable ? [selectColumn(rowName), ...columns] : columns),
    [selectable, rowName, columns],
  );
  const rowSelection = selection?.selected ?? ownSelection;
  // A new search (and its cache) whenever the rows or the columns change.
  const search = useMemo(() => createSearch<T>(data[0], allColumns), [data, allColumns]);
  const table = useTable({
    features,
    columns: allColumns,
    data,
    getRowId,
    state: { globalFilter, columnVisibility, rowSelection },
    onGlobalFilterChange: setGlobalFilter,
    onColumnVisibilityChange: setColumnVisibility,
    onRowSelectionChange: (updater) => {
      const next = functionalUpdate(updater, rowSelection);
      if (selection) selection.onChange(next);
      else setOwnSelection(next);
    },
    enableRowSelection: selectable,
    globalFilterFn: search.filterFn,
    getColumnCanGlobalFilter: search.canSearch,
  });
  const rows = table.getRowModel().rows;
  // Prepare the search text of every row in idle time, a slice at a time.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      const done = search.warm(table.getCoreRowModel().rows, () => deadline.timeRemaining() > 2);
      if (!done) handle = requestIdleCallback(step);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [search, table]);
  useImperativeHandle(
    handleRef,
    () => ({ shownRows: () => table.getRowModel().rows.map((r) => r.original) }),
    [table],
  );
  const visible = table.getVisibleLeafColumns();
  const head = (
    <div role="rowgroup" className="data-table__head">
      {table.getHeaderGroups().map((group) => (
        <div role="row" key={group.id} className="data-table__row">
          {group.headers
            .filter((header) => header.column.getIsVisible())
            .map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <div
                  role="columnheader"
                  key={header.id}
                  className="data-table__cell data-table__cell--head"
                  style={{ flex: `${header.column.getSize()} 0 ${header.column.getSize()}px` }}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                >
                  {header.column.getCanSort() ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <table.FlexRender header={header} />
                      <span className="sort-mark">
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </span>
                    </button>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </div>
              );
            })}
        </div>
      ))}
    </div>
  );
  return (
    <div className="data-table">
      <TableTools
        label={label}
        searchPlaceholder={searchPlaceholder}
        search={globalFilter}
        onSearch={setGlobalFilter}
        shown={rows.length}
        total={data.length}
        columns={table.getAllLeafColumns()}
        columnPicker={initialColumnVisibility !== undefined}
      >
        {tools}
      </TableTools>
      <TableGrid
        id={id}
        label={label}
        head={head}
        rows={rows}
        columns={visible}
        FlexRender={table.FlexRender}
        interactive={onCellEdit !== undefined || selectable}
        {...(onCellEdit ? { onCellEdit } : {})}
        {...(rowName ? { rowName } : {})}
        {...(onActiveRow ? { onActiveRow } : {})}
      />
    </div>
  );
}
