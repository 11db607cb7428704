/**
 * The nesting bound. A value nested thousands of levels deep is valid JSON, but every recursive
 * step after reading it (JSON.stringify, structured clone over IPC) overflows the stack: such a
 * file is refused on open and by `validate`, with the path where it goes too deep.
 */
import { formatPath } from '../../shared/schema/validate.ts';

/** No real program comes near this; a hostile or broken one is stopped here. */
export const MAX_NESTING = 200;

/** One container being walked: its keys (null for a list) and the next entry to visit. */
interface Frame {
  node: Record<string, unknown> | unknown[];
  keys: string[] | null;
  at: number;
}

const frameOf = (node: object): Frame =>
  Array.isArray(node)
    ? { node, keys: null, at: 0 }
    : { node: node as Record<string, unknown>, keys: Object.keys(node), at: 0 };

/**
 * The path (`program.extra.a.a…`) where `value` goes deeper than `limit` levels below `start`
 * levels of its own, or null. Iterative, so the check itself cannot overflow the stack; the path
 * is the walk's own stack of keys, so nothing is copied per value (a 10 MB program: ~15 ms).
 */
export function tooDeep(value: unknown, limit = MAX_NESTING, start = 0): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (start >= limit) return describe([]);
  const frames: Frame[] = [frameOf(value)];
  while (frames.length > 0) {
    const top = frames[frames.length - 1] as Frame;
    const size = top.keys ? top.keys.length : (top.node as unknown[]).length;
    if (top.at >= size) {
      frames.pop();
      continue;
    }
    const key = top.keys ? (top.keys[top.at] as string) : top.at;
    top.at++;
    const child = (top.node as Record<string | number, unknown>)[key];
    if (child === null || typeof child !== 'object') continue;
    if (start + frames.length >= limit)
      return describe(frames.map((f) => (f.keys ? f.keys[f.at - 1] : f.at - 1) as PropertyKey));
    frames.push(frameOf(child));
  }
  return null;
}

/** The first levels of a deep path: enough to find it, short enough for one line. */
function describe(path: PropertyKey[]): string {
  const shown = formatPath(path.slice(0, 6));
  return path.length > 6 ? `${shown}…` : shown;
}

/** One line for a value nested too deep at `path`. */
export function nestingMessage(where: string, path: string): string {
  return `${where}: ${path || 'the top level'} is nested deeper than ${MAX_NESTING} levels; Liaison does not read values nested that deep.`;
}
