/**
 * The table's body: virtualized rows and, when the table is interactive, a spreadsheet's keyboard
 * (arrows move the active cell, Enter or typing edits it, Escape cancels, Space selects the row)
 * and in-place editing with the message at the cell. The grid keeps the focus itself and points
 * at the active cell with aria-activedescendant, so moving through thousands of virtual rows never
 * loses it.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Cell, Row, RowData } from '@tanstack/react-table';
import {
  cellDomId,
  editorOf as columnEditor,
  GridRow,
  ROW_HEIGHT,
  type AnyColumn,
  type RowActions,
  type Spot,
} from './GridRow.tsx';
import { isTypingKey, moveActive } from './keyboard.ts';
import type { CellEditorSpec, Features } from './setup.ts';

type AnyCell<T extends RowData> = Cell<Features, T, unknown>;

/** What a cell says when main refused the change (the window's notice says why). */
export const NOT_SAVED = 'Not saved: the message at the top of the window says why.';

/** Commits one cell's new value; resolves to a message for the cell when it was not saved. */
export type CellEditHandler<T> = (
  row: T,
  columnId: string,
  value: string | boolean,
) => Promise<string | null>;

export interface TableGridProps<T extends RowData> {
  id: string;
  label: string;
  head: ReactNode;
  rows: Row<Features, T>[];
  columns: AnyColumn<T>[];
  FlexRender: (props: { cell: AnyCell<T> }) => ReactNode;
  /** Arrow keys, the active cell and Space to select; implied by `onCellEdit`. */
  interactive: boolean;
  onCellEdit?: CellEditHandler<T>;
  /** A short name for a row in field labels ("Title of Dana Whitfield"). */
  rowName?: (row: T) => string;
  /** Told when the user moves the active cell to another row (click or keyboard). */
  onActiveRow?: (row: T) => void;
}

/** A key typed on the cell starts editing a text cell with it (not a date picker's). */
const startsWithTyping = (editor: CellEditorSpec | undefined) =>
  editor?.kind === 'text' && editor.input !== 'date';

export function TableGrid<T extends RowData>(props: TableGridProps<T>) {
  const { id, label, head, rows, columns, FlexRender, interactive, onCellEdit, rowName, onActiveRow } = props;
  const gridRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Spot | null>(null);
  const [editing, setEditing] = useState<(Spot & { startText?: string }) | null>(null);
  const [message, setMessage] = useState<(Spot & { text: string }) | null>(null);
  // Whether the cell under the last mouse press was already the active one.
  const clickedActive = useRef(false);
  // Looked up on interaction only: a map of 10,000 ids rebuilt on every sort would cost more.
  const indexOf = useCallback(
    (rowId: string) => {
      const i = rows.findIndex((r) => r.id === rowId);
      return i < 0 ? undefined : i;
    },
    [rows],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  // The active cell as indices in what is shown; it falls back to the first cell when its row
  // was filtered away or its column hidden.
  const position = useMemo(() => {
    if (!active) return null;
    const row = indexOf(active.rowId);
    const col = columns.findIndex((c) => c.id === active.colId);
    return { row: row ?? 0, col: Math.max(0, col) };
  }, [active, indexOf, columns]);

  const spotAt = useCallback(
    (row: number, col: number): Spot | null => {
      const r = rows[row];
      const c = columns[col];
      return r && c ? { rowId: r.id, colId: c.id } : null;
    },
    [rows, columns],
  );

  const editorOf = (column: AnyColumn<T> | undefined) => columnEditor(column, onCellEdit !== undefined);

  const commit = async (spot: Spot, value: string | boolean) => {
    const row = rows[indexOf(spot.rowId) ?? -1];
    if (!row || !onCellEdit) return;
    setMessage(null);
    const problem = await onCellEdit(row.original, spot.colId, value);
    if (problem) setMessage({ ...spot, text: problem });
  };

  /**
   * Gives the focus back to the grid once a closed editor has left it, unless the user put it
   * elsewhere meanwhile (the click that ended the edit). After the next frame is painted:
   * focusing makes the page work out its styles and layout, which that frame has just done.
   */
  const refocusGrid = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        const grid = gridRef.current;
        const now = document.activeElement;
        if (grid && now !== grid && (now === null || now === document.body || grid.contains(now)))
          grid.focus({ preventScroll: true });
      }, 0),
    );

  /** Starts editing the cell, toggles a checkbox cell, or presses the cell's own button. */
  const activate = (spot: Spot, startText?: string) => {
    const index = indexOf(spot.rowId);
    const row = index === undefined ? undefined : rows[index];
    const column = columns.find((c) => c.id === spot.colId);
    const editor = editorOf(column);
    if (!row || !column) return;
    if (editor?.kind === 'checkbox') void commit(spot, !row.getValue(column.id));
    else if (editor) setEditing({ ...spot, ...(startText !== undefined ? { startText } : {}) });
    else if (startText === undefined) {
      const el = document.getElementById(cellDomId(id, spot.rowId, spot.colId));
      el?.querySelector<HTMLElement>('button, input[type=checkbox], a[href]')?.click();
    }
  };

  const moveTo = (spot: Spot | null) => {
    if (!spot) return;
    setActive(spot);
    setMessage((m) => (m && (m.rowId !== spot.rowId || m.colId !== spot.colId) ? null : m));
    const index = indexOf(spot.rowId);
    if (index === undefined) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const row = rows[index];
    if (row && spot.rowId !== active?.rowId) onActiveRow?.(row.original);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed in a header button, a cell's editor or its own controls are theirs.
    const onGridOrRows = e.target === e.currentTarget || e.target === scrollRef.current;
    if (!interactive || !onGridOrRows || editing) return;
    const from = position ?? { row: 0, col: 0 };
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 360) / ROW_HEIGHT) - 1);
    const next = moveActive(
      from,
      e.key,
      { rows: rows.length, cols: columns.length, page },
      e.ctrlKey || e.metaKey,
    );
    const here = spotAt(from.row, from.col);
    if (next) {
      e.preventDefault();
      moveTo(spotAt(next.row, next.col));
    } else if (!here) return;
    else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setActive(here);
      activate(here);
    } else if (e.key === ' ') {
      e.preventDefault();
      const column = columns[from.col];
      if (editorOf(column)?.kind === 'checkbox') activate(here);
      else rows[from.row]?.toggleSelected();
    } else if (e.key === 'Escape') setMessage(null);
    else if (isTypingKey(e) && startsWithTyping(editorOf(columns[from.col]))) {
      e.preventDefault();
      setActive(here);
      activate(here, e.key);
    }
  };

  const activeId = active && position ? spotAt(position.row, position.col) : null;
  // The rows call the grid through this ref: it is set anew on every render, so they always reach
  // its current state without rendering again when it changes.
  const actions = useRef<RowActions>(null as unknown as RowActions);
  actions.current = {
    moveTo,
    activate: (spot) => activate(spot),
    commit: (spot, value) => void commit(spot, value),
    committed: (spot, value, then) => {
      if (then !== 'next') {
        // Enter, or leaving the cell: the editor stays, read-only, until main has saved (or
        // refused) the value, then closes in the same frame that shows the result. The cell
        // never shows the old value in between, and the window does no work while main saves.
        const mine = editing;
        void commit(spot, value).finally(() => {
          setEditing((now) => (now === mine ? null : now));
          refocusGrid();
        });
        return;
      }
      // Tab: on to the next cell at once; the value is saved meanwhile.
      void commit(spot, value);
      setEditing(null);
      refocusGrid();
      moveTo(
        spotAt(
          indexOf(spot.rowId) ?? 0,
          Math.min(columns.length - 1, columns.findIndex((c) => c.id === spot.colId) + 1),
        ),
      );
    },
    cancelled: (spot, text) => {
      setEditing(null);
      setMessage(text ? { ...spot, text } : null);
      refocusGrid();
    },
    problem: (spot, text) => setMessage(text ? { ...spot, text } : null),
  };
  // Columns keep their width and the grid scrolls sideways, rather than every column being cut.
  const width = columns.reduce((sum, c) => sum + c.getSize(), 0);
  return (
    <div
      ref={gridRef}
      className="data-table__grid"
      role={interactive ? 'grid' : 'table'}
      aria-label={label}
      aria-rowcount={rows.length + 1}
      tabIndex={interactive ? 0 : undefined}
      aria-activedescendant={activeId ? cellDomId(id, activeId.rowId, activeId.colId) : undefined}
      style={{ '--table-width': `${width}px` } as React.CSSProperties}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const onGridOrRows = e.target === e.currentTarget || e.target === scrollRef.current;
        if (interactive && onGridOrRows && !active) setActive(spotAt(0, 0));
      }}
    >
      {head}
      {/* The rows scroll by themselves, so keyboard users can reach them too (axe: scrollable-region-focusable);
          keys pressed here bubble to the grid's own handling. */}
      <div
        ref={scrollRef}
        role="rowgroup"
        className="data-table__body"
        tabIndex={0}
        aria-label={`${label}: rows`}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <GridRow
                // By position, not by id: after a sort or a search the same row elements are reused.
                key={item.index}
                tableId={id}
                row={row}
                index={item.index}
                start={item.start}
                interactive={interactive}
                selected={interactive && row.getIsSelected()}
                columns={columns}
                activeCol={activeId?.rowId === row.id ? activeId.colId : null}
                editing={editing?.rowId === row.id ? editing : null}
                message={message?.rowId === row.id ? message : null}
                editable={onCellEdit !== undefined}
                FlexRender={FlexRender}
                rowName={rowName}
                actions={actions}
                clickedActive={clickedActive}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
