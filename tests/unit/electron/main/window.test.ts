import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, IpcMainInvokeEvent, Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  WEB_PREFERENCES,
  createMainWindow,
  hardenSession,
  isAppUrl,
  rendererEntry,
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
    loadFile(file: string): Promise<void> {
      this.loadedFiles.push(file);
      return Promise.resolve();
    }
    show(): void {
      this.shown = true;
    }
  }

  return { FakeBrowserWindow, FakeWebContents, FakeFrame };
});

vi.mock('electron', () => ({ BrowserWindow: fakes.FakeBrowserWindow }));

type FakeWindow = InstanceType<typeof fakes.FakeBrowserWindow>;

const OUT_DIR = join('/opt', 'Liaison', 'resources', 'out');
const APP_URL = pathToFileURL(rendererEntry(OUT_DIR)).href;

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
    expect(win.loadedFiles).toEqual([rendererEntry(OUT_DIR)]);
    win.onceListeners.get('ready-to-show')?.();
    expect(win.shown).toBe(true);
  });

  it('blocks navigation away from the app, but not within it', () => {
    const contents = openWindow().webContents;
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of [
        'https://example.com',
        'http://127.0.0.1:8080/',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'not a url',
      ]) {
        const nav = navigationEvent();
        contents.emit(event, nav, url);
        expect(nav.preventDefault, `${event} ${url}`).toHaveBeenCalled();
      }
      for (const url of [APP_URL, `${APP_URL}#/reports`, `${APP_URL}?tab=risks`]) {
        const nav = navigationEvent();
        contents.emit(event, nav, url);
        expect(nav.preventDefault, `${event} ${url}`).not.toHaveBeenCalled();
      }
    }
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
  it('knows the app page from a look-alike', () => {
    expect(isAppUrl(APP_URL, rendererEntry(OUT_DIR))).toBe(true);
    expect(
      isAppUrl(pathToFileURL(join(OUT_DIR, 'renderer', 'other.html')).href, rendererEntry(OUT_DIR)),
    ).toBe(false);
    expect(isAppUrl(APP_URL.replace('file:', 'https:'), rendererEntry(OUT_DIR))).toBe(false);
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
    expect(decide(`${APP_URL}`)).toEqual({ cancel: false });
    expect(decide(pathToFileURL(join(OUT_DIR, 'renderer', 'assets', 'index.js')).href)).toEqual({
      cancel: false,
    });
    expect(decide('data:image/png;base64,AAAA')).toEqual({ cancel: false });
  });
});

describe('senderCheck', () => {
  function setUp(url = `${APP_URL}#/`) {
    const win = new fakes.FakeBrowserWindow({});
    win.webContents.mainFrame.url = url;
    const check = senderCheck(() => win as unknown as BrowserWindow, OUT_DIR);
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

  it('refuses a message with no frame, or when there is no window', () => {
    const { win, check, event } = setUp();
    expect(check(event(win.webContents, null))).toBe(false);
    const noWindow = senderCheck(() => null, OUT_DIR);
    expect(noWindow(event(win.webContents, win.webContents.mainFrame))).toBe(false);
  });
});
