/**
 * Reading the rows of a tracker export for the mapping step and the import: the values of a
 * column, the kind of each row, the (kind, status) pairs, and one row's cells by field.
 */
import type { CsvTable } from '../csv/parse.ts';
import type { TrackerField, TrackerMapping } from './columns.ts';
import { guessKind, type KindMap, type TrackedKind } from './values.ts';

/** Every distinct value of the column `field` fills, in the order first seen (for the mapping step). */
export function columnValues(table: CsvTable, mapping: TrackerMapping, field: TrackerField): string[] {
  const col = mapping.indexOf(field);
  if (col < 0) return [];
  const seen = new Set<string>();
  for (const r of table.rows) seen.add((r.cells[col] ?? '').trim());
  return [...seen];
}

/** The kind each row's type gives, with the user's choices. */
export function kindOf(kinds: KindMap, type: string): TrackedKind {
  return kinds[type.trim()] ?? guessKind(type);
}

/** The (kind, status) pairs the rows hold, for the status step. */
export function statusPairs(
  table: CsvTable,
  mapping: TrackerMapping,
  kinds: KindMap,
): Array<{ kind: TrackedKind; value: string }> {
  const typeCol = mapping.indexOf('type');
  const statusCol = mapping.indexOf('status');
  if (statusCol < 0) return [];
  const out = new Map<string, { kind: TrackedKind; value: string }>();
  for (const r of table.rows) {
    const value = (r.cells[statusCol] ?? '').trim();
    if (!value) continue;
    const kind = kindOf(kinds, typeCol < 0 ? '' : (r.cells[typeCol] ?? ''));
    out.set(`${kind}\n${value}`, { kind, value });
  }
  return [...out.values()];
}

/** One row's cells by field; topics from every topics column, split on commas and semicolons. */
export function readRow(cells: string[], mapping: TrackerMapping) {
  const one: Partial<Record<TrackerField, string>> = {};
  const topics: string[] = [];
  mapping.forEach((field, col) => {
    const v = (cells[col] ?? '').trim();
    if (!field || v === '') return;
    if (field === 'topics') topics.push(...v.split(/[;,]/).map((t) => t.trim()));
    else one[field] = v;
  });
  return { one, topics: topics.filter((t, i, all) => t !== '' && all.indexOf(t) === i) };
}
