import type { ErrorInfo } from '../../../shared/ipc/envelope.ts';
import { formatProblem } from '../../../shared/schema/validate.ts';

/** An error from main, with every problem and its path: what is wrong and where. */
export function ErrorPanel({ error, onDismiss }: { error: ErrorInfo; onDismiss: () => void }) {
  return (
    <div className="error-panel" role="alert">
      <div className="error-panel__head">
        <strong>{error.message}</strong>
        <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss">
          Dismiss
        </button>
      </div>
      {error.problems && error.problems.length > 0 && (
        <ul className="error-panel__problems">
          {error.problems.slice(0, 50).map((p) => (
            <li key={formatProblem(p)}>
              <code>{p.path || '(file)'}</code> {p.message}
            </li>
          ))}
          {error.problems.length > 50 && <li>…and {error.problems.length - 50} more.</li>}
        </ul>
      )}
    </div>
  );
}
