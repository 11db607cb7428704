/**
 * The items of Electron's security checklist that window.test.ts does not assert: the content
 * security policies (the renderer's meta tag and the browser server's header), a preload that
 * exposes `api` and nothing else, and, over the whole source, no shell.openExternal, no remote
 * module, no weakened web preferences or command-line switches, and one place windows are made.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/node/http-server.ts';
import { CHANNELS } from '../../../shared/ipc/channels.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Source files under `dir` (relative to the repository), by path. */
function sources(dir: string, pattern = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
    if (pattern.test(entry)) files.set(join(dir, entry), readFileSync(join(ROOT, dir, entry), 'utf8'));
  }
  return files;
}

/** Where a pattern occurs: `file: line`. */
function occurrences(files: Map<string, string>, pattern: RegExp): string[] {
  return [...files].flatMap(([file, text]) =>
    text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

/** A policy as directive -> sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name.toLowerCase(), values]),
  );
}

function rendererPolicy(): { policy: string; html: string } {
  const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  return { policy: meta?.[1] ?? '', html };
}

/** The checklist's rules for a policy; each broken rule is one line. */
function policyProblems(policy: string): string[] {
  const d = directives(policy);
  const problems: string[] = [];
  const script = d.get('script-src') ?? d.get('default-src');
  if (JSON.stringify(script) !== JSON.stringify(["'self'"]))
    problems.push(`script-src is ${script?.join(' ') ?? 'missing'}, not only 'self'`);
  if (JSON.stringify(d.get('default-src')) !== JSON.stringify(["'self'"]))
    problems.push("default-src is not 'self'");
  if (/'unsafe-eval'|'wasm-unsafe-eval'/.test(policy)) problems.push('unsafe-eval allowed');
  for (const name of ['script-src', 'default-src'])
    if (d.get(name)?.includes("'unsafe-inline'")) problems.push(`unsafe-inline in ${name}`);
  for (const name of ['script-src', 'default-src', 'connect-src'])
    for (const source of d.get(name) ?? [])
      if (/^(\*|https?:|data:|blob:|ws:|wss:)/.test(source) || source.includes('*'))
        problems.push(`${name} allows ${source}`);
  if (JSON.stringify(d.get('object-src')) !== JSON.stringify(["'none'"]))
    problems.push("object-src is not 'none'");
  if (JSON.stringify(d.get('base-uri')) !== JSON.stringify(["'none'"]))
    problems.push("base-uri is not 'none'");
  return problems;
}

describe('content security policies', () => {
  it('knows a weak policy when it sees one', () => {
    const weak = "default-src *; script-src 'self' 'unsafe-inline' 'unsafe-eval' https:; object-src 'self'";
    expect(policyProblems(weak).length).toBeGreaterThanOrEqual(5);
    expect(policyProblems('')).not.toEqual([]);
  });

  it("the renderer's page: scripts from the app only, no eval, no inline script, no plugins, no base", () => {
    const { policy, html } = rendererPolicy();
    expect(policy).not.toBe('');
    expect(policyProblems(policy)).toEqual([]);
    expect(directives(policy).get('form-action')).toEqual(["'none'"]);
    // A meta policy covers only what follows it: it comes before any script.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script/i));
  });

  it("the browser server's header: the same, and no framing", () => {
    expect(policyProblems(CONTENT_SECURITY_POLICY)).toEqual([]);
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
    const page = directives(rendererPolicy().policy);
    for (const name of ['script-src', 'object-src', 'base-uri', 'connect-src'])
      expect(directives(CONTENT_SECURITY_POLICY).get(name), name).toEqual(page.get(name));
  });
});

const bridge = vi.hoisted(() => ({
  exposed: [] as Array<[string, unknown]>,
  invoke: (..._args: unknown[]): Promise<unknown> => Promise.resolve('answer'),
  calls: [] as unknown[][],
  listeners: new Map<string, Set<(event: unknown, payload: unknown) => void>>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.push([key, value]) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      bridge.calls.push(args);
      return bridge.invoke(...args);
    },
    send: () => undefined,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      const set = bridge.listeners.get(channel) ?? new Set();
      set.add(listener);
      bridge.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      bridge.listeners.get(channel)?.delete(listener),
  },
}));

describe('the preload', () => {
  it('exposes one object, `api`, with one function per channel that only invokes that channel', async () => {
    await import('../../../electron/preload/index.ts');
    expect(bridge.exposed.map(([key]) => key)).toEqual(['api']);
    const api = bridge.exposed[0]![1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'on'].sort());
    for (const channel of CHANNELS) {
      const fn = api[channel];
      expect(typeof fn, channel).toBe('function');
      bridge.calls.length = 0;
      await (fn as (args: unknown) => Promise<unknown>)({ probe: channel });
      expect(bridge.calls, channel).toEqual([[channel, { probe: channel }]]);
    }
  });

  it('listens only to the events of the contract, and never hands the window the raw IPC event', async () => {
    await import('../../../electron/preload/index.ts');
    const api = bridge.exposed[0]![1] as {
      on: (event: string, listener: (p: unknown) => void) => () => void;
    };
    bridge.listeners.clear();
    const heard: unknown[] = [];
    const stop = api.on('file:changed', (payload) => heard.push(payload));
    api.on('app:info', () => heard.push('never'));
    expect([...bridge.listeners.keys()]).toEqual(['file:changed']);
    for (const listener of bridge.listeners.get('file:changed') ?? [])
      listener({ sender: 'raw' }, { revision: 3 });
    expect(heard).toEqual([{ revision: 3 }]);
    stop();
    expect(bridge.listeners.get('file:changed')?.size).toBe(0);
  });

  it('uses ipcRenderer only to invoke and to listen to events, and exposes nothing else', () => {
    const preload = sources('electron/preload');
    expect(preload.size).toBeGreaterThan(0);
    expect(occurrences(preload, /exposeInMainWorld\(/)).toHaveLength(1);
    expect(occurrences(preload, /ipcRenderer\.(?!invoke\b|on\b|removeListener\b)\w+/)).toEqual([]);
    expect(occurrences(preload, /exposeInIsolatedWorld|webFrame|process\.(env|versions)/)).toEqual([]);
  });
});

describe('the source', () => {
  const main = sources('electron');
  const renderer = sources('renderer/src');
  const everywhere = new Map([...main, ...renderer, ...sources('scripts'), ...sources('bin')]);

  it('is read: the scans below look at real files', () => {
    expect(main.size).toBeGreaterThan(10);
    expect(renderer.size).toBeGreaterThan(10);
    expect(
      occurrences(new Map([['probe.ts', 'webPreferences: { sandbox: false }']]), /\bsandbox\s*:\s*false/),
    ).toHaveLength(1);
  });

  it('never opens links in the system browser (no shell.openExternal)', () => {
    expect(occurrences(everywhere, /openExternal/)).toEqual([]);
  });

  it('has no remote module', () => {
    expect(
      occurrences(
        everywhere,
        /@electron\/remote|enableRemoteModule|\bremote\s*\.\s*require|import\s*{[^}]*\bremote\b[^}]*}\s*from\s*['"]electron['"]/,
      ),
    ).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('@electron/remote');
  });

  it('never weakens the web preferences or the command line anywhere', () => {
    const weakened = [
      /\bsandbox\s*:\s*false/,
      /\bwebSecurity\s*:\s*false/,
      /\bcontextIsolation\s*:\s*false/,
      /\bnodeIntegration\w*\s*:\s*true/,
      /\ballowRunningInsecureContent\s*:\s*true/,
      /\bexperimentalFeatures\s*:\s*true/,
      /\bwebviewTag\s*:\s*true/,
      /enableBlinkFeatures/,
      /no-sandbox|disable-web-security|ignore-certificate-errors|allow-running-insecure-content/,
      /setPermissionRequestHandler\(\s*null/,
    ];
    for (const pattern of weakened) expect(occurrences(main, pattern), String(pattern)).toEqual([]);
  });

  it('makes windows in one place, so the window test covers every window', () => {
    expect(occurrences(main, /new BrowserWindow\b/).map((o) => o.split(':')[0])).toEqual([
      join('electron', 'main', 'window.ts'),
    ]);
  });

  it('renders no HTML strings in the window and evaluates no code', () => {
    expect(
      occurrences(
        renderer,
        /dangerouslySetInnerHTML|\.innerHTML\s*=|\beval\(|new Function\(|insertAdjacentHTML/,
      ),
    ).toEqual([]);
  });
});
