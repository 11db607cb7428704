/** Table cells that edit one field of one record item in place, through the shared EditableCell. */
import { formatDate } from '../../../../shared/domain/dates.ts';
import { NOUNS, type RecordCollection } from '../../../../shared/record/collections.ts';
import { parseDate, parseLikert, parseNumber, parseTitle } from '../../../../shared/record/fields.ts';
import { EditableCell } from '../../table/EditableCell.tsx';
import { useProgram } from './context.tsx';
import { MissingBusinessMark } from './fields.tsx';

interface Target {
  collection: RecordCollection;
  id: string;
  /** The item's title, to name it in labels ("Status of Go live"). */
  title: string;
  field: string;
  /** The field in words, for labels and undo ("status", "likely date"). */
  name: string;
}

/** Sets one field of the target item, as one undoable edit. */
function useSetter({ collection, id, field, name }: Target): (value: unknown) => void {
  const { patch } = useProgram();
  return (value) =>
    void patch(collection, id, `edit ${NOUNS[collection]} ${name}`, (x) => ({ ...x, [field]: value }));
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Free text; a title may not be empty. */
export function TextCell(props: Target & { value: string }) {
  const set = useSetter(props);
  return (
    <EditableCell
      value={props.value}
      label={`${cap(props.name)} of ${props.title}`}
      validate={(t) => {
        if (props.field !== 'title') return null;
        const r = parseTitle(t);
        return r.ok ? null : r.message;
      }}
      onCommit={(t) => set(props.field === 'title' ? t.trim() : t)}
    />
  );
}

/** One of a fixed list of values (a status, a trend). */
export function ChoiceCell(props: Target & { value: string; options: readonly string[] }) {
  const set = useSetter(props);
  return (
    <EditableCell
      value={props.value}
      display={<span className={`pill pill--${props.value}`}>{props.value}</span>}
      label={`${cap(props.name)} of ${props.title}`}
      editor={{ kind: 'select', options: props.options.map((o) => ({ value: o, label: o })) }}
      onCommit={set}
    />
  );
}

/** A stakeholder, picked by name. */
export function PersonCell(props: Target & { value: string }) {
  const { people } = useProgram();
  const set = useSetter(props);
  const name = people.find((p) => p.id === props.value)?.name ?? props.value;
  return (
    <EditableCell
      value={props.value}
      display={name}
      label={`${cap(props.name)} of ${props.title}`}
      editor={{ kind: 'select', options: people.map((p) => ({ value: p.id, label: p.name })) }}
      onCommit={set}
    />
  );
}

/** A date, checked before it is sent. */
export function DateCell(props: Target & { value: string }) {
  const set = useSetter(props);
  return (
    <EditableCell
      value={props.value}
      display={props.value ? formatDate(props.value) : '—'}
      label={`${cap(props.name)} of ${props.title}`}
      editor={{ kind: 'date' }}
      validate={(t) => {
        const d = parseDate(t, cap(props.name));
        return d.ok ? null : d.message;
      }}
      onCommit={set}
    />
  );
}

/** A number; a likelihood or impact must be a whole number from 1 to 5. */
export function NumberCell(props: Target & { value: number; likert?: boolean }) {
  const set = useSetter(props);
  const parse = (t: string) =>
    props.likert ? parseLikert(t, cap(props.name)) : parseNumber(t, cap(props.name));
  return (
    <EditableCell
      value={String(props.value)}
      label={`${cap(props.name)} of ${props.title}`}
      editor={
        props.likert
          ? { kind: 'select', options: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })) }
          : { kind: 'number' }
      }
      validate={(t) => {
        const n = parse(t);
        return n.ok ? null : n.message;
      }}
      onCommit={(t) => {
        const n = parse(t);
        if (n.ok) set(n.value);
      }}
    />
  );
}

/** A yes/no flag as a checkbox. */
export function FlagCell(props: Target & { value: boolean }) {
  const set = useSetter(props);
  return (
    <input
      type="checkbox"
      className="flag-cell"
      checked={props.value}
      aria-label={`${cap(props.name)}: ${props.title}`}
      onChange={(e) => set(e.target.checked)}
    />
  );
}

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
