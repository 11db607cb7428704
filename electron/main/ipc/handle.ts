/**
 * The only module that touches ipcMain. Every channel of the contract is registered through one
 * wrapper: the sender must be our own window's top frame showing our own page, the arguments are
 * parsed by the channel's schema (in `dispatch`), and the answer is always an envelope.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../shared/ipc/contract.ts';
import type { Envelope } from '../../../shared/ipc/envelope.ts';
import { dispatch, type Handlers } from '../../node/dispatch.ts';

/** Decides whether an IPC message comes from a frame we trust. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export function registerIpc(handlers: Handlers, isTrustedSender: SenderCheck): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, args: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event))
        return {
          ok: false,
          error: {
            code: 'bad-request',
            message: 'Refused: the message did not come from the Liaison window.',
          },
        };
      return dispatch(handlers, channel, args);
    });
  }
}

/** Forwards main's events (the contract's `Events`) to the window, while there is one. */
export function forwardEvents(
  subscribe: (listener: (event: string, payload: unknown) => void) => () => void,
  getWindow: () => BrowserWindow | null,
): () => void {
  return subscribe((event, payload) => getWindow()?.webContents.send(event, payload));
}
