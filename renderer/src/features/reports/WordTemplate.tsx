/** The look of the documents: Liaison's own, or the styles of the user's Word template. */
import { useEffect, useState } from 'react';
import type { ErrorInfo } from '../../../../shared/ipc/envelope.ts';
import { ApiError, call } from '../../api.ts';
import { ErrorPanel } from '../../ui/ErrorPanel.tsx';
import { PathPrompt } from '../../ui/PathPrompt.tsx';

export function WordTemplate({ nativeDialogs }: { nativeDialogs: boolean }) {
  const [template, setTemplate] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  useEffect(() => {
    let live = true;
    void call('reports:wordTemplate', {}).then((t) => live && setTemplate(t));
    return () => {
      live = false;
    };
  }, []);
  const choose = async (args: { path?: string; clear?: boolean }) => {
    try {
      setTemplate(await call('reports:chooseWordTemplate', args));
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.info : { code: 'internal', message: String(e) });
    }
  };
  return (
    <div className="output-dir" aria-label="Word template">
      <span>
        Look: <strong data-testid="word-template">{template ?? 'Liaison’s own styles'}</strong>
      </span>
      {nativeDialogs ? (
        <button type="button" onClick={() => void choose({})}>
          Use my Word template…
        </button>
      ) : (
        <PathPrompt
          label="Word template (.docx or .dotx)"
          action="Use its styles"
          placeholder="/path/to/company.dotx"
          onSubmit={(p) => void choose({ path: p })}
        />
      )}
      {template && (
        <button type="button" className="link" onClick={() => void choose({ clear: true })}>
          Back to Liaison’s styles
        </button>
      )}
      {error && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
    </div>
  );
}
