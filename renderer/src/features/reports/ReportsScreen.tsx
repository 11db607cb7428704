/**
 * Reports: who is due, one-click documents for one reader or all who are due, a preview before
 * writing, the warnings the TPM should see first, and what was written.
 */
import { useEffect, useMemo, useState } from 'react';
import { dueList } from '../../../../shared/domain/cadence.ts';
import { formatDate, formatRange } from '../../../../shared/domain/dates.ts';
import { stalePeriodMessage } from '../../../../shared/domain/period.ts';
import type { ReportPreview } from '../../../../shared/ipc/contract.ts';
import type { ErrorInfo } from '../../../../shared/ipc/envelope.ts';
import { honestStatusWarnings } from '../../../../shared/reports/warnings.ts';
import {
  STAKEHOLDER_TEMPLATES,
  type Channel,
  type ProgramFile,
  type StakeholderTemplate,
} from '../../../../shared/schema/program.ts';
import { ApiError, call } from '../../api.ts';
import { useDocument } from '../../app/document.tsx';
import { ErrorPanel } from '../../ui/ErrorPanel.tsx';
import { DocPreview } from './DocPreview.tsx';
import { GenerationSummary } from './GenerationSummary.tsx';
import { useGenerate, useOutputDir, type Target } from './hooks.ts';
import { OutputFolder } from './OutputFolder.tsx';
import { StalePeriod } from './StalePeriod.tsx';
import { WordTemplate } from './WordTemplate.tsx';

export function ReportsScreen({ file, today }: { file: ProgramFile; today: string }) {
  const { info } = useDocument();
  const due = useMemo(() => dueList(file, today), [file, today]);
  const honest = useMemo(() => honestStatusWarnings(file, today), [file, today]);
  const output = useOutputDir();
  const { state, generate } = useGenerate();
  const [preview, setPreview] = useState<{ target: Target; result: ReportPreview } | null>(null);
  const [previewError, setPreviewError] = useState<ErrorInfo | null>(null);
  const [readerId, setReaderId] = useState(file.stakeholders[0]?.id ?? '');
  const [template, setTemplate] = useState<StakeholderTemplate | ''>('');
  const { load } = output;

  useEffect(() => {
    void load();
  }, [load]);

  const showPreview = async (target: Target) => {
    try {
      setPreview({ target, result: await call('reports:preview', target) });
      setPreviewError(null);
    } catch (e) {
      setPreviewError(e instanceof ApiError ? e.info : { code: 'internal', message: String(e) });
    }
  };
  const chosen: Target = template ? { stakeholderId: readerId, template } : { stakeholderId: readerId };
  const canWrite = Boolean(output.dir) && !state.running;

  return (
    <section className="screen" aria-labelledby="reports-title">
      <header className="screen__head">
        <h2 id="reports-title">Reports</h2>
        <span className="muted">
          {due.length} due on {formatDate(today)}
        </span>
      </header>

      <StalePeriod
        file={file}
        today={today}
        // A preview shows the period it was composed with: compose it again in the new one.
        onMoved={() => preview && void showPreview(preview.target)}
      />

      {honest.length > 0 && (
        <div className="warning-panel" role="status" aria-label="Before you send">
          <strong>Before you send</strong>
          <ul>
            {honest.map((w) => (
              <li key={`${w.kind}-${w.itemId}`}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}

      <OutputFolder
        output={output}
        nativeDialogs={Boolean(info?.nativeDialogs)}
        className="output-dir"
        testId="output-dir"
      />
      <WordTemplate nativeDialogs={Boolean(info?.nativeDialogs)} />

      <div className="split">
        <div className="split__main">
          <div className="row-between">
            <h3>Due for an update</h3>
            <button
              type="button"
              className="primary"
              disabled={!canWrite || due.length === 0}
              onClick={() => void generate(due.map((d) => ({ stakeholderId: d.stakeholderId })))}
            >
              Generate all due ({due.length})
            </button>
          </div>
          <table className="simple-table" aria-label="Due for an update">
            <thead>
              <tr>
                <th>Reader</th>
                <th>Template</th>
                <th>Cadence</th>
                <th>Due since</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {due.map((d) => (
                <tr key={d.stakeholderId}>
                  <td>{d.stakeholder.name}</td>
                  <td>{d.stakeholder.preferences.template}</td>
                  <td>{d.cadence}</td>
                  <td>{d.nextDue ? formatDate(d.nextDue) : 'never updated'}</td>
                  <td className="actions">
                    <button
                      type="button"
                      onClick={() => void showPreview({ stakeholderId: d.stakeholderId })}
                    >
                      Preview
                    </button>
                    <button
                      type="button"
                      disabled={!canWrite}
                      aria-label={`Generate for ${d.stakeholder.name}`}
                      onClick={() => void generate([{ stakeholderId: d.stakeholderId }])}
                    >
                      Generate
                    </button>
                  </td>
                </tr>
              ))}
              {due.length === 0 && (
                <tr>
                  <td colSpan={5} className="muted">
                    Nobody is due today.
                  </td>
                </tr>
              )}
            </tbody>
          </table>

          <h3>Any reader</h3>
          <div className="inline-form">
            <label>
              Reader{' '}
              <select value={readerId} onChange={(e) => setReaderId(e.target.value)}>
                {file.stakeholders.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Template{' '}
              <select
                value={template}
                onChange={(e) => setTemplate(e.target.value as StakeholderTemplate | '')}
              >
                <option value="">their preference</option>
                {STAKEHOLDER_TEMPLATES.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => void showPreview(chosen)} disabled={!readerId}>
              Preview
            </button>
            <button type="button" onClick={() => void generate([chosen])} disabled={!readerId || !canWrite}>
              Generate
            </button>
          </div>

          <GenerationSummary state={state} canOpen={Boolean(info?.nativeDialogs)} />
        </div>

        <aside className="split__side">
          {previewError && <ErrorPanel error={previewError} onDismiss={() => setPreviewError(null)} />}
          {preview ? (
            <PreviewPane
              preview={preview.result}
              channel={
                file.stakeholders.find((s) => s.id === preview.result.doc.reader.id)?.preferences.channel
              }
              canWrite={canWrite}
              onGenerate={() => void generate([preview.target])}
            />
          ) : (
            <p className="muted">Preview a reader’s document to see it here before it is written.</p>
          )}
        </aside>
      </div>
    </section>
  );
}

/**
 * The document before it is written; for a reader who wants email, the same content as an email
 * body to paste into Outlook, and for a chat reader, as plain text for Slack or Teams.
 */
function PreviewPane({
  preview,
  channel,
  canWrite,
  onGenerate,
}: {
  preview: ReportPreview;
  channel: Channel | undefined;
  canWrite: boolean;
  onGenerate: () => void;
}) {
  const [copied, setCopied] = useState('');
  const stale = stalePeriodMessage(preview.doc.period, preview.doc.date);
  const copy = async (kind: 'html' | 'text') => {
    const text = preview.text;
    if (kind === 'html' && typeof ClipboardItem !== 'undefined')
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([preview.html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
    else await navigator.clipboard.writeText(text);
    setCopied(kind === 'html' ? 'Email body copied' : 'Text copied');
  };
  return (
    <div className="preview-pane">
      <div className="row-between">
        <span className="muted small" data-testid="preview-file-name">
          {preview.fileName}
        </span>
        <span className="actions">
          {channel === 'email' && (
            <button type="button" onClick={() => void copy('html').catch(() => setCopied('Copy failed'))}>
              Copy as email
            </button>
          )}
          {channel === 'chat' && (
            <button type="button" onClick={() => void copy('text').catch(() => setCopied('Copy failed'))}>
              Copy as text
            </button>
          )}
          <button type="button" className="primary" disabled={!canWrite} onClick={onGenerate}>
            Write this document
          </button>
        </span>
      </div>
      {copied && <div className="muted small">{copied}</div>}
      {stale && (
        <div className="warning-panel" aria-label="This document’s period">
          {stale} This document shows {formatRange(preview.doc.period.start, preview.doc.period.end)}.
        </div>
      )}
      {preview.warnings.length > 0 && (
        <div className="warning-panel" aria-label="Warnings for this document">
          <ul>
            {preview.warnings.map((w) => (
              <li key={`${w.kind}-${w.itemId}`}>{w.message}</li>
            ))}
          </ul>
        </div>
      )}
      <DocPreview doc={preview.doc} />
    </div>
  );
}
