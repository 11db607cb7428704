/**
 * Moving the active cell with the keyboard, as spreadsheets do: arrows by one cell, Home and End
 * to the row's ends (with Ctrl, the table's), Page Up and Page Down by a screenful.
 */

/** A cell by its place in what is shown: row index in the rows as sorted and filtered, column index. */
export interface CellPosition {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
  /** Rows per screenful, for Page Up / Page Down. */
  page: number;
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

/**
 * Where the active cell goes for `key`, or null when the key does not move it. Always inside
 * the grid; null for an empty grid.
 */
export function moveActive(
  from: CellPosition,
  key: string,
  size: GridSize,
  ctrl = false,
): CellPosition | null {
  if (size.rows === 0 || size.cols === 0) return null;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const at = { row: clamp(from.row, lastRow), col: clamp(from.col, lastCol) };
  switch (key) {
    case 'ArrowUp':
      return { ...at, row: ctrl ? 0 : clamp(at.row - 1, lastRow) };
    case 'ArrowDown':
      return { ...at, row: ctrl ? lastRow : clamp(at.row + 1, lastRow) };
    case 'ArrowLeft':
      return { ...at, col: clamp(at.col - 1, lastCol) };
    case 'ArrowRight':
      return { ...at, col: clamp(at.col + 1, lastCol) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { ...at, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { ...at, col: lastCol };
    case 'PageUp':
      return { ...at, row: clamp(at.row - Math.max(1, size.page), lastRow) };
    case 'PageDown':
      return { ...at, row: clamp(at.row + Math.max(1, size.page), lastRow) };
    default:
      return null;
  }
}

/** True for a key that types a character (starts editing a text cell with it), not a shortcut. */
export function isTypingKey(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  return e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey;
}
