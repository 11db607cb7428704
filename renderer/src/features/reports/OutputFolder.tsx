/**
 * Where documents go: the remembered folder, and choosing another: the native dialog in Electron,
 * the folder chooser served by the browser mode elsewhere. The one control for it, wherever a
 * report can be written.
 */
import { useEffect, useState } from 'react';
import { useDocument } from '../../app/document.tsx';
import { ErrorPanel } from '../../ui/ErrorPanel.tsx';
import { FolderChooser } from './FolderChooser.tsx';
import { useOutputDir } from './hooks.ts';

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
  const [choosing, setChoosing] = useState(false);
  return (
    <div className="output-folder">
      <div className={className}>
        <span>
          Documents go to: <strong data-testid={testId}>{output.dir ?? 'no folder chosen yet'}</strong>
        </span>
        <button
          type="button"
          aria-expanded={nativeDialogs ? undefined : choosing}
          onClick={() => (nativeDialogs ? void output.choose() : setChoosing((c) => !c))}
        >
          {output.dir ? 'Change folder…' : 'Choose folder…'}
        </button>
      </div>
      {choosing && (
        <FolderChooser
          start={output.dir ?? null}
          onCancel={() => setChoosing(false)}
          onChoose={(path) => {
            setChoosing(false);
            void output.choose(path);
          }}
        />
      )}
      {output.error && <ErrorPanel error={output.error} onDismiss={() => void output.load()} />}
    </div>
  );
}

/** The same control for a screen that writes documents but keeps no folder state of its own. */
export function OutputFolderBar({ testId }: { testId: string }) {
  const { info } = useDocument();
  const output = useOutputDir();
  const { load } = output;
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <OutputFolder
      output={output}
      nativeDialogs={Boolean(info?.nativeDialogs)}
      className="output-dir small"
      testId={testId}
    />
  );
}
