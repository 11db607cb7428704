/**
 * The pieces every list section shares: adding an item by its title, a table sized to its rows
 * (virtualized when long), the title cell that opens an item, and the detail panel with delete.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { IsoDate } from '../../../../shared/domain/dates.ts';
import {
  addItem,
  NOUNS,
  referencesTo,
  removeItem,
  type ItemOf,
  type RecordCollection,
} from '../../../../shared/record/collections.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { ConfirmDialog, ConfirmList } from '../../ui/ConfirmDialog.tsx';
import { useProgram, type SectionId } from './context.tsx';
import { MissingBusinessMark } from './phrasings.tsx';

const ROW = 36;

/** "Add milestone": a title, then the new item opens in its form. */
export function AddItem<C extends RecordCollection>({
  collection,
  create,
}: {
  collection: C;
  create: (file: ProgramFile, init: { title: string; today: IsoDate }) => ItemOf<C>;
}) {
  const { edit, today, select } = useProgram();
  const noun = NOUNS[collection];
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = title.trim();
    if (!text) return setError(`Give the new ${noun} a title.`);
    let id = '';
    const ok = await edit(`add ${noun} "${text}"`, (f) => {
      const item = create(f, { title: text, today });
      id = item.id;
      return addItem(f, collection, item);
    });
    if (ok) {
      setTitle('');
      select(collection, id);
    }
  };
  return (
    <form className="add-item" onSubmit={(e) => void submit(e)}>
      <input
        aria-label={`New ${noun} title`}
        placeholder={`New ${noun}…`}
        value={title}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setTitle(e.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="primary">
        Add {noun}
      </button>
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

/** A box as tall as its rows up to a limit, so a short list has no empty space and a long one scrolls. */
export function TableBox({ rows, max = 440, children }: { rows: number; max?: number; children: ReactNode }) {
  const height = Math.max(160, Math.min(max, ROW * (rows + 1) + 56));
  return (
    <div className="table-box" style={{ height }}>
      {children}
    </div>
  );
}

/** The first cell of a row: the item's title, which opens it, with the missing-business mark. */
export function TitleCell({
  section,
  id,
  title,
  missingBusiness,
}: {
  section: SectionId;
  id: string;
  title: string;
  missingBusiness?: boolean;
}) {
  const { select, selectedId } = useProgram();
  const selected = selectedId === id;
  return (
    <span className="title-cell">
      <button
        type="button"
        className={selected ? 'title-link title-link--selected' : 'title-link'}
        aria-pressed={selected}
        title={title}
        onClick={() => select(section, selected ? null : id)}
      >
        {title || '(untitled)'}
      </button>
      {missingBusiness && <MissingBusinessMark compact />}
    </span>
  );
}

/** The selected item's form, with its title, delete (saying what it unlinks) and close. */
export function DetailPanel({
  collection,
  id,
  title,
  children,
}: {
  collection: RecordCollection;
  id: string;
  title: string;
  children: ReactNode;
}) {
  const { file, edit, select } = useProgram();
  const noun = NOUNS[collection];
  const [confirming, setConfirming] = useState(false);
  const refs = confirming ? referencesTo(file, id) : [];
  const remove = async () => {
    if (await edit(`delete ${noun} "${title}"`, (f) => removeItem(f, collection, id)))
      select(collection, null);
  };
  return (
    <section className="detail" id={`detail-${id}`} aria-label={`${noun} details`} tabIndex={-1}>
      <header className="detail__head">
        <h3>
          <span className="detail__kind">{noun}</span> {title || '(untitled)'}
        </h3>
        <span className="detail__tools">
          <button type="button" onClick={() => setConfirming(true)} disabled={confirming}>
            Delete {noun}
          </button>
          <button type="button" onClick={() => select(collection, null)}>
            Close
          </button>
        </span>
      </header>
      {confirming && (
        <ConfirmDialog
          title={`Delete ${noun}?`}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            Delete {noun} “{title}”?
            {refs.length > 0 ? ' These links to it will be removed too:' : ' Nothing else refers to it.'}
          </p>
          <ConfirmList items={refs} />
        </ConfirmDialog>
      )}
      {children}
    </section>
  );
}
