/** The one `api` the window uses: Electron's preload where it exists, else the browser mode's HTTP. */
import type { Api, ArgsOf, Channel, ResultOf } from '../../shared/ipc/contract.ts';
import type { Envelope, ErrorInfo } from '../../shared/ipc/envelope.ts';
import { createHttpApi } from './http-api.ts';

export const api: Api = window.api ?? createHttpApi();

/** An error from the main side, with its code and problems, thrown by {@link call}. */
export class ApiError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message);
  }
}

/** Calls a channel and returns its value, or throws an ApiError with what went wrong. */
export async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const fn = api[channel] as unknown as (a: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>>;
  const envelope = await fn(args);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}
