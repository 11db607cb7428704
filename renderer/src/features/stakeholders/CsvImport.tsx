/**
 * Importing people from a CSV: choose the file (read in the window, so it works the same in the
 * browser mode and in Electron), check which column fills which field, see who would be added,
 * updated or rejected and why. Nothing is written until "Import"; then it is one change, so one
 * undo reverts it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { FIELD_KEYS, FIELDS, type FieldKey } from '../../../../shared/csv/fields.ts';
import { guessMapping, type Mapping } from '../../../../shared/csv/mapping.ts';
import { parseCsv, type CsvTable } from '../../../../shared/csv/parse.ts';
import { formatRejected, planImport, type ImportOutcome } from '../../../../shared/csv/upsert.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';

/** A button that opens the file chooser and hands over the chosen file's name and text. */
export function ChooseCsvButton({
  onLoaded,
  label = 'Import CSV…',
  inputLabel = 'CSV file to import',
}: {
  onLoaded: (name: string, text: string) => void;
  label?: string;
  inputLabel?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv,text/plain"
        aria-label={inputLabel}
        hidden
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = ''; // choosing the same file again is a new import
          if (!chosen) return;
          const reader = new FileReader();
          reader.onload = () => onLoaded(chosen.name, typeof reader.result === 'string' ? reader.result : '');
          reader.onerror = () => onLoaded(chosen.name, '');
          reader.readAsText(chosen);
        }}
      />
    </>
  );
}

/** What the user confirmed: the table and mapping, re-applied to the program as it is at that moment. */
export interface ConfirmedImport {
  name: string;
  table: CsvTable;
  mapping: Mapping;
}

function fieldOption(k: FieldKey): string {
  return k === 'notes' ? 'Notes (private)' : FIELDS[k].header;
}

export function CsvImportDialog({
  name,
  text,
  file,
  onConfirm,
  onCancel,
}: {
  name: string;
  text: string;
  file: ProgramFile;
  onConfirm: (confirmed: ConfirmedImport) => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const table = useMemo(() => parseCsv(text), [text]);
  const [mapping, setMapping] = useState<Mapping>(() => guessMapping(table.headers));
  const outcome: ImportOutcome = useMemo(() => planImport(file, table, mapping), [file, table, mapping]);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const changes = outcome.added.length + outcome.updated.length;
  const empty = table.headers.length === 0;
  return (
    <dialog
      ref={dialog}
      className="sh-modal sh-csv-import"
      aria-label={`Import ${name}`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2>Import {name}</h2>
      {empty ? (
        <p role="alert">{name} is empty or could not be read: there is no header row.</p>
      ) : (
        <>
          <p className="muted">
            {table.rows.length} rows. People are matched on Id, then Email; an empty cell keeps what the
            person has. Check which column fills which field:
          </p>
          <table className="simple-table sh-mapping">
            <thead>
              <tr>
                <th>Column in {name}</th>
                <th>First value</th>
                <th>Fills</th>
              </tr>
            </thead>
            <tbody>
              {table.headers.map((h, i) => (
                <tr key={`${i}-${h}`}>
                  <td>{h}</td>
                  <td className="muted">{table.rows[0]?.cells[i] ?? ''}</td>
                  <td>
                    <select
                      aria-label={`Field for column ${h}`}
                      value={mapping[i] ?? ''}
                      onChange={(e) => {
                        const field = FIELD_KEYS.find((k) => k === e.target.value) ?? null;
                        setMapping((m) => m.map((f, j) => (j === i ? field : f)));
                      }}
                    >
                      <option value="">(ignore)</option>
                      {FIELD_KEYS.map((k) => (
                        <option key={k} value={k}>
                          {fieldOption(k)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {outcome.mappingProblems.length > 0 ? (
            <ul className="sh-problems" role="alert">
              {outcome.mappingProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : (
            <ImportPreview outcome={outcome} />
          )}
        </>
      )}
      <div className="sh-modal__actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={changes === 0 || outcome.mappingProblems.length > 0}
          onClick={() => onConfirm({ name, table, mapping })}
        >
          Import: add {outcome.added.length}, update {outcome.updated.length}
        </button>
      </div>
    </dialog>
  );
}

function ImportPreview({ outcome }: { outcome: ImportOutcome }) {
  const names = (rows: Array<{ name: string }>) =>
    rows
      .slice(0, 12)
      .map((r) => r.name)
      .join(', ') + (rows.length > 12 ? `, and ${rows.length - 12} more` : '');
  return (
    <div className="sh-import-preview" data-testid="import-preview">
      <p>
        <strong>{outcome.added.length}</strong> to add
        {outcome.added.length > 0 && ` (${names(outcome.added)})`}, <strong>{outcome.updated.length}</strong>{' '}
        to update
        {outcome.updated.length > 0 && ` (${names(outcome.updated)})`}, {outcome.unchanged.length} unchanged.
      </p>
      <RejectedList rejected={outcome.rejected} />
    </div>
  );
}

/** The rows that will not be (or were not) imported, each with its row number, field and reason. */
export function RejectedList({ rejected }: { rejected: ImportOutcome['rejected'] }) {
  if (rejected.length === 0) return <p className="muted">No rows rejected.</p>;
  return (
    <div className="sh-rejected" role="group" aria-label="Rejected rows">
      <strong>
        {rejected.length} {rejected.length === 1 ? 'row' : 'rows'} rejected (not imported):
      </strong>
      <ul>
        {rejected.slice(0, 100).map((r) => (
          <li key={r.row}>{formatRejected(r).replace(/^row/, 'Row')}</li>
        ))}
        {rejected.length > 100 && <li>…and {rejected.length - 100} more.</li>}
      </ul>
    </div>
  );
}
