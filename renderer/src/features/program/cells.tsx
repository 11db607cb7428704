/**
 * The record tables' cells. Editing goes through the one cell editor of the table (its keyboard,
 * its checks): a column declares its editor in `meta` with the helpers below, and a section hands
 * `useRecordCellEdit(collection)` to its DataTable, which turns a committed value into one
 * undoable change of the item.
 */
import { useCallback, useMemo } from 'react';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { NOUNS, type ItemOf, type RecordCollection } from '../../../../shared/record/collections.ts';
import { parseDate, parseNumber, parseTitle } from '../../../../shared/record/fields.ts';
import { NOT_SAVED, type CellEditHandler } from '../../table/TableGrid.tsx';
import type { CellEditorSpec, Choice, ColumnMeta } from '../../table/setup.ts';
import { useProgram } from './context.tsx';
import { MissingBusinessMark } from './phrasings.tsx';

/** What a column of a record table spreads into its definition: its editor and how it shows. */
interface Editable<V> {
  meta: ColumnMeta;
  cell: (c: { getValue: () => V }) => React.ReactNode;
}

const options = (values: readonly string[]): Choice[] => values.map((v) => ({ value: v, label: v }));
const message = <T,>(p: { ok: true; value: T } | { ok: false; message: string }) => (p.ok ? null : p.message);

/** Free text; `required` for a title. */
export function textEditor(what: string, required = false): Editable<string> {
  const editor: CellEditorSpec = required
    ? { kind: 'text', validate: (t) => message(parseTitle(t, `The ${what}`)) }
    : { kind: 'text' };
  return { meta: { editor }, cell: (c) => c.getValue() };
}

/** One of a fixed list (a status, a trend), shown as a pill. */
export function choiceEditor(values: readonly string[]): Editable<string> {
  return {
    meta: { editor: { kind: 'select', options: options(values) } },
    cell: (c) => <span className={`pill pill--${c.getValue()}`}>{c.getValue()}</span>,
  };
}

/** A stakeholder, picked by name from `people`. */
export function personEditor(people: readonly Choice[]): Editable<string> {
  const names = new Map(people.map((p) => [p.value, p.label]));
  return {
    meta: { editor: { kind: 'select', options: people } },
    cell: (c) => names.get(c.getValue()) ?? c.getValue(),
  };
}

/** A date (YYYY-MM-DD in the editor), shown as the documents write dates. */
export function dateEditor(what: string): Editable<string> {
  return {
    meta: { editor: { kind: 'text', input: 'date', validate: (t) => message(parseDate(t, what)) } },
    cell: (c) => (c.getValue() ? formatDate(c.getValue()) : '—'),
  };
}

/** A number; a likelihood or an impact (`likert`) is picked from 1 to 5. */
export function numberEditor(what: string, likert = false): Editable<number> {
  const editor: CellEditorSpec = likert
    ? { kind: 'select', options: options(['1', '2', '3', '4', '5']) }
    : { kind: 'text', input: 'decimal', validate: (t) => message(parseNumber(t, what)) };
  return { meta: { editor }, cell: (c) => String(c.getValue()) };
}

/** A yes/no flag, ticked in the cell. */
export const flagEditor: { meta: ColumnMeta } = { meta: { editor: { kind: 'checkbox' } } };

/** The people of the program as choices, sorted by name. */
export function usePeopleChoices(): Choice[] {
  const { people } = useProgram();
  return useMemo(() => people.map((p) => ({ value: p.id, label: p.name })), [people]);
}

/** "ownerId" → "owner", "neededBy" → "needed by": a field in words, for the undo label. */
const inWords = (field: string) =>
  field
    .replace(/Id$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/**
 * Sets the edited field of an item, as one undoable change: the text is trimmed, a number field
 * gets a number. The column's id is the field's name.
 */
export function useRecordCellEdit<C extends RecordCollection>(collection: C): CellEditHandler<ItemOf<C>> {
  const { patch } = useProgram();
  return useCallback(
    async (item, field, value) => {
      const current: unknown = (item as Record<string, unknown>)[field];
      let next: string | number | boolean = typeof value === 'string' ? value.trim() : value;
      if (typeof current === 'number' && typeof next === 'string') {
        const n = parseNumber(next);
        if (!n.ok) return n.message;
        next = n.value;
      }
      const saved = await patch(collection, item.id, `edit ${NOUNS[collection]} ${inWords(field)}`, (x) => ({
        ...x,
        [field]: next,
      }));
      return saved ? null : NOT_SAVED;
    },
    [patch, collection],
  );
}

/** The row's name in its fields' labels ("Status of Go live"). */
export const itemTitle = (item: { title: string }) => item.title;

/** One phrasing, read-only in the table (edited in the form); an empty business one is marked. */
export function PhrasingCell({ text, business }: { text: string; business?: boolean }) {
  if (business && text.trim() === '') return <MissingBusinessMark />;
  return (
    <span className="phrasing-cell" title={text}>
      {text}
    </span>
  );
}

/** Topics as small tags. */
export function TopicsCell({ topics }: { topics: string[] }) {
  return (
    <span className="topics-cell">
      {topics.map((t) => (
        <span key={t} className="chip-tag chip-tag--topic chip-tag--small">
          {t}
        </span>
      ))}
    </span>
  );
}
