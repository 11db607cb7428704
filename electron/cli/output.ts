import { writeSync } from 'node:fs';
import { formatProblem } from '../../shared/schema/validate.ts';
import type { AppError } from '../node/errors.ts';

/** Where the command line writes: injectable, so tests read exactly what a user would see. */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Set once a descriptor would block: from then on every line goes through Node's streams, in order. */
let streamed = false;

/**
 * A line written straight to the descriptor: on a terminal or a pipe, process.stdout and
 * process.stderr are sockets, and setting them up (net, tty) was ~4 ms of every cold command
 * here. A pipe may take part of a line: the rest is written until it is all out. A descriptor left
 * non-blocking whose reader is slow (EAGAIN) hands this line and all later ones to the streams,
 * which wait for it. A reader gone (`liaison … | head`) is not an error: there is no one to tell.
 */
function writeLine(fd: 1 | 2, line: string): void {
  let bytes: Uint8Array = Buffer.from(`${line}\n`);
  if (!streamed) {
    try {
      while (bytes.length > 0) bytes = bytes.subarray(writeSync(fd, bytes));
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw error;
      streamed = true;
    }
  }
  (fd === 1 ? process.stdout : process.stderr).write(bytes);
}

export const consoleOutput: Output = {
  out: (line) => writeLine(1, line),
  err: (line) => writeLine(2, line),
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
