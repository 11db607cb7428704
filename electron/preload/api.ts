/**
 * The only module that touches ipcRenderer: one function per channel of the contract, nothing
 * more. ipcRenderer itself is never exposed.
 *
 * Every channel is listed by name so that `satisfies Api` checks something: a channel of the
 * contract missing here, a name that is not a channel, or a function of the wrong type fails to
 * compile. (The sandboxed preload cannot load zod, so only types come from the contract.)
 */
import { ipcRenderer } from 'electron';
import type { Api, ArgsOf, Channel, ResultOf } from '../../shared/ipc/contract.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';

/** The function that invokes one channel, typed by the contract. */
function invoke<C extends Channel>(channel: C): (args: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>> {
  // ipcRenderer.invoke resolves to `any`: the main side's handle() sends this channel's envelope.
  return (args) => ipcRenderer.invoke(channel, args) as Promise<Envelope<ResultOf<C>>>;
}

export const api = {
  'app:info': invoke('app:info'),
  'file:current': invoke('file:current'),
  'file:new': invoke('file:new'),
  'file:open': invoke('file:open'),
  'file:save': invoke('file:save'),
  'file:saveAs': invoke('file:saveAs'),
  'file:update': invoke('file:update'),
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
  'shell:open': invoke('shell:open'),
  'shell:reveal': invoke('shell:reveal'),
} satisfies Api;
