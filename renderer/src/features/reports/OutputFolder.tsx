/** Where documents go: the remembered folder, and choosing another (a dialog, or a typed path). */
import { ErrorPanel } from '../../ui/ErrorPanel.tsx';
import { PathPrompt } from '../../ui/PathPrompt.tsx';
import type { useOutputDir } from './hooks.ts';

export function OutputFolder({
  output,
  nativeDialogs,
  className,
  testId,
}: {
  output: ReturnType<typeof useOutputDir>;
  nativeDialogs: boolean;
  className: string;
  testId: string;
}) {
  return (
    <>
      <div className={className}>
        <span>
          Documents go to: <strong data-testid={testId}>{output.dir ?? 'no folder chosen yet'}</strong>
        </span>
        {nativeDialogs ? (
          <button type="button" onClick={() => void output.choose()}>
            Choose folder…
          </button>
        ) : (
          <PathPrompt
            label="Output folder"
            action="Use this folder"
            placeholder="/path/to/folder"
            onSubmit={(p) => void output.choose(p)}
          />
        )}
      </div>
      {output.error && <ErrorPanel error={output.error} onDismiss={() => void output.load()} />}
    </>
  );
}
