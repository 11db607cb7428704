/**
 * The main window and the rules every web contents lives by: sandboxed, isolated, no Node, no
 * navigation away from the app, no new windows, no permissions, and only our own page trusted.
 */
import { BrowserWindow, type IpcMainInvokeEvent, type Session, type WebPreferences } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const WEB_PREFERENCES: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: true,
};

export function rendererEntry(outDir: string): string {
  return join(outDir, 'renderer', 'index.html');
}

/** True when `url` is the app's own page (any route or fragment of it). */
export function isAppUrl(url: string, entryFile: string): boolean {
  try {
    const given = new URL(url);
    const own = pathToFileURL(entryFile);
    return given.protocol === 'file:' && given.pathname === own.pathname;
  } catch {
    return false;
  }
}

export function createMainWindow(outDir: string): BrowserWindow {
  const entry = rendererEntry(outDir);
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Liaison',
    webPreferences: { ...WEB_PREFERENCES, preload: join(outDir, 'preload', 'index.cjs') },
  });
  const contents = win.webContents;
  // No navigation away from the app and no new windows: links to the web are not followed here.
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, entry)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, entry)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadFile(entry);
  return win;
}

/** The session rules: every permission request and check is refused (the app needs none). */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Nothing is fetched from the network: the app works offline on a local file.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith('file://') ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
}

/** Trusts only the top frame of `win`, showing the app's own page. */
export function senderCheck(getWindow: () => BrowserWindow | null, outDir: string) {
  const entry = rendererEntry(outDir);
  return (event: IpcMainInvokeEvent): boolean => {
    const win = getWindow();
    const frame = event.senderFrame;
    return (
      win !== null &&
      event.sender === win.webContents &&
      frame !== null &&
      frame === win.webContents.mainFrame &&
      isAppUrl(frame.url, entry)
    );
  };
}
