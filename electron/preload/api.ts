/**
 * The only module that touches ipcRenderer: one function per channel of the contract, nothing
 * more. ipcRenderer itself is never exposed.
 */
import { ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, type EventName } from '../../shared/ipc/channels.ts';
import type { Api } from '../../shared/ipc/contract.ts';

const channels = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(channel, args)]),
);

/** Listens to one of main's events (only those of the contract); returns how to stop. */
function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!(EVENTS as readonly string[]).includes(event)) return () => undefined;
  const forward = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(event, forward);
  return () => void ipcRenderer.removeListener(event, forward);
}

export const api = { ...channels, on } as unknown as Api satisfies Api;
