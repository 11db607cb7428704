/**
 * Reports > History: every report written, newest first: to whom, the template, the day, the
 * file (open, show in folder, or "moved or deleted": main looks), and what it showed.
 */
import { useEffect, useMemo, useState } from 'react';
import type { HistoryFile } from '../../../../shared/ipc/contract.ts';
import { reportHistory, type HistoryEntry } from '../../../../shared/reports/history.ts';
import { TEMPLATES, type ProgramFile, type Template } from '../../../../shared/schema/program.ts';
import { call } from '../../api.ts';
import { asOptions, Choice } from './Choice.tsx';
import { FileButtons } from './FileActions.tsx';

/** Where the history's files are, asked again whenever the history grows. */
function useHistoryFiles(file: ProgramFile): Record<string, HistoryFile> | null {
  const [files, setFiles] = useState<Record<string, HistoryFile> | null>(null);
  const count = file.reports.length;
  useEffect(() => {
    let live = true;
    void call('reports:files', {}).then(
      (found) => live && setFiles(found),
      () => live && setFiles({}),
    );
    return () => {
      live = false;
    };
  }, [count]);
  return files;
}

function FileCell({ entry, found }: { entry: HistoryEntry; found: HistoryFile | undefined | null }) {
  const name = entry.record.fileName;
  if (!found) return <span className="muted">{name}</span>;
  return (
    <div className="written-result">
      <span className="written-result__name">{name}</span>
      {found.exists && found.path ? (
        <span className="written-result__actions">
          <FileButtons path={found.path} name={name} />
        </span>
      ) : (
        <span className="tag">moved or deleted</span>
      )}
    </div>
  );
}

export function HistoryView({ file }: { file: ProgramFile }) {
  const [readerId, setReaderId] = useState('');
  const [template, setTemplate] = useState<Template | ''>('');
  const files = useHistoryFiles(file);
  const entries = useMemo(
    () => reportHistory(file, { ...(readerId ? { readerId } : {}), ...(template ? { template } : {}) }),
    [file, readerId, template],
  );
  return (
    <section aria-label="History">
      <div className="inline-form">
        <Choice
          label="Reader"
          ariaLabel="Filter by reader"
          value={readerId}
          options={file.stakeholders.map((s) => ({ value: s.id, label: s.name }))}
          none="everyone"
          onChange={setReaderId}
        />
        <Choice
          label="Template"
          ariaLabel="Filter by template"
          value={template}
          options={asOptions(TEMPLATES)}
          none="every template"
          onChange={setTemplate}
        />
        <span className="muted small">
          {entries.length} of {file.reports.length} reports
        </span>
      </div>
      <table className="simple-table history-table" aria-label="Reports written">
        <thead>
          <tr>
            <th>Day</th>
            <th>Reader</th>
            <th>Template</th>
            <th>File</th>
            <th>What it showed</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.record.id}>
              <td className="nowrap">{e.day}</td>
              <td>{e.meetingTitle ?? e.readers.map((r) => r.name).join(', ')}</td>
              <td>{e.record.template}</td>
              <td>
                <FileCell entry={e} found={files ? files[e.record.id] : null} />
              </td>
              <td>
                {e.items.length === 0 ? (
                  <span className="muted">nothing recorded</span>
                ) : (
                  <details>
                    <summary>{e.items.length} items</summary>
                    <ul className="history-items">
                      {e.items.map((i) => (
                        <li key={i.id}>
                          {i.kind}: {i.title} <span className="muted">({i.status})</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
            </tr>
          ))}
          {entries.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                {file.reports.length === 0
                  ? 'No report has been written yet.'
                  : 'No report matches these filters.'}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
