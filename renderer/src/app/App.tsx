import { EmailCapture } from '../features/email/EmailCapture.tsx';
import { MeetingsScreen } from '../features/meetings/MeetingsScreen.tsx';
import { PlanScreen } from '../features/plan/PlanScreen.tsx';
import { ProgramScreen } from '../features/program/ProgramScreen.tsx';
import { ReportsScreen } from '../features/reports/ReportsScreen.tsx';
import { StakeholdersScreen } from '../features/stakeholders/StakeholdersScreen.tsx';
import { StatusChip } from '../ui/StatusChip.tsx';
import { DocumentProvider, useDocument } from './document.tsx';
import { FileMenu } from './FileMenu.tsx';
import { Notices } from './Notices.tsx';
import { oneOf, usePersisted } from './persisted.ts';
import { THEME_CHOICES, useTheme, type ThemeChoice } from './theme.ts';
import { Welcome } from './Welcome.tsx';

const SCREENS = ['Program', 'Stakeholders', 'Reports', 'Meetings', 'Plan'] as const;
type Screen = (typeof SCREENS)[number];
const isScreen = oneOf(SCREENS);
const THEME_LABELS: Record<ThemeChoice, string> = { system: 'As the system', light: 'Light', dark: 'Dark' };

export function App() {
  return (
    <DocumentProvider>
      <EmailCapture>
        <Shell />
      </EmailCapture>
    </DocumentProvider>
  );
}

function Shell() {
  const { doc, info } = useDocument();
  // The last screen comes back after a reload.
  const [screen, setScreen] = usePersisted<Screen>('screen', 'Program', isScreen);
  const [theme, setTheme] = useTheme();
  const errorPanel = <Notices />;
  if (!doc || !info)
    return (
      <>
        {errorPanel}
        {info && <Welcome />}
      </>
    );
  const { file } = doc;
  return (
    <div className="shell">
      <header className="topbar">
        <div className="topbar__program">
          <h1 data-testid="program-name" title={file.program.name}>
            {file.program.name}
          </h1>
          <StatusChip rag={file.program.status.rag} trend={file.program.status.trend} />
        </div>
        <div className="topbar__controls">
          <nav className="tabs" aria-label="Screens">
            {SCREENS.map((s) => (
              <button
                key={s}
                type="button"
                className={s === screen ? 'tab tab--active' : 'tab'}
                aria-current={s === screen ? 'page' : undefined}
                onClick={() => setScreen(s)}
              >
                {s}
              </button>
            ))}
          </nav>
          <FileMenu />
          <label className="theme-switch small">
            <span className="visually-hidden">Theme</span>
            <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
              {THEME_CHOICES.map((t) => (
                <option key={t} value={t}>
                  {THEME_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="topbar__file muted small" title={doc.path}>
          <span className="topbar__path">{doc.path}</span>
          {/* Edits reach the window only after main has written them, so this is the truth on disk. */}
          {doc.dirty ? (
            <strong className="unsaved"> · not saved</strong>
          ) : (
            <span data-testid="save-state"> · saved</span>
          )}
          {info.mode === 'browser' && <span> · browser mode</span>}
        </div>
      </header>
      {errorPanel}
      <main className="content">
        {screen === 'Program' && <ProgramScreen file={file} />}
        {screen === 'Stakeholders' && <StakeholdersScreen file={file} today={info.today} />}
        {screen === 'Reports' && <ReportsScreen file={file} today={info.today} />}
        {screen === 'Meetings' && <MeetingsScreen file={file} />}
        {screen === 'Plan' && <PlanScreen file={file} today={info.today} />}
      </main>
    </div>
  );
}
