/** The file actions of the top bar: undo and redo, save as, open another, new empty, new from the demo. */
import { useState } from 'react';
import { NewProgramForm } from './NewProgramForm.tsx';
import { PathPrompt } from '../ui/PathPrompt.tsx';
import { BackupsList } from './BackupsList.tsx';
import { useDocument } from './document.tsx';

export function FileMenu() {
  const { info, doc, undo, redo, undoLabel, redoLabel, save, saveAs, open, create, recent, busy } =
    useDocument();
  const [expanded, setExpanded] = useState(false);
  const [newEmpty, setNewEmpty] = useState(false);
  const typed = info !== null && !info.nativeDialogs;
  return (
    <div className="file-menu">
      <button
        type="button"
        onClick={() => void undo()}
        disabled={!undoLabel}
        title="Ctrl+Z"
        aria-label={undoLabel ? `Undo ${undoLabel}` : 'Undo'}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => void redo()}
        disabled={!redoLabel}
        title="Ctrl+Shift+Z"
        aria-label={redoLabel ? `Redo ${redoLabel}` : 'Redo'}
      >
        Redo
      </button>
      {doc?.dirty && (
        <button type="button" className="primary" onClick={() => void save()} disabled={busy}>
          Save again
        </button>
      )}
      <button type="button" aria-expanded={expanded} onClick={() => setExpanded((x) => !x)}>
        File
      </button>
      {expanded && (
        <div className="file-menu__panel" role="dialog" aria-label="File">
          {newEmpty ? (
            <NewProgramForm
              onDone={() => {
                setNewEmpty(false);
                setExpanded(false);
              }}
              onCancel={() => setNewEmpty(false)}
            />
          ) : (
            <button type="button" onClick={() => setNewEmpty(true)}>
              New empty program…
            </button>
          )}
          {typed ? (
            <>
              <PathPrompt
                label="Save as"
                action="Save as"
                placeholder="/path/to/copy.json"
                onSubmit={(p) => void saveAs(p).then(() => setExpanded(false))}
              />
              <PathPrompt
                label="Open another program"
                action="Open"
                placeholder="/path/to/program.json"
                onSubmit={(p) => void open(p).then(() => setExpanded(false))}
              />
              <PathPrompt
                label="New program from the demo"
                action="Create"
                placeholder="/path/to/new.json"
                onSubmit={(p) => void create(p).then(() => setExpanded(false))}
              />
            </>
          ) : (
            <>
              <button type="button" onClick={() => void saveAs().then(() => setExpanded(false))}>
                Save as…
              </button>
              <button type="button" onClick={() => void open().then(() => setExpanded(false))}>
                Open…
              </button>
              <button type="button" onClick={() => void create().then(() => setExpanded(false))}>
                New from the demo…
              </button>
            </>
          )}
          <BackupsList mode="open-file" />
          {recent.length > 1 && (
            <div>
              <div className="muted small">Recent</div>
              {recent
                .filter((p) => p !== doc?.path)
                .map((p) => (
                  <button
                    key={p}
                    type="button"
                    className="link block"
                    onClick={() => void open(p).then(() => setExpanded(false))}
                  >
                    {p}
                  </button>
                ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
