/**
 * The one table setup every table in the app shares (TanStack Table v9): which features exist,
 * their row models, and the sort and filter functions registered once.
 */
import {
  columnFilteringFeature,
  columnSizingFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type RowData,
} from '@tanstack/react-table';

export const features = tableFeatures({
  columnSizingFeature,
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString },
});

export type Features = typeof features;

/** A typed column helper for rows of type `Row`. */
export function columnsFor<Row extends RowData>() {
  return createColumnHelper<Features, Row>();
}

/** Every row in the app has a stable id; tables key rows by it, not by index. */
export const getRowId = (row: { id: string }) => row.id;
