/**
 * One row of the table's body, with its cells: the active cell, the one being edited and the
 * message at a cell that was not saved. Memoized on the row's data object: after an edit that
 * replaces one person, only that person's row renders again (rows are replaced, never changed).
 */
import { memo, type ReactNode, type RefObject } from 'react';
import type { Cell, Column, Row, RowData } from '@tanstack/react-table';
import { CellEditor } from './CellEditor.tsx';
import type { Features } from './setup.ts';
import { columnLabel } from './TableTools.tsx';

export const ROW_HEIGHT = 36;

type AnyCell<T extends RowData> = Cell<Features, T, unknown>;
export type AnyColumn<T extends RowData> = Column<Features, T, unknown>;

/** A cell, by its row's and column's ids. */
export interface Spot {
  rowId: string;
  colId: string;
}

/** What a row asks of the grid; read through a ref, so a row need not render again when they change. */
export interface RowActions {
  moveTo: (spot: Spot) => void;
  activate: (spot: Spot) => void;
  commit: (spot: Spot, value: string | boolean) => void;
  /** The editor closed with its value: stop editing, move on (`then`), save. */
  committed: (spot: Spot, value: string | boolean, then?: 'next') => void;
  cancelled: (spot: Spot, text?: string | null) => void;
  problem: (spot: Spot, text: string | null) => void;
}

export interface GridRowProps<T extends RowData> {
  tableId: string;
  row: Row<Features, T>;
  index: number;
  start: number;
  interactive: boolean;
  selected: boolean;
  /** The visible columns (their identity changes when the columns shown do). */
  columns: AnyColumn<T>[];
  /** This row's active column, its cell being edited and its cell's message; null elsewhere. */
  activeCol: string | null;
  editing: { colId: string; startText?: string } | null;
  message: { colId: string; text: string } | null;
  editable: boolean;
  FlexRender: (props: { cell: AnyCell<T> }) => ReactNode;
  rowName: ((row: T) => string) | undefined;
  actions: RefObject<RowActions>;
  /** Whether the cell under the last mouse press was already the active one. */
  clickedActive: RefObject<boolean>;
}

/** A cell's value as the text an editor starts from. */
const asText = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

export const cellDomId = (tableId: string, rowId: string, colId: string) =>
  `${tableId}-${encodeURIComponent(rowId)}-${encodeURIComponent(colId)}`;

/** The cell editor a column declares, where the table edits at all. */
export const editorOf = <T extends RowData>(column: AnyColumn<T> | undefined, editable: boolean) =>
  editable ? column?.columnDef.meta?.editor : undefined;

function GridRowOf<T extends RowData>(props: GridRowProps<T>) {
  const { tableId, row, index, start, interactive, selected, activeCol, editing, message } = props;
  const { editable, FlexRender, rowName, actions, clickedActive } = props;
  return (
    <div
      role="row"
      data-row-id={row.id}
      aria-rowindex={index + 2}
      aria-selected={interactive ? selected : undefined}
      className={selected ? 'data-table__row is-selected' : 'data-table__row'}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: ROW_HEIGHT,
        transform: `translateY(${start}px)`,
      }}
    >
      {row.getVisibleCells().map((cell) => {
        const column = cell.column;
        const spot = { rowId: row.id, colId: column.id };
        const isActive = activeCol === column.id;
        const isEditing = editing?.colId === column.id;
        const note = message?.colId === column.id ? message.text : null;
        const editor = editorOf(column, editable);
        const domId = cellDomId(tableId, row.id, column.id);
        const fieldLabel = `${columnLabel(column)}${rowName ? ` of ${rowName(row.original)}` : ''}`;
        const classes = ['data-table__cell'];
        if (isActive) classes.push('is-active');
        if (isEditing || note) classes.push('is-editing');
        if (editor) classes.push('is-editable');
        return (
          <div
            role={interactive ? 'gridcell' : 'cell'}
            id={domId}
            data-col={column.id}
            key={column.id}
            className={classes.join(' ')}
            style={{ flex: `${column.getSize()} 0 ${column.getSize()}px` }}
            aria-invalid={note ? true : undefined}
            onMouseDown={
              interactive
                ? () => {
                    // A click on the active cell edits it, as a second click does in a
                    // spreadsheet; a double click edits any cell.
                    clickedActive.current = isActive;
                    actions.current.moveTo(spot);
                  }
                : undefined
            }
            onClick={
              editor && editor.kind !== 'checkbox' && !isEditing
                ? () => {
                    if (clickedActive.current) actions.current.activate(spot);
                  }
                : undefined
            }
            onDoubleClick={
              editor && editor.kind !== 'checkbox' && !isEditing
                ? () => actions.current.activate(spot)
                : undefined
            }
          >
            {isEditing && editor && editor.kind !== 'checkbox' ? (
              <CellEditor
                spec={editor}
                value={asText(cell.getValue())}
                {...(editing.startText !== undefined ? { startText: editing.startText } : {})}
                label={fieldLabel}
                messageId={`${domId}-message`}
                onProblem={(text) => actions.current.problem(spot, text)}
                onCommit={(value, then) => actions.current.committed(spot, value, then)}
                onCancel={(text) => actions.current.cancelled(spot, text)}
              />
            ) : editor?.kind === 'checkbox' ? (
              <input
                type="checkbox"
                tabIndex={-1}
                aria-label={fieldLabel}
                checked={Boolean(cell.getValue())}
                onChange={() => actions.current.commit(spot, !cell.getValue())}
              />
            ) : (
              <FlexRender cell={cell} />
            )}
            {note && (
              <div className="cell-message" role="alert" id={`${domId}-message`}>
                {note}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** Equal when the row's data and everything the row shows of the grid's state are the same. */
function sameRow<T extends RowData>(a: GridRowProps<T>, b: GridRowProps<T>): boolean {
  return (
    a.row.original === b.row.original &&
    a.row.id === b.row.id &&
    a.index === b.index &&
    a.start === b.start &&
    a.selected === b.selected &&
    a.interactive === b.interactive &&
    a.columns === b.columns &&
    a.activeCol === b.activeCol &&
    a.editing === b.editing &&
    a.message === b.message &&
    a.editable === b.editable &&
    a.FlexRender === b.FlexRender &&
    a.rowName === b.rowName &&
    a.tableId === b.tableId
  );
}

export const GridRow = memo(GridRowOf, sameRow) as typeof GridRowOf;
