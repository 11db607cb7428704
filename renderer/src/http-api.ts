/**
 * The browser mode's `api`: the same channels as the Electron preload, over HTTP to the local
 * server. The secret comes in the address fragment once, is kept for this tab only, and is removed
 * from the address bar.
 */
import { CHANNELS, EVENTS, type Api, type Channel, type EventName } from '../../shared/ipc/contract.ts';
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
  const channels = Object.fromEntries(CHANNELS.map((c) => [c, (args: unknown) => call(c, args)]));
  return { ...channels, on: eventsOver(token) } as unknown as Api;
}

type Listener = (payload: unknown) => void;

/**
 * Main's events over server-sent events on `/api/events`, read with fetch (EventSource cannot
 * send the secret in a header). One stream for all listeners, opened on the first and reopened
 * a second after it drops.
 */
function eventsOver(token: string): Api['on'] {
  const listeners = new Map<EventName, Set<Listener>>();
  let open = false;
  const dispatch = (block: string) => {
    const name = /^event: (.+)$/m.exec(block)?.[1] as EventName | undefined;
    const data = block
      .split('\n')
      .filter((l) => l.startsWith('data: '))
      .map((l) => l.slice(6))
      .join('\n');
    if (!name || !data || !(EVENTS as readonly string[]).includes(name)) return;
    const payload: unknown = JSON.parse(data);
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };
  const connect = async () => {
    open = true;
    try {
      const response = await fetch('/api/events', { headers: { Authorization: `Bearer ${token}` } });
      const reader = response.body?.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // The server stopped or the tab slept: try again below.
    }
    setTimeout(() => void connect(), 1000);
  };
  return (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener as Listener);
    listeners.set(event, set);
    if (!open) void connect();
    return () => set.delete(listener as Listener);
  };
}
