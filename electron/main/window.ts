/**
 * The main window and the rules every web contents lives by: sandboxed, isolated, no Node, no
 * navigation away from the app, no new windows, no permissions, and only our own page trusted.
 */
import {
  BrowserWindow,
  type IpcMainInvokeEvent,
  type Session,
  type WebContents,
  type WebPreferences,
} from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL, isAppOrigin } from './protocol.ts';

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

/** The built renderer folder, which app:// serves. */
export function rendererDir(outDir: string): string {
  return join(outDir, 'renderer');
}

/** True when `url` is the app's own page (any route or fragment of it): scheme, host and path. */
export function isAppUrl(url: string): boolean {
  try {
    const given = new URL(url);
    return isAppOrigin(given) && given.pathname === new URL(APP_ENTRY_URL).pathname;
  } catch {
    return false;
  }
}

const guarded = new WeakSet<WebContents>();

/**
 * The rules for every web contents (the window, and any other Electron creates: a devtools
 * page, a frame): no navigation away from the app in any frame, no new windows, no webviews.
 * Links to the web are not followed here. Called from `web-contents-created` for each one.
 */
export function guardWebContents(contents: WebContents): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(outDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Liaison',
    webPreferences: { ...WEB_PREFERENCES, preload: join(outDir, 'preload', 'index.cjs') },
  });
  guardWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/** The session rules: every permission request and check is refused (the app needs none). */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Nothing is fetched from the network: the app works offline on a local file.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !allowedRequest(details.url) });
  });
}

/** What a page may load: the app's own origin, the developer tools, and inline data. */
function allowedRequest(url: string): boolean {
  if (url.startsWith('devtools://') || url.startsWith('data:')) return true;
  try {
    return isAppOrigin(new URL(url));
  } catch {
    return false;
  }
}

/** Trusts only the top frame of `win`, showing the app's own page. */
export function senderCheck(getWindow: () => BrowserWindow | null) {
  return (event: IpcMainInvokeEvent): boolean => {
    const win = getWindow();
    const frame = event.senderFrame;
    return (
      win !== null &&
      event.sender === win.webContents &&
      frame !== null &&
      frame === win.webContents.mainFrame &&
      isAppUrl(frame.url)
    );
  };
}
