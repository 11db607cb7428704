import { useDocument } from './document.tsx';
import { NewProgramForm } from './NewProgramForm.tsx';
import { PathPrompt } from '../ui/PathPrompt.tsx';
import './start.css';

/**
 * The first-run screen: what the app does in three lines, then a new empty program, opening a
 * file, the demo to try things on, and the recent files.
 */
export function Welcome() {
  const { info, recent, open, create, busy } = useDocument();
  const typed = info !== null && !info.nativeDialogs;
  return (
    <main className="welcome welcome--wide">
      <h1>Liaison</h1>
      <ul className="welcome__lines" aria-label="What Liaison does">
        <li>Keep one program record, each fact in technical and in business words.</li>
        <li>Keep one stakeholder map: who matters, what they expect, how they want to hear.</li>
        <li>Turn them into the right status report or meeting checklist for each reader, in one click.</li>
      </ul>
      <div className="welcome__choices">
        <section className="welcome__card" aria-labelledby="new-title">
          <h2 id="new-title">Start a new program</h2>
          <NewProgramForm />
        </section>
        <section className="welcome__card" aria-labelledby="open-title">
          <h2 id="open-title">Open or try</h2>
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
                placeholder="/path/to/demo.json"
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
                Try the demo program…
              </button>
            </>
          )}
          {recent.length > 0 && (
            <div aria-labelledby="recent-title">
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
            </div>
          )}
        </section>
      </div>
    </main>
  );
}
