/**
 * Reports: who is due, one-click documents for one reader or all who are due, a preview before
 * writing, the warnings the TPM should see first, and what was written, said where the user is
 * looking. Reports > History lists everything written.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { dueList } from '../../../../shared/domain/cadence.ts';
import { formatDate } from '../../../../shared/domain/dates.ts';
import type { GeneratedDocument, ReportPreview } from '../../../../shared/ipc/contract.ts';
import type { ErrorInfo } from '../../../../shared/ipc/envelope.ts';
import { honestStatusWarnings } from '../../../../shared/reports/warnings.ts';
import {
  STAKEHOLDER_TEMPLATES,
  type ProgramFile,
  type StakeholderTemplate,
} from '../../../../shared/schema/program.ts';
import { ApiError, call } from '../../api.ts';
import { useDocument } from '../../app/document.tsx';
import { ErrorPanel } from '../../ui/ErrorPanel.tsx';
import { asOptions, Choice } from './Choice.tsx';
import { DueTable } from './DueTable.tsx';
import { WrittenResult } from './FileActions.tsx';
import { GenerationSummary } from './GenerationSummary.tsx';
import { HistoryView } from './HistoryView.tsx';
import { useGenerate, useOutputDir, type Target } from './hooks.ts';
import { OutputFolder } from './OutputFolder.tsx';
import { PreviewPane } from './PreviewPane.tsx';
import { StalePeriod } from './StalePeriod.tsx';
import { WordTemplate } from './WordTemplate.tsx';

/** Where one document was asked for, so its result shows there. */
type Origin = 'form' | 'preview';

export function ReportsScreen({ file, today }: { file: ProgramFile; today: string }) {
  const [view, setView] = useState<'write' | 'history'>('write');
  return (
    <section className="screen" aria-labelledby="reports-title">
      <header className="screen__head">
        <h2 id="reports-title">Reports</h2>
        <div className="sh-view-switch" role="group" aria-label="Reports view">
          {(['write', 'history'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {v === 'write' ? 'Write' : `History (${file.reports.length})`}
            </button>
          ))}
        </div>
      </header>
      {view === 'write' ? <WriteView file={file} today={today} /> : <HistoryView file={file} />}
    </section>
  );
}

/** Writing: the period and honesty checks, the output folder, who is due, any reader, the preview. */
function WriteView({ file, today }: { file: ProgramFile; today: string }) {
  const { info } = useDocument();
  const due = useMemo(() => dueList(file, today), [file, today]);
  const honest = useMemo(() => honestStatusWarnings(file, today), [file, today]);
  const output = useOutputDir();
  const { state, generate } = useGenerate();
  const [preview, setPreview] = useState<{ target: Target; result: ReportPreview } | null>(null);
  const [previewError, setPreviewError] = useState<ErrorInfo | null>(null);
  const [readerId, setReaderId] = useState(file.stakeholders[0]?.id ?? '');
  const [template, setTemplate] = useState<StakeholderTemplate | ''>('');
  const [single, setSingle] = useState<{ origin: Origin; doc: GeneratedDocument } | null>(null);
  const summary = useRef<HTMLElement>(null);
  const formResult = useRef<HTMLDivElement>(null);
  const { load } = output;

  useEffect(() => {
    void load();
  }, [load]);

  const showPreview = async (target: Target) => {
    try {
      setPreview({ target, result: await call('reports:preview', target) });
      setPreviewError(null);
      setSingle((s) => (s?.origin === 'preview' ? null : s));
    } catch (e) {
      setPreviewError(e instanceof ApiError ? e.info : { code: 'internal', message: String(e) });
    }
  };
  const writeOne = async (target: Target, origin: Origin) => {
    setSingle(null);
    const result = await generate([target]);
    const doc = result.written[0];
    if (doc) setSingle({ origin, doc });
    if (origin === 'form') requestAnimationFrame(() => formResult.current?.focus());
  };
  const writeAllDue = async () => {
    setSingle(null);
    await generate(due.map((d) => ({ stakeholderId: d.stakeholderId })));
    // The Generate buttons of the rows written are gone: focus goes to the results, not to a reader.
    summary.current?.focus();
  };
  const readers = file.stakeholders.map((s) => ({ value: s.id, label: s.name }));
  const chosen: Target = template ? { stakeholderId: readerId, template } : { stakeholderId: readerId };
  const canWrite = Boolean(output.dir) && !state.running;

  return (
    <>
      <p className="muted">
        {due.length} due on {formatDate(today)}
      </p>

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
      {output.dir === null && (
        <p className="muted small">
          Choose the folder documents go to, above, and the Generate buttons work.
        </p>
      )}

      <div className="split">
        <div className="split__main">
          <div className="row-between">
            <h3>Due for an update</h3>
            <button
              type="button"
              className="primary"
              disabled={!canWrite || due.length === 0}
              onClick={() => void writeAllDue()}
            >
              Generate all due ({due.length})
            </button>
          </div>
          <DueTable
            file={file}
            today={today}
            canWrite={canWrite}
            generate={generate}
            onPreview={(target) => void showPreview(target)}
          />

          <h3>Any reader</h3>
          <div className="inline-form">
            <Choice label="Reader" value={readerId} options={readers} onChange={(v) => v && setReaderId(v)} />
            <Choice
              label="Template"
              value={template}
              options={asOptions(STAKEHOLDER_TEMPLATES)}
              none="their preference"
              onChange={setTemplate}
            />
            <button type="button" onClick={() => void showPreview(chosen)} disabled={!readerId}>
              Preview
            </button>
            <button
              type="button"
              onClick={() => void writeOne(chosen, 'form')}
              disabled={!readerId || !canWrite}
            >
              Generate
            </button>
          </div>
          {single?.origin === 'form' && (
            <div
              ref={formResult}
              tabIndex={-1}
              className="notice-inline written-result--focus"
              role="status"
              aria-label="Written"
            >
              <WrittenResult doc={single.doc} />
            </div>
          )}

          <GenerationSummary ref={summary} state={state} />
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
              written={single?.origin === 'preview' ? single.doc : null}
              onGenerate={() => void writeOne(preview.target, 'preview')}
            />
          ) : (
            <p className="muted">Preview a reader’s document to see it here before it is written.</p>
          )}
        </aside>
      </div>
    </>
  );
}
