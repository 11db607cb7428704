/** Progress while documents are written, then what was written, with Open and Show in folder. */
import { useState } from 'react';
import type { ErrorInfo } from '../../../../shared/ipc/envelope.ts';
import { ApiError, call } from '../../api.ts';
import { ErrorPanel } from '../../ui/ErrorPanel.tsx';
import type { GenerationState } from './hooks.ts';

export function GenerationSummary({ state, canOpen }: { state: GenerationState; canOpen: boolean }) {
  const [error, setError] = useState<ErrorInfo | null>(null);
  if (state.total === 0) return null;
  const act = (channel: 'shell:open' | 'shell:reveal', path: string) =>
    call(channel, { path }).then(
      () => setError(null),
      (e: unknown) => setError(e instanceof ApiError ? e.info : { code: 'internal', message: String(e) }),
    );
  const percent = Math.round((100 * state.done) / state.total);
  return (
    <section className="generation" aria-label="Generated documents">
      <div
        className="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={state.total}
        aria-valuenow={state.done}
      >
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <div data-testid="generation-summary">
        {state.running
          ? `Writing ${state.done} of ${state.total}…`
          : `${state.written.length} written${state.failed.length ? `, ${state.failed.length} failed` : ''}.`}
      </div>
      {state.error && <ErrorPanel error={state.error} onDismiss={() => undefined} />}
      {error && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      <ul className="plain-list">
        {state.written.map((d) => (
          <li key={d.path} className="written">
            <span title={d.path}>{d.fileName}</span>
            {d.warnings.length > 0 && (
              <span className="tag">
                {d.warnings.length} warning{d.warnings.length > 1 ? 's' : ''}
              </span>
            )}
            {canOpen && (
              <>
                <button type="button" className="link" onClick={() => void act('shell:open', d.path)}>
                  Open
                </button>
                <button type="button" className="link" onClick={() => void act('shell:reveal', d.path)}>
                  Show in folder
                </button>
              </>
            )}
          </li>
        ))}
        {state.failed.map((f) => (
          <li key={f.id} className="failed">
            {f.id}: {f.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
