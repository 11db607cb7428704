/**
 * The renderer is served from `app://liaison/`, a privileged custom scheme, instead of file://:
 * a page on file:// may read any file:// URL, and the app's origin would be every file on disk.
 * Only files inside the built renderer folder are answered; anything else is a 404.
 */
import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import { TYPES } from '../node/http-server.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'liaison';
/** The one page of the app; routes live in its fragment. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registers the scheme as standard and secure (same-origin rules, `'self'` in the content security
 * policy, fetch). Electron allows this only before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** True when `url` is on the app's own origin: scheme and host, with no user, password or port. */
export function isAppOrigin(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}

/**
 * The file under `rendererDir` that an app:// URL names, or null: another scheme or host, a
 * malformed escape, a NUL byte, or a path that climbs out of the folder (`/../`, `%2e%2e%2f`).
 */
export function appFile(url: string, rendererDir: string): string | null {
  let given: URL;
  let path: string;
  try {
    given = new URL(url);
    path = decodeURIComponent(given.pathname);
  } catch {
    return null;
  }
  // A climb (`..`) or a Windows separator is refused outright, not clamped into the folder.
  if (!isAppOrigin(given) || /\0|\\|(^|\/)\.\.(\/|$)/.test(path)) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, normalize(path).replace(/^[/\\]+/, '') || 'index.html');
  return file.startsWith(root + sep) ? file : null;
}

/** Answers app:// requests from `rendererDir`, for the session's web contents. */
export function handleAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = appFile(request.url, rendererDir);
    const bytes = file ? await readFile(file).catch(() => null) : null;
    if (!file || !bytes) return new Response('Not found.', { status: 404 });
    return new Response(new Uint8Array(bytes), {
      headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' },
    });
  });
}
