/** The table's tool bar: the global search, the row count, per-column filters and the column picker. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Column, RowData } from '@tanstack/react-table';
import type { Features } from './setup.ts';

type AnyColumn<T extends RowData> = Column<Features, T, unknown>;

/** A column's name for people: its meta label, else its header when that is text, else its id. */
export function columnLabel<T extends RowData>(column: AnyColumn<T>): string {
  const header = column.columnDef.header;
  return column.columnDef.meta?.label ?? (typeof header === 'string' && header ? header : column.id);
}

export function TableTools<T extends RowData>({
  label,
  searchPlaceholder,
  search,
  onSearch,
  shown,
  total,
  columns,
  columnPicker,
  children,
}: {
  label: string;
  searchPlaceholder: string;
  search: string;
  onSearch: (value: string) => void;
  shown: number;
  total: number;
  columns: AnyColumn<T>[];
  columnPicker: boolean;
  children?: ReactNode;
}) {
  const filterable = columns.filter((c) => c.columnDef.meta?.filter);
  const filtered = filterable.some((c) => c.getIsFiltered());
  return (
    <div className="data-table__tools">
      <input
        type="search"
        className="data-table__search"
        placeholder={searchPlaceholder}
        aria-label={`Search ${label}`}
        value={search}
        onChange={(e) => onSearch(e.target.value)}
      />
      {filterable.length > 0 && (
        <div className="data-table__filters" role="group" aria-label={`Filter ${label}`}>
          {filterable.map((column) => {
            const spec = column.columnDef.meta?.filter;
            if (!spec) return null;
            const value = column.getFilterValue();
            return (
              <label
                key={column.id}
                className={
                  column.getIsFiltered() ? 'data-table__filter data-table__filter--on' : 'data-table__filter'
                }
              >
                <span>{spec.label}</span>
                <select
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => column.setFilterValue(e.target.value || undefined)}
                >
                  <option value="">any</option>
                  {spec.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </label>
            );
          })}
          {filtered && (
            <button
              type="button"
              className="link"
              onClick={() => filterable.forEach((c) => c.setFilterValue(undefined))}
            >
              Clear filters
            </button>
          )}
        </div>
      )}
      <span className="muted" data-testid="row-count">
        {shown} of {total}
      </span>
      <div className="data-table__extra">
        {children}
        {columnPicker && <ColumnPicker label={label} columns={columns} />}
      </div>
    </div>
  );
}

function ColumnPicker<T extends RowData>({ label, columns }: { label: string; columns: AnyColumn<T>[] }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !ref.current?.contains(e.target as Node))
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  const hideable = columns.filter((c) => c.getCanHide());
  const hidden = hideable.filter((c) => !c.getIsVisible()).length;
  return (
    <div className="column-picker" ref={ref}>
      <button type="button" aria-expanded={open} onClick={() => setOpen((x) => !x)}>
        Columns{hidden > 0 ? ` (${hidden} hidden)` : ''}
      </button>
      {open && (
        <div className="column-picker__panel" role="group" aria-label={`Columns of ${label}`}>
          {hideable.map((column) => (
            <label key={column.id}>
              <input
                type="checkbox"
                checked={column.getIsVisible()}
                onChange={(e) => column.toggleVisibility(e.target.checked)}
              />
              {columnLabel(column)}
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
