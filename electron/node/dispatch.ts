/**
 * The one place a call from a window becomes a handler call, for both transports: the channel
 * must exist, its arguments must parse with the channel's schema, and whatever happens the caller
 * gets an envelope, never an exception or a stack trace.
 */
import { contract, isChannel, type ArgsOf, type Channel, type ResultOf } from '../../shared/ipc/contract.ts';
import type { Envelope } from '../../shared/ipc/envelope.ts';
import { formatPath } from '../../shared/schema/validate.ts';
import { AppError } from './errors.ts';

/** A handler receives parsed arguments (the schema's output type). */
export type Handlers = { [C in Channel]: (args: ArgsOf<C>) => Promise<ResultOf<C>> };

export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawArgs: unknown,
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return failure('bad-request', `Unknown channel "${channel.slice(0, 100)}".`);
  const parsed = contract[channel].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
    return { ok: false, error: { code: 'bad-request', message: `Bad arguments for ${channel}.`, problems } };
  }
  try {
    const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError)
      return {
        ok: false,
        error: {
          code: error.code,
          message: error.message,
          ...(error.problems.length ? { problems: error.problems } : {}),
        },
      };
    // Unexpected: log it for the developer; the window gets a message, not a stack.
    console.error(`[liaison] ${channel} failed:`, error);
    return failure(
      'internal',
      `Something went wrong in ${channel}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function failure(code: 'bad-request' | 'internal', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
