import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  WEB_PREFERENCES,
  createMainWindow,
  guardWebContents,
  hardenSession,
  isAppUrl,
  rendererDir,
  senderCheck,
} from '../../../../electron/main/window.ts';

const fakes = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;

  class FakeFrame {
    constructor(public url: string) {}
  }

  class FakeWebContents {
    readonly listeners = new Map<string, Listener[]>();
    windowOpenHandler: ((details: unknown) => unknown) | null = null;
    mainFrame = new FakeFrame('');
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    setWindowOpenHandler(handler: (details: unknown) => unknown): void {
      this.windowOpenHandler = handler;
    }
    emit(event: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }

  class FakeBrowserWindow {
    static readonly created: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly loadedFiles: string[] = [];
    readonly onceListeners = new Map<string, Listener>();
    shown = false;
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    once(event: string, listener: Listener): this {
      this.onceListeners.set(event, listener);
      return this;
    }
    loadURL(url: string): Promise<void> {
      this.loadedFiles.push(url);
      return Promise.resolve();
    }
    show(): void {
      this.shown = true;
    }
  }

  return { FakeBrowserWindow, FakeWebContents, FakeFrame };
});

vi.mock('electron', () => ({ BrowserWindow: fakes.FakeBrowserWindow, protocol: {} }));

type FakeWindow = InstanceType<typeof fakes.FakeBrowserWindow>;

const OUT_DIR = join('/opt', 'Liaison', 'resources', 'out');
const APP_URL = 'app://liaison/index.html';
/** Where the page was on file:// before app://: no longer the app. */
const OLD_FILE_URL = pathToFileURL(join(rendererDir(OUT_DIR), 'index.html')).href;
/** Look-alikes of the app page: another scheme, host, user, port or page. */
const LOOK_ALIKES = [
  OLD_FILE_URL,
  'https://liaison/index.html',
  'app://evil/index.html',
  'app://liaison.evil.example/index.html',
  'app://user@liaison/index.html',
  'app://liaison:8080/index.html',
  'app://liaison/other.html',
  'app://liaison/assets/index.html',
];

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

function openWindow(): FakeWindow {
  return createMainWindow(OUT_DIR) as unknown as FakeWindow;
}

beforeEach(() => {
  fakes.FakeBrowserWindow.created.length = 0;
});

describe('WEB_PREFERENCES', () => {
  it('isolates and sandboxes the page, with no Node and no webviews', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('createMainWindow', () => {
  it('creates the window with the secure preferences and the sandboxed preload, and loads the app', () => {
    const win = openWindow();
    expect(fakes.FakeBrowserWindow.created).toHaveLength(1);
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ ...WEB_PREFERENCES });
    expect(prefs.preload).toBe(join(OUT_DIR, 'preload', 'index.cjs'));
    expect(String(prefs.preload)).toMatch(/index\.cjs$/);
    expect(win.options.show).toBe(false);
    expect(win.loadedFiles).toEqual([APP_URL]);
    win.onceListeners.get('ready-to-show')?.();
    expect(win.shown).toBe(true);
  });

  it('blocks navigation away from the app in any frame, but not within it', () => {
    const contents = openWindow().webContents;
    const away = [
      'https://example.com',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
      ...LOOK_ALIKES,
    ];
    const within = [APP_URL, `${APP_URL}#/reports`, `${APP_URL}?tab=risks`];
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const emit = (url: string) => {
        const nav = navigationEvent();
        // will-frame-navigate passes one details object; the others, the event and the URL.
        if (event === 'will-frame-navigate') contents.emit(event, { ...nav, url });
        else contents.emit(event, nav, url);
        return nav.preventDefault;
      };
      for (const url of away) expect(emit(url), `${event} ${url}`).toHaveBeenCalled();
      for (const url of within) expect(emit(url), `${event} ${url}`).not.toHaveBeenCalled();
    }
  });

  it('guards any web contents once, however often it is asked', () => {
    const contents = new fakes.FakeWebContents();
    guardWebContents(contents as unknown as WebContents);
    guardWebContents(contents as unknown as WebContents);
    expect(contents.listeners.get('will-navigate')).toHaveLength(1);
    expect(contents.windowOpenHandler?.({ url: APP_URL })).toEqual({ action: 'deny' });
  });

  it('opens no new windows and attaches no webviews', () => {
    const contents = openWindow().webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: APP_URL })).toEqual({ action: 'deny' });
    const attach = navigationEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('isAppUrl', () => {
  it('knows the app page by scheme, host and path, not the path alone', () => {
    expect(isAppUrl(APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}#/stakeholders`)).toBe(true);
    for (const url of LOOK_ALIKES) expect(isAppUrl(url), url).toBe(false);
  });
});

describe('hardenSession', () => {
  type PermissionRequest = (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
  ) => void;
  type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

  function fakeSession() {
    const fake = {
      request: null as PermissionRequest | null,
      check: null as ((...args: unknown[]) => boolean) | null,
      beforeRequest: null as BeforeRequest | null,
      setPermissionRequestHandler(handler: PermissionRequest) {
        fake.request = handler;
      },
      setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
        fake.check = handler;
      },
      webRequest: {
        onBeforeRequest(handler: BeforeRequest) {
          fake.beforeRequest = handler;
        },
      },
    };
    hardenSession(fake as unknown as Session);
    return fake;
  }

  it('refuses every permission request and check', () => {
    const session = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.request?.({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(session.check?.(null, permission, 'file://', {}), permission).toBe(false);
    }
  });

  it('cancels network requests and lets the app load its own files', () => {
    const session = fakeSession();
    const decide = (url: string) => {
      const callback = vi.fn();
      session.beforeRequest?.({ url }, callback);
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]?.[0] as { cancel: boolean };
    };
    expect(decide('https://example.com/track.js')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:9000/')).toEqual({ cancel: true });
    expect(decide('ws://evil.example/socket')).toEqual({ cancel: true });
    expect(decide(APP_URL)).toEqual({ cancel: false });
    expect(decide('app://liaison/assets/index.js')).toEqual({ cancel: false });
    // file:// is no longer the app's: a page cannot read files from disk.
    expect(decide(OLD_FILE_URL)).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://evil/assets/index.js')).toEqual({ cancel: true });
    expect(decide('data:image/png;base64,AAAA')).toEqual({ cancel: false });
  });
});

describe('senderCheck', () => {
  function setUp(url = `${APP_URL}#/`) {
    const win = new fakes.FakeBrowserWindow({});
    win.webContents.mainFrame.url = url;
    const check = senderCheck(() => win as unknown as BrowserWindow);
    const event = (sender: unknown, senderFrame: unknown) =>
      ({ sender, senderFrame }) as unknown as IpcMainInvokeEvent;
    return { win, check, event };
  }

  it('accepts the main frame of our window showing the app', () => {
    const { win, check, event } = setUp();
    expect(check(event(win.webContents, win.webContents.mainFrame))).toBe(true);
  });

  it('refuses another web contents', () => {
    const { win, check, event } = setUp();
    const other = new fakes.FakeWebContents();
    other.mainFrame = win.webContents.mainFrame;
    expect(check(event(other, other.mainFrame))).toBe(false);
  });

  it('refuses a subframe, even one showing the app page', () => {
    const { win, check, event } = setUp();
    expect(check(event(win.webContents, new fakes.FakeFrame(APP_URL)))).toBe(false);
  });

  it('refuses the main frame once it shows another site', () => {
    const { win, check, event } = setUp('https://evil.example/');
    expect(check(event(win.webContents, win.webContents.mainFrame))).toBe(false);
  });

  it('refuses the main frame on a look-alike of the app page (the old file:// page, another host)', () => {
    for (const url of LOOK_ALIKES) {
      const { win, check, event } = setUp(url);
      expect(check(event(win.webContents, win.webContents.mainFrame)), url).toBe(false);
    }
  });

  it('refuses a message with no frame, or when there is no window', () => {
    const { win, check, event } = setUp();
    expect(check(event(win.webContents, null))).toBe(false);
    const noWindow = senderCheck(() => null);
    expect(noWindow(event(win.webContents, win.webContents.mainFrame))).toBe(false);
  });
});
