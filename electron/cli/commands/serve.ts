/** `liaison serve [file]`: the app in the browser, on 127.0.0.1, behind a per-run secret. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHandlers } from '../../node/handlers/index.ts';
import { startBrowserServer } from '../../node/http-server.ts';
import { Session } from '../../node/session.ts';
import { defaultDataDir } from '../../node/settings.ts';
import { EXIT, type Output } from '../output.ts';

export interface ServeOptions {
  file?: string;
  port?: number;
  today?: string;
  open: boolean;
  rendererDir: string;
  version: string;
}

export async function serveCommand(options: ServeOptions, io: Output): Promise<number> {
  if (!existsSync(resolve(options.rendererDir, 'index.html'))) {
    io.err(`The app is not built yet (${options.rendererDir} is missing): run npm run build first.`);
    return EXIT.problem;
  }
  const session = await Session.start({
    mode: 'browser',
    version: options.version,
    dataDir: defaultDataDir(),
    ...(options.today ? { today: options.today } : {}),
  });
  await session.openAtStart(options.file ? resolve(options.file) : undefined);
  const server = await startBrowserServer({
    handlers: createHandlers(session),
    subscribe: (listener) => session.subscribe(listener),
    rendererDir: options.rendererDir,
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  io.out(`Liaison is running in your browser at ${server.url}`);
  io.out('Only this machine can reach it, and only with the secret in that address. Ctrl+C stops it.');
  if (options.open) openInBrowser(server.url);
  await new Promise<void>((done) => {
    const stop = () => void Promise.all([server.close(), session.close()]).then(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}

function openInBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined); // no desktop browser: the printed address is enough
  child.unref();
}
