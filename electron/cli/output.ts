import { formatProblem } from '../../shared/schema/validate.ts';
import type { AppError } from '../node/errors.ts';

/** Where the command line writes: injectable, so tests read exactly what a user would see. */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Exit codes: 0 success, 1 a problem with the input files, 2 a usage error. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;

/**
 * An error the user can act on: its message, then every problem behind it with its path (one
 * line each), as `validate` prints them. Every command prints errors this one way.
 */
export function printError(io: Output, error: AppError): void {
  io.err(error.message);
  for (const problem of error.problems) io.err(formatProblem(problem));
}
