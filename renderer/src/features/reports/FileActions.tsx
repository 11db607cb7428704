/**
 * A file Liaison wrote, with what can be done with it: open it, open its email draft, show it in
 * its folder. Main only opens files written in this run; elsewhere (the browser mode) its answer
 * says where the file is.
 */
import { useState } from 'react';
import type { GeneratedDocument } from '../../../../shared/ipc/contract.ts';
import type { ErrorInfo } from '../../../../shared/ipc/envelope.ts';
import { ApiError, call } from '../../api.ts';
import { ErrorPanel } from '../../ui/ErrorPanel.tsx';
import './reports.css';

/** Open, Open email draft, Show in folder, for one path (and its draft). */
export function FileButtons({ path, draftPath, name }: { path: string; draftPath?: string; name: string }) {
  const [error, setError] = useState<ErrorInfo | null>(null);
  const act = (channel: 'shell:open' | 'shell:reveal', target: string) =>
    void call(channel, { path: target }).then(
      () => setError(null),
      (e: unknown) => setError(e instanceof ApiError ? e.info : { code: 'internal', message: String(e) }),
    );
  return (
    <>
      <button
        type="button"
        className="link"
        aria-label={`Open ${name}`}
        onClick={() => act('shell:open', path)}
      >
        Open
      </button>
      {draftPath && (
        <button
          type="button"
          className="link"
          aria-label={`Open email draft of ${name}`}
          onClick={() => act('shell:open', draftPath)}
        >
          Open email draft
        </button>
      )}
      <button
        type="button"
        className="link"
        aria-label={`Show ${name} in folder`}
        onClick={() => act('shell:reveal', path)}
      >
        Show in folder
      </button>
      {error && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
    </>
  );
}

/** One written document: its file name, its warnings, its actions, and why there is no draft. */
export function WrittenResult({ doc }: { doc: GeneratedDocument }) {
  return (
    <div className="written-result">
      <span className="written-result__line">
        <span className="written-result__name" title={doc.path}>
          {doc.fileName}
        </span>
        {doc.warnings.length > 0 && (
          <span className="tag">
            {doc.warnings.length} warning{doc.warnings.length > 1 ? 's' : ''}
          </span>
        )}
      </span>
      <span className="written-result__actions">
        <FileButtons
          path={doc.path}
          {...(doc.draft ? { draftPath: doc.draft.path } : {})}
          name={doc.fileName}
        />
      </span>
      {doc.noDraft && <span className="muted small">{doc.noDraft}</span>}
    </div>
  );
}
