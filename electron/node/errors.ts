/** Errors the app shows the user: a stable code, one clear message, and the problems behind it. */
import type { Problem } from '../../shared/schema/validate.ts';
import type { ErrorCode } from '../../shared/ipc/envelope.ts';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** The Node error code of a failed system call (ENOENT, EACCES, ...), if it is one. */
export function sysCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Why a write failed, in words: a full disk, permission denied, a missing folder, or the code. */
export function writeFailureReason(error: unknown): string {
  const code = sysCode(error);
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'ENOENT') return 'its folder no longer exists';
  return code ?? String(error);
}
