/**
 * The browser mode's `api`: the same channels as the Electron preload, over HTTP to the local
 * server. The secret comes in the address fragment once, is kept for this tab only, and is removed
 * from the address bar.
 */
import { CHANNELS, type Api, type Channel } from '../../shared/ipc/contract.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';

const TOKEN_KEY = 'liaison.token';

function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createHttpApi(): Api {
  const token = takeToken();
  const call = async (channel: Channel, args: unknown): Promise<Envelope<unknown>> => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(args ?? {}),
      });
      return (await response.json()) as Envelope<unknown>;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `Lost contact with Liaison (${message}).` } };
    }
  };
  return Object.fromEntries(CHANNELS.map((c) => [c, (args: unknown) => call(c, args)])) as Api;
}
