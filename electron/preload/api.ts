/**
 * The only module that touches ipcRenderer: one function per channel of the contract, nothing
 * more. ipcRenderer itself is never exposed.
 */
import { ipcRenderer } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels.ts';
import type { Api } from '../../shared/ipc/contract.ts';

export const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(channel, args)]),
) as unknown as Api satisfies Api;
