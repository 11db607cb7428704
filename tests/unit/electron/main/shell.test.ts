/**
 * The Electron shell around the window: app:// registered as a privileged scheme before the app
 * is ready, serving only the built renderer folder, and the guard given to every web contents.
 * Electron cannot run here: its module is replaced by fakes that record what the shell asks.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, appFile, handleAppProtocol } from '../../../../electron/main/protocol.ts';

const shell = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const calls: string[] = [];
  const appListeners = new Map<string, Listener>();
  const handlers = new Map<string, (request: Request) => Promise<Response>>();
  class FakeWebContents {
    readonly listeners = new Map<string, Listener[]>();
    windowOpenHandler: ((details: unknown) => unknown) | null = null;
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    setWindowOpenHandler(handler: (details: unknown) => unknown): void {
      this.windowOpenHandler = handler;
    }
  }
  return { calls, appListeners, handlers, FakeWebContents, privileged: [] as unknown[] };
});

vi.mock('electron', () => ({
  app: {
    on: (event: string, listener: (...args: unknown[]) => void) => {
      shell.calls.push(`app.on ${event}`);
      shell.appListeners.set(event, listener);
    },
    // Never ready: what the shell does before ready is what is checked.
    whenReady: () => {
      shell.calls.push('whenReady');
      return new Promise(() => undefined);
    },
    getVersion: () => 'test',
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      shell.calls.push('registerSchemesAsPrivileged');
      shell.privileged.push(...schemes);
    },
  },
  session: { defaultSession: {} },
  BrowserWindow: class {},
  ipcMain: { handle: () => undefined },
  dialog: {},
}));

let dir: string;
let renderer: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-shell-'));
  renderer = join(dir, 'out', 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Liaison</title>');
  await writeFile(join(renderer, 'assets', 'index.js'), 'console.log(1);');
  await writeFile(join(dir, 'out', 'secret.txt'), 'beside the renderer, never served');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the main process at start', () => {
  it('registers app:// as a standard, secure scheme before ready, and guards every web contents', async () => {
    await import('../../../../electron/main/index.ts');
    const order = shell.calls.filter((c) => c === 'registerSchemesAsPrivileged' || c === 'whenReady');
    expect(order[0]).toBe('registerSchemesAsPrivileged');
    expect(shell.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const created = shell.appListeners.get('web-contents-created');
    expect(created).toBeDefined();
    const contents = new shell.FakeWebContents();
    created?.({}, contents);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])
      expect(contents.listeners.get(event), event).toHaveLength(1);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});

describe('app:// URLs to files', () => {
  it('maps the app origin to files inside the renderer folder', () => {
    expect(appFile(APP_ENTRY_URL, renderer)).toBe(join(renderer, 'index.html'));
    expect(appFile('app://liaison/', renderer)).toBe(join(renderer, 'index.html'));
    expect(appFile('app://liaison/assets/index.js?v=1#x', renderer)).toBe(
      join(renderer, 'assets', 'index.js'),
    );
  });

  it("resolves a URL's own dot segments at the root of the origin, never above the folder", () => {
    // The URL parser already turns app://liaison/../x into app://liaison/x.
    expect(appFile('app://liaison/../secret.txt', renderer)).toBe(join(renderer, 'secret.txt'));
    expect(appFile('app://liaison/%2e%2e/secret.txt', renderer)).toBe(join(renderer, 'secret.txt'));
  });

  it.each([
    'app://liaison/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://liaison/..%5csecret.txt',
    'app://liaison/%E0%A4%A',
    'app://liaison/index.html%00.js',
    'app://evil/index.html',
    'app://user@liaison/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(appFile(url, renderer)).toBeNull();
  });
});

describe('the app:// handler', () => {
  async function serve(url: string): Promise<{ status: number; type: string | null; body: string }> {
    const fakeSession = {
      protocol: {
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
          shell.handlers.set(scheme, handler),
      },
    };
    handleAppProtocol(fakeSession as unknown as Session, renderer);
    const handler = shell.handlers.get('app');
    if (!handler) throw new Error('no app:// handler');
    const response = await handler(new Request(url));
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
  }

  it('answers the page and its scripts with their types', async () => {
    expect(await serve(APP_ENTRY_URL)).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Liaison</title>',
    });
    expect((await serve('app://liaison/assets/index.js')).type).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a missing file, another host, and a path out of the folder', async () => {
    for (const url of [
      'app://liaison/missing.js',
      'app://other/index.html',
      'app://liaison/%2e%2e/secret.txt',
      'app://liaison/assets/',
    ]) {
      const answer = await serve(url);
      expect(answer.status, url).toBe(404);
      expect(answer.body).not.toContain('never served');
    }
  });
});
