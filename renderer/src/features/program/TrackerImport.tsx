/**
 * Importing a tracker export (Jira, Linear, GitHub CSV) into the record: choose the file (read in
 * the window, as the stakeholder CSV is), check the mapping step, see what would be added,
 * updated, moved or rejected. Nothing is written until "Import"; then it is one edit, so one undo
 * reverts the whole import.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseCsv, type CsvTable } from '../../../../shared/csv/parse.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { SOURCES, type ProgramFile } from '../../../../shared/schema/program.ts';
import { guessSource, guessTrackerMapping } from '../../../../shared/tracker/columns.ts';
import {
  defaultMoveReason,
  planTrackerImport,
  type TrackerOutcome,
  type TrackerSettings,
} from '../../../../shared/tracker/import.ts';
import { useDocument } from '../../app/document.tsx';
import { ChooseCsvButton, RejectedList } from '../stakeholders/CsvImport.tsx';
import { TrackerMapping } from './TrackerMapping.tsx';
import './tracker.css';

/** The button, the dialog while importing, and what the last import did. */
export function TrackerImport({ file, today }: { file: ProgramFile; today: string }) {
  const { edit } = useDocument();
  const [importing, setImporting] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<{ name: string; outcome: TrackerOutcome } | null>(null);
  const confirm = async (name: string, table: CsvTable, settings: TrackerSettings) => {
    // Planned again on the program as it is now, inside the one edit: one undo reverts it.
    const held: { outcome?: TrackerOutcome } = {};
    const ok = await edit(`Import ${name}`, (f) => {
      held.outcome = planTrackerImport(f, table, settings);
      return held.outcome.file;
    });
    setImporting(null);
    if (ok && held.outcome) setReport({ name, outcome: held.outcome });
  };
  return (
    <>
      <ChooseCsvButton
        label="Import from tracker…"
        inputLabel="Tracker CSV export to import"
        onLoaded={(name, text) => setImporting({ name, text })}
      />
      {report && (
        <div className="sh-notice sh-import-report" role="status" data-testid="tracker-import-report">
          <div className="row-between">
            <span>
              Imported {report.name}: {report.outcome.added.length} added, {report.outcome.updated.length}{' '}
              updated, {report.outcome.unchanged.length} unchanged. Ctrl+Z undoes the whole import.
            </span>
            <button type="button" className="link" onClick={() => setReport(null)}>
              Dismiss
            </button>
          </div>
          {report.outcome.rejected.length > 0 && <RejectedList rejected={report.outcome.rejected} />}
        </div>
      )}
      {importing && (
        <TrackerImportDialog
          name={importing.name}
          text={importing.text}
          file={file}
          today={today}
          onConfirm={(table, settings) => void confirm(importing.name, table, settings)}
          onCancel={() => setImporting(null)}
        />
      )}
    </>
  );
}

function TrackerImportDialog({
  name,
  text,
  file,
  today,
  onConfirm,
  onCancel,
}: {
  name: string;
  text: string;
  file: ProgramFile;
  today: string;
  onConfirm: (table: CsvTable, settings: TrackerSettings) => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const table = useMemo(() => parseCsv(text), [text]);
  const [settings, setSettings] = useState<TrackerSettings>(() => ({
    mapping: guessTrackerMapping(table.headers),
    kinds: {},
    statuses: {},
    source: guessSource(table.headers),
    today,
  }));
  const outcome = useMemo(() => planTrackerImport(file, table, settings), [file, table, settings]);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const changes = outcome.added.length + outcome.updated.length;
  const movesCommitted = outcome.moved.length > 0;
  return (
    <dialog
      ref={dialog}
      className="sh-modal sh-csv-import tracker-import"
      aria-label={`Import ${name} from a tracker`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2>Import {name} from a tracker</h2>
      {table.headers.length === 0 ? (
        <p role="alert">{name} is empty or could not be read: there is no header row.</p>
      ) : (
        <>
          <p className="muted">
            {table.rows.length} rows. Items are matched on the tracker’s key, per kind; the business phrasing
            of an item is never changed.{' '}
            <label>
              Tracker:{' '}
              <select
                aria-label="Tracker"
                value={settings.source}
                onChange={(e) => {
                  const source = SOURCES.find((s) => s === e.target.value);
                  if (source) setSettings({ ...settings, source });
                }}
              >
                {SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          </p>
          <TrackerMapping
            name={name}
            table={table}
            settings={settings}
            outcome={outcome}
            file={file}
            onChange={setSettings}
          />
          {outcome.mappingProblems.length > 0 ? (
            <ul className="sh-problems" role="alert">
              {outcome.mappingProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : (
            <div className="sh-import-preview" data-testid="tracker-import-preview">
              <p>
                <strong>{outcome.added.length}</strong> to add, <strong>{outcome.updated.length}</strong> to
                update, {outcome.unchanged.length} unchanged.
              </p>
              {movesCommitted && (
                <>
                  <ul>
                    {outcome.moved.map((m) => (
                      <li key={m.id}>
                        {m.title} moves from {formatDate(m.from)} to {formatDate(m.to)}; its committed date{' '}
                        {formatDate(m.baseline)} is kept.
                      </li>
                    ))}
                  </ul>
                  <label className="tracker-import__reason">
                    <span>Why the dates moved</span>
                    <input
                      value={settings.reason ?? ''}
                      placeholder={defaultMoveReason(today)}
                      onChange={(e) => setSettings({ ...settings, reason: e.target.value })}
                    />
                  </label>
                </>
              )}
              <RejectedList rejected={outcome.rejected} />
            </div>
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
          onClick={() => onConfirm(table, settings)}
        >
          Import: add {outcome.added.length}, update {outcome.updated.length}
        </button>
      </div>
    </dialog>
  );
}
