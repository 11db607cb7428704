/** Running the command line in a test: an Output that keeps every line the user would see. */
export function capture(): {
  lines: { out: string[]; err: string[] };
  io: { out: (line: string) => void; err: (line: string) => void };
} {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, io: { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) } };
}
