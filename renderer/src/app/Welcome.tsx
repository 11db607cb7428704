import { useDocument } from './document.tsx';
import { PathPrompt } from '../ui/PathPrompt.tsx';

/** Before a program is open: open one, start from the demo, or pick a recent file. */
export function Welcome() {
  const { info, recent, open, create, busy } = useDocument();
  const typed = info !== null && !info.nativeDialogs;
  return (
    <main className="welcome">
      <h1>Liaison</h1>
      <p className="muted">One program record, one stakeholder map, the right document for every reader.</p>
      <div className="welcome__actions">
        {typed ? (
          <>
            <PathPrompt
              label="Open a program file"
              action="Open"
              placeholder="/path/to/program.json"
              onSubmit={(p) => void open(p)}
              disabled={busy}
            />
            <PathPrompt
              label="Create a new program from the demo"
              action="Create"
              placeholder="/path/to/new-program.json"
              onSubmit={(p) => void create(p)}
              disabled={busy}
            />
          </>
        ) : (
          <>
            <button type="button" onClick={() => void open()} disabled={busy}>
              Open a program file…
            </button>
            <button type="button" onClick={() => void create()} disabled={busy}>
              New program from the demo…
            </button>
          </>
        )}
      </div>
      {recent.length > 0 && (
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">Recent files</h2>
          <ul className="plain-list">
            {recent.map((p) => (
              <li key={p}>
                <button type="button" className="link" onClick={() => void open(p)} disabled={busy}>
                  {p}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
