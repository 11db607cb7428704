/**
 * The one shape of an import dialog (people from a CSV, items from a tracker export): the file's
 * name as the title, what will be matched, which column fills which field (and any more mapping), then either what is wrong with
 * the mapping or what the import would do, and Cancel / "Import: add N, update M". Nothing is
 * written before the user confirms.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { CsvTable } from '../../../../shared/csv/parse.ts';
import { DialogActions } from '../../ui/DialogActions.tsx';
import { ColumnMapping, type ColumnChoices } from './ChoiceTable.tsx';

/** What the dialog needs to know of a planned import (both imports' outcomes have it). */
export interface PlannedCounts {
  added: readonly unknown[];
  updated: readonly unknown[];
  mappingProblems: readonly string[];
}

/** The file being imported and what importing it would do. */
export interface ImportPlanView {
  /** The dialog's heading and name: "Import people.csv". */
  title: string;
  /** The file's name. */
  name: string;
  table: CsvTable;
  outcome: PlannedCounts;
}

export function ImportDialog<K extends string>({
  plan,
  className,
  intro,
  columns,
  children,
  preview,
  onConfirm,
  onCancel,
}: {
  plan: ImportPlanView;
  /** A class beside `sh-modal sh-csv-import`. */
  className?: string;
  /** How rows are matched, above the mapping. */
  intro: ReactNode;
  /** Which column fills which field (see `ColumnMapping`). */
  columns: ColumnChoices<K>;
  /** More of the mapping to check, below the columns. */
  children?: ReactNode;
  /** What the import would do, shown while the mapping has no problem. */
  preview: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { title, name, table, outcome } = plan;
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const changes = outcome.added.length + outcome.updated.length;
  return (
    <dialog
      ref={dialog}
      className={['sh-modal sh-csv-import', className].filter(Boolean).join(' ')}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2>{title}</h2>
      {table.headers.length === 0 ? (
        <p role="alert">{name} is empty or could not be read: there is no header row.</p>
      ) : (
        <>
          <p className="muted">
            {table.rows.length} rows. {intro}
          </p>
          <ColumnMapping name={name} table={table} {...columns} />
          {children}
          {outcome.mappingProblems.length > 0 ? (
            <ul className="sh-problems" role="alert">
              {outcome.mappingProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : (
            preview
          )}
        </>
      )}
      <DialogActions
        disabled={changes === 0 || outcome.mappingProblems.length > 0}
        onConfirm={onConfirm}
        onCancel={onCancel}
      >
        Import: add {outcome.added.length}, update {outcome.updated.length}
      </DialogActions>
    </dialog>
  );
}
