/** The plan's exports: the Word plan, the matrix as CSV and the .ics calendar, into the output folder. */
import { useEffect, useState } from 'react';
import type { PlanExportResult } from '../../../../shared/ipc/contract.ts';
import type { ErrorInfo } from '../../../../shared/ipc/envelope.ts';
import type { PlanFormat } from '../../../../shared/plan/file-name.ts';
import { ApiError, call } from '../../api.ts';
import { useDocument } from '../../app/document.tsx';
import { ErrorPanel } from '../../ui/ErrorPanel.tsx';
import { useOutputDir } from '../reports/hooks.ts';
import { OutputFolder } from '../reports/OutputFolder.tsx';

const BUTTONS: Array<[PlanFormat, string]> = [
  ['docx', 'Export Word plan'],
  ['csv', 'Export matrix CSV'],
  ['ics', 'Export calendar (.ics)'],
];

const asError = (e: unknown): ErrorInfo =>
  e instanceof ApiError ? e.info : { code: 'internal', message: String(e) };

export function PlanExport({ weeks }: { weeks: number }) {
  const { info } = useDocument();
  const output = useOutputDir();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PlanExportResult | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const { load } = output;
  useEffect(() => {
    void load();
  }, [load]);

  const run = async (format: PlanFormat) => {
    setBusy(true);
    try {
      setResult(await call('plan:export', { formats: [format], weeks }));
      setError(null);
    } catch (e) {
      setError(asError(e));
    } finally {
      setBusy(false);
    }
  };
  const act = (channel: 'shell:open' | 'shell:reveal', path: string) =>
    call(channel, { path }).then(
      () => setError(null),
      (e: unknown) => setError(asError(e)),
    );

  return (
    <section className="export-bar" aria-label="Export the plan">
      <OutputFolder
        output={output}
        nativeDialogs={Boolean(info?.nativeDialogs)}
        className="export-bar__row small"
        testId="plan-output-dir"
      />
      <div className="actions">
        {BUTTONS.map(([format, label]) => (
          <button
            key={format}
            type="button"
            disabled={!output.dir || busy}
            title={output.dir ? undefined : 'Choose the folder documents go to first'}
            onClick={() => void run(format)}
          >
            {label}
          </button>
        ))}
      </div>
      {error && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      {result && (
        <ul className="plain-list" role="status" aria-label="Exported files">
          {result.written.map((w) => (
            <li key={w.path} className="written">
              Wrote{' '}
              <span title={w.path} data-testid="plan-exported">
                {w.path}
              </span>
              {info?.nativeDialogs && (
                <>
                  <button type="button" className="link" onClick={() => void act('shell:open', w.path)}>
                    Open
                  </button>
                  <button type="button" className="link" onClick={() => void act('shell:reveal', w.path)}>
                    Show in folder
                  </button>
                </>
              )}
            </li>
          ))}
          <li className="muted small">Private notes are never in the plan.</li>
        </ul>
      )}
    </section>
  );
}
