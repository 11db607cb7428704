/** Progress while documents are written, then what was written, each with its actions. */
import { forwardRef } from 'react';
import { ErrorPanel } from '../../ui/ErrorPanel.tsx';
import { WrittenResult } from './FileActions.tsx';
import type { GenerationState } from './hooks.ts';

export const GenerationSummary = forwardRef<HTMLElement, { state: GenerationState }>(
  function GenerationSummary({ state }, ref) {
    if (state.total === 0) return null;
    const percent = Math.round((100 * state.done) / state.total);
    return (
      // Focusable so that, after a batch, focus lands on its results and not on a reader's button.
      <section ref={ref} tabIndex={-1} className="generation" aria-label="Generated documents">
        <div
          className="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={state.total}
          aria-valuenow={state.done}
        >
          <div className="progress__bar" style={{ width: `${percent}%` }} />
        </div>
        <div data-testid="generation-summary" role="status">
          {state.running
            ? `Writing ${state.done} of ${state.total}…`
            : `${state.written.length} written${state.failed.length ? `, ${state.failed.length} failed` : ''}.`}
        </div>
        {state.error && <ErrorPanel error={state.error} onDismiss={() => undefined} />}
        <ul className="plain-list">
          {state.written.map((d) => (
            <li key={d.path} className="written">
              <WrittenResult doc={d} />
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
  },
);
