import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../../electron/main/ipc/handle.ts';
import type { Handlers } from '../../../../electron/node/dispatch.ts';
import { CHANNELS } from '../../../../shared/ipc/channels.ts';
import type { Envelope } from '../../../../shared/ipc/envelope.ts';

type Listener = (event: IpcMainInvokeEvent, args: unknown) => Promise<Envelope<unknown>>;

const ipc = vi.hoisted(() => {
  const registered = new Map<string, unknown>();
  const handle = vi.fn((channel: string, listener: unknown) => {
    if (registered.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    registered.set(channel, listener);
  });
  return { registered, handle };
});

vi.mock('electron', () => ({ ipcMain: { handle: ipc.handle } }));

/** Handlers that record their calls and answer their channel name. */
function recordingHandlers() {
  const calls: Array<[string, unknown]> = [];
  const all: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNELS)
    all[channel] = (args) => {
      calls.push([channel, args]);
      return Promise.resolve(`answer from ${channel}`);
    };
  return { calls, handlers: all as unknown as Handlers };
}

const trustedEvent = { sender: 'our window' } as unknown as IpcMainInvokeEvent;
const strangerEvent = { sender: 'some other page' } as unknown as IpcMainInvokeEvent;
const isTrusted = (event: IpcMainInvokeEvent) => event === trustedEvent;

function listener(channel: string): Listener {
  const found = ipc.registered.get(channel);
  if (typeof found !== 'function') throw new Error(`${channel} was not registered`);
  return found as Listener;
}

beforeEach(() => {
  ipc.registered.clear();
  ipc.handle.mockClear();
});

describe('registerIpc', () => {
  it('registers every channel of the contract, each once, and nothing else', () => {
    registerIpc(recordingHandlers().handlers, isTrusted);
    expect(ipc.handle).toHaveBeenCalledTimes(CHANNELS.length);
    expect([...ipc.registered.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses a message from an untrusted sender with an envelope, without calling the handler', async () => {
    const { calls, handlers } = recordingHandlers();
    const check = vi.fn(isTrusted);
    registerIpc(handlers, check);
    for (const channel of CHANNELS) {
      const envelope = await listener(channel)(strangerEvent, { path: '/tmp/p.json' });
      expect(envelope.ok, channel).toBe(false);
      if (!envelope.ok) {
        expect(envelope.error.code).toBe('bad-request');
        expect(envelope.error.message).toMatch(/did not come from the Liaison window/);
      }
    }
    expect(calls).toEqual([]);
    expect(check).toHaveBeenCalledWith(strangerEvent);
  });

  it('passes a trusted call through dispatch to its handler', async () => {
    const { calls, handlers } = recordingHandlers();
    registerIpc(handlers, isTrusted);
    expect(await listener('file:open')(trustedEvent, { path: '/tmp/p.json' })).toEqual({
      ok: true,
      value: 'answer from file:open',
    });
    expect(await listener('file:current')(trustedEvent, undefined)).toEqual({
      ok: true,
      value: 'answer from file:current',
    });
    expect(calls).toEqual([
      ['file:open', { path: '/tmp/p.json' }],
      ['file:current', {}],
    ]);
  });

  it('still checks the arguments of a trusted call', async () => {
    const { calls, handlers } = recordingHandlers();
    registerIpc(handlers, isTrusted);
    const envelope = await listener('file:open')(trustedEvent, { path: 42 });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('bad-request');
      expect(envelope.error.problems?.map((p) => p.path)).toEqual(['path']);
    }
    expect(calls).toEqual([]);
  });
});
