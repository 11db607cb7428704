/** The composition root: the window, the session, the handlers, the IPC. Nothing else. */
import { app, session as electronSession, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../node/handlers/index.ts';
import { Session } from '../node/session.ts';
import { defaultDataDir } from '../node/settings.ts';
import { forwardEvents, registerIpc } from './ipc/handle.ts';
import { nativeDialogs } from './services/dialogs.ts';
import { handleAppProtocol, registerAppScheme } from './protocol.ts';
import { createMainWindow, guardWebContents, hardenSession, rendererDir, senderCheck } from './window.ts';

// out/main/index.js -> out/
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
let win: BrowserWindow | null = null;
const getWindow = () => win;

// Before ready, as Electron requires: app:// is where the renderer is served from.
registerAppScheme();
// Every web contents, whoever creates it, gets the navigation, window and webview rules.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(electronSession.defaultSession);
  handleAppProtocol(electronSession.defaultSession, rendererDir(OUT_DIR));
  const session = await Session.start({
    mode: 'electron',
    version: app.getVersion(),
    dataDir: defaultDataDir(),
    dialogs: nativeDialogs(getWindow),
    ...(process.env.LIAISON_TODAY ? { today: process.env.LIAISON_TODAY } : {}),
  });
  await session.openAtStart(process.env.LIAISON_OPEN).catch(() => undefined);
  registerIpc(createHandlers(session), senderCheck(getWindow));
  forwardEvents((listener) => session.subscribe(listener), getWindow);
  app.on('will-quit', () => void session.close());
  win = createMainWindow(OUT_DIR);
  win.on('closed', () => (win = null));
}

app.on('window-all-closed', () => app.quit());
void start();
