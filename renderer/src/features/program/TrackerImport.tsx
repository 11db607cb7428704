/**
 * Importing a tracker export (Jira, Linear, GitHub CSV) into the record: choose the file (read in
 * the window, as the stakeholder CSV is), check the mapping step, see what would be added,
 * updated, moved or rejected. Nothing is written until "Import"; then it is one edit, so one undo
 * reverts the whole import.
 */
import { useMemo, useState } from 'react';
import { parseCsv, type CsvTable } from '../../../../shared/csv/parse.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import { SOURCES, type ProgramFile } from '../../../../shared/schema/program.ts';
import {
  guessSource,
  guessTrackerMapping,
  TRACKER_FIELD_KEYS,
  TRACKER_FIELDS,
} from '../../../../shared/tracker/columns.ts';
import {
  defaultMoveReason,
  planTrackerImport,
  type TrackerOutcome,
  type TrackerSettings,
} from '../../../../shared/tracker/import.ts';
import { ChooseCsvButton } from '../import/ChooseCsvButton.tsx';
import { ImportDialog } from '../import/ImportDialog.tsx';
import { ImportReport, RejectedList } from '../import/ImportResult.tsx';
import { useImport } from '../import/use-import.ts';
import { TrackerMapping } from './TrackerMapping.tsx';
import './tracker.css';

/** The button, the dialog while importing, and what the last import did. */
export function TrackerImport({ file, today }: { file: ProgramFile; today: string }) {
  const { importing, choose, cancel, apply, report, dismiss } = useImport();
  return (
    <>
      <ChooseCsvButton
        label="Import from tracker…"
        inputLabel="Tracker CSV export to import"
        onLoaded={choose}
      />
      {report && <ImportReport report={report} testId="tracker-import-report" onDismiss={dismiss} />}
      {importing && (
        <TrackerImportDialog
          name={importing.name}
          text={importing.text}
          file={file}
          today={today}
          onConfirm={(table, settings) =>
            void apply(importing.name, (f) => planTrackerImport(f, table, settings))
          }
          onCancel={cancel}
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
  const table = useMemo(() => parseCsv(text), [text]);
  const [settings, setSettings] = useState<TrackerSettings>(() => ({
    mapping: guessTrackerMapping(table.headers),
    kinds: {},
    statuses: {},
    source: guessSource(table.headers),
    today,
  }));
  const outcome = useMemo(() => planTrackerImport(file, table, settings), [file, table, settings]);
  const plan = { title: `Import ${name} from a tracker`, name, table, outcome };
  const { mapping } = settings;
  return (
    <ImportDialog
      plan={plan}
      className="tracker-import"
      onConfirm={() => onConfirm(table, settings)}
      onCancel={onCancel}
      intro={
        <>
          Items are matched on the tracker’s key, per kind; the business phrasing of an item is never changed.{' '}
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
        </>
      }
      columns={{
        mapping,
        fields: TRACKER_FIELD_KEYS,
        labelOf: (k) => TRACKER_FIELDS[k],
        onChange: (next) => setSettings({ ...settings, mapping: next }),
      }}
      preview={<MovePreview outcome={outcome} settings={settings} today={today} onChange={setSettings} />}
    >
      <TrackerMapping plan={plan} settings={settings} file={file} onChange={setSettings} />
    </ImportDialog>
  );
}

/** What the import would do, and why the dates it moves moved (the committed dates are kept). */
function MovePreview({
  outcome,
  settings,
  today,
  onChange,
}: {
  outcome: TrackerOutcome;
  settings: TrackerSettings;
  today: string;
  onChange: (next: TrackerSettings) => void;
}) {
  return (
    <div className="sh-import-preview" data-testid="tracker-import-preview">
      <p>
        <strong>{outcome.added.length}</strong> to add, <strong>{outcome.updated.length}</strong> to update,{' '}
        {outcome.unchanged.length} unchanged.
      </p>
      {outcome.moved.length > 0 && (
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
              onChange={(e) => onChange({ ...settings, reason: e.target.value })}
            />
          </label>
        </>
      )}
      <RejectedList rejected={outcome.rejected} />
    </div>
  );
}
