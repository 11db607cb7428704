import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { dispatch, type Handlers } from '../../../../electron/node/dispatch.ts';
import { AppError } from '../../../../electron/node/errors.ts';
import { CHANNELS } from '../../../../shared/ipc/contract.ts';
import type { Envelope, ErrorInfo } from '../../../../shared/ipc/envelope.ts';

/** Handlers that each answer their own channel name, with the ones a test needs replaced. */
function handlers(overrides: Partial<Record<string, (args: unknown) => Promise<unknown>>> = {}): Handlers {
  const all: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNELS) all[channel] = overrides[channel] ?? (() => Promise.resolve(channel));
  return all as unknown as Handlers;
}

function errorOf(envelope: Envelope<unknown>): ErrorInfo {
  if (envelope.ok) throw new Error('expected a failure');
  return envelope.error;
}

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  consoleError.mockRestore();
});

describe('dispatch', () => {
  it('passes parsed arguments to the handler and wraps its value', async () => {
    const open = vi.fn((args: unknown) => Promise.resolve({ opened: args }));
    const envelope = await dispatch(handlers({ 'file:open': open }), 'file:open', { path: '/tmp/p.json' });
    expect(envelope).toEqual({ ok: true, value: { opened: { path: '/tmp/p.json' } } });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('treats missing arguments as none', async () => {
    expect(await dispatch(handlers(), 'file:current', undefined)).toEqual({
      ok: true,
      value: 'file:current',
    });
    expect(await dispatch(handlers(), 'file:current', null)).toEqual({ ok: true, value: 'file:current' });
  });

  it('turns an unexpected exception into an internal error with no stack trace', async () => {
    const failing = () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')"));
    const envelope = await dispatch(handlers({ 'file:save': failing }), 'file:save', {});
    const error = errorOf(envelope);
    expect(error.code).toBe('internal');
    expect(error.message).toContain('file:save');
    expect(error.message).toContain("Cannot read properties of undefined (reading 'x')");
    expect(error.message).not.toMatch(/\n\s*at /);
    expect(error.message).not.toContain('TypeError');
    expect(error.message).not.toContain('dispatch.test.ts');
    expect(error).not.toHaveProperty('stack');
    expect(error.problems).toBeUndefined();
    // The developer still sees the whole error in the log.
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  it('survives a handler that throws synchronously or throws something that is not an Error', async () => {
    const sync = () => {
      throw new Error('boom');
    };
    expect(errorOf(await dispatch(handlers({ 'app:info': sync }), 'app:info', {})).code).toBe('internal');
    // Some libraries reject with plain values; the window still gets an envelope.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the very case under test
    const notAnError = () => Promise.reject('ECONNRESET');
    const error = errorOf(await dispatch(handlers({ 'app:info': notAnError }), 'app:info', {}));
    expect(error).toEqual({ code: 'internal', message: 'Something went wrong in app:info: ECONNRESET' });
  });

  it('maps an AppError to its own code, message and problems', async () => {
    const problems = [{ path: 'risks[0].likelihood', message: '9 is out of range' }];
    const invalid = () =>
      Promise.reject(new AppError('invalid', 'The change was not saved: 1 problem.', problems));
    const envelope = await dispatch(handlers({ 'file:apply': invalid }), 'file:apply', {
      ops: [],
      baseRevision: 1,
    });
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'The change was not saved: 1 problem.', problems },
    });
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('leaves problems out for an AppError that has none', async () => {
    const none = () => Promise.reject(new AppError('no-file', 'No program file is open.'));
    const envelope = await dispatch(handlers({ 'file:save': none }), 'file:save', {});
    expect(envelope).toEqual({ ok: false, error: { code: 'no-file', message: 'No program file is open.' } });
  });

  it('refuses an unknown channel, including names inherited by every object', async () => {
    for (const channel of ['file:delete', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const error = errorOf(await dispatch(handlers(), channel, {}));
      expect(error.code, channel).toBe('bad-request');
      expect(error.message, channel).toMatch(/^Unknown channel/);
    }
  });

  it('keeps a long unknown channel name out of the message', async () => {
    const error = errorOf(await dispatch(handlers(), 'x'.repeat(10_000), {}));
    expect(error.message.length).toBeLessThan(200);
  });

  it('refuses bad arguments with every problem at its path, without calling the handler', async () => {
    const open = vi.fn(() => Promise.resolve(null));
    const error = errorOf(
      await dispatch(handlers({ 'file:open': open }), 'file:open', { path: 42, extra: true }),
    );
    expect(error.code).toBe('bad-request');
    expect(error.message).toBe('Bad arguments for file:open.');
    const paths = error.problems?.map((p) => p.path) ?? [];
    expect(paths).toContain('path');
    expect(paths.length).toBeGreaterThanOrEqual(2); // the unknown key is reported too
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses a path longer than the contract allows and a negative revision', async () => {
    const open = vi.fn(() => Promise.resolve(null));
    const long = errorOf(
      await dispatch(handlers({ 'file:open': open }), 'file:open', { path: 'a'.repeat(5000) }),
    );
    expect(long.code).toBe('bad-request');
    const update = vi.fn(() => Promise.resolve(null));
    const stale = errorOf(
      await dispatch(handlers({ 'file:apply': update }), 'file:apply', { ops: [], baseRevision: -1 }),
    );
    expect(stale.problems?.map((p) => p.path)).toEqual(['baseRevision']);
    expect(open).not.toHaveBeenCalled();
    expect(update).not.toHaveBeenCalled();
  });
});
