/** What every call across the IPC or HTTP boundary returns: a value, or an error to show. */
import type { Problem } from '../schema/validate.ts';

export const ERROR_CODES = [
  'bad-request',
  'no-file',
  'not-found',
  'unreadable',
  'empty',
  'invalid-json',
  'not-a-program',
  'newer-version',
  'unversioned',
  'invalid',
  'exists',
  'conflict',
  'write-failed',
  'unsupported',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Every problem found, each with its path, when the error is about a file's content. */
  problems?: Problem[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
