/**
 * The only module that touches ipcRenderer: one function per channel of the contract, nothing
 * more. ipcRenderer itself is never exposed.
 *
 * Every channel is listed by name so that `satisfies Api` checks something: a channel of the
 * contract missing here, a name that is not a channel, or a function of the wrong type fails to
 * compile. (The sandboxed preload cannot load zod, so only types come from the contract.)
 */
import { ipcRenderer } from 'electron';
import { EVENTS, type EventName } from '../../shared/ipc/channels.ts';
import type { Api, ArgsOf, Channel, Events, ResultOf } from '../../shared/ipc/contract.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';

/** The function that invokes one channel, typed by the contract. */
function invoke<C extends Channel>(channel: C): (args: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>> {
  // ipcRenderer.invoke resolves to `any`: the main side's handle() sends this channel's envelope.
  return (args) => ipcRenderer.invoke(channel, args) as Promise<Envelope<ResultOf<C>>>;
}

/** Listens to one of main's events (only those of the contract); returns how to stop. */
function on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  if (!(EVENTS as readonly string[]).includes(event)) return () => undefined;
  // Main sends this event's payload (forwardEvents in electron/main/ipc/handle.ts).
  const forward = (_event: unknown, payload: unknown) => listener(payload as Events[E]);
  ipcRenderer.on(event, forward);
  return () => void ipcRenderer.removeListener(event, forward);
}

export const api = {
  'app:info': invoke('app:info'),
  'file:current': invoke('file:current'),
  'file:new': invoke('file:new'),
  'file:newEmpty': invoke('file:newEmpty'),
  'file:open': invoke('file:open'),
  'file:save': invoke('file:save'),
  'file:saveAs': invoke('file:saveAs'),
  'file:apply': invoke('file:apply'),
  'file:recent': invoke('file:recent'),
  'file:reload': invoke('file:reload'),
  'backups:list': invoke('backups:list'),
  'backups:read': invoke('backups:read'),
  'backups:restoreAs': invoke('backups:restoreAs'),
  'reports:preview': invoke('reports:preview'),
  'reports:generate': invoke('reports:generate'),
  'reports:outputDir': invoke('reports:outputDir'),
  'reports:chooseOutputDir': invoke('reports:chooseOutputDir'),
  'reports:wordTemplate': invoke('reports:wordTemplate'),
  'reports:chooseWordTemplate': invoke('reports:chooseWordTemplate'),
  'reports:files': invoke('reports:files'),
  'folders:list': invoke('folders:list'),
  'folders:create': invoke('folders:create'),
  'shell:open': invoke('shell:open'),
  'shell:reveal': invoke('shell:reveal'),
  'plan:export': invoke('plan:export'),
  'email:read': invoke('email:read'),
  on,
} satisfies Api;
