/** The app's table: sortable headers, a global search, and virtualized rows for large maps. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTable, type ColumnDef, type Row, type RowData } from '@tanstack/react-table';
import { features, getRowId, type Features } from './setup.ts';

const ROW_HEIGHT = 36;

export function DataTable<T extends RowData & { id: string }>({
  data,
  columns,
  label,
  searchPlaceholder = 'Search',
}: {
  data: T[];
  columns: ColumnDef<Features, T>[];
  label: string;
  searchPlaceholder?: string;
}) {
  const [globalFilter, setGlobalFilter] = useState('');
  const table = useTable({
    features,
    columns,
    data,
    getRowId,
    state: { globalFilter },
    onGlobalFilterChange: setGlobalFilter,
    globalFilterFn: 'includesString',
  });
  const rows = table.getRowModel().rows;
  return (
    <div className="data-table">
      <div className="data-table__tools">
        <input
          type="search"
          className="data-table__search"
          placeholder={searchPlaceholder}
          aria-label={`Search ${label}`}
          value={globalFilter}
          onChange={(e) => setGlobalFilter(e.target.value)}
        />
        <span className="muted" data-testid="row-count">
          {rows.length} of {data.length}
        </span>
      </div>
      <div className="data-table__grid" role="table" aria-label={label} aria-rowcount={rows.length + 1}>
        <div role="rowgroup" className="data-table__head">
          {table.getHeaderGroups().map((group) => (
            <div role="row" key={group.id} className="data-table__row">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <div
                    role="columnheader"
                    key={header.id}
                    className="data-table__cell data-table__cell--head"
                    style={{ flex: `${header.column.getSize()} 0 0` }}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
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
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <VirtualRows rows={rows} table={table} />
      </div>
    </div>
  );
}

function VirtualRows<T extends RowData>({
  rows,
  table,
}: {
  rows: Row<Features, T>[];
  table: {
    FlexRender: (props: { cell: ReturnType<Row<Features, T>['getAllCells']>[number] }) => React.ReactNode;
  };
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 10,
  });
  return (
    <div ref={scrollRef} role="rowgroup" className="data-table__body">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              role="row"
              key={row.id}
              data-row-id={row.id}
              className="data-table__row"
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
              }}
            >
              {row.getAllCells().map((cell) => (
                <div
                  role="cell"
                  key={cell.id}
                  className="data-table__cell"
                  style={{ flex: `${cell.column.getSize()} 0 0` }}
                >
                  <table.FlexRender cell={cell} />
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
