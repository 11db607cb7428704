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
