/**
 * The nesting bound. A value nested thousands of levels deep is valid JSON, but every recursive
 * step after reading it (JSON.stringify, structured clone over IPC) overflows the stack: such a
 * file is refused on open and by `validate`, with the path where it goes too deep.
 */
import { formatPath } from '../../shared/schema/validate.ts';

/** No real program comes near this; a hostile or broken one is stopped here. */
export const MAX_NESTING = 200;

/**
 * The path (`program.extra.a.a…`) where `value` goes deeper than `limit` levels below `start`
 * levels of its own, or null. Iterative, so the check itself cannot overflow the stack.
 */
export function tooDeep(value: unknown, limit = MAX_NESTING, start = 0): string | null {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top || top.value === null || typeof top.value !== 'object') continue;
    if (start + top.path.length >= limit) return describe(top.path);
    const entries = Array.isArray(top.value)
      ? top.value.map((v, i) => [i, v] as const)
      : Object.entries(top.value as Record<string, unknown>);
    for (const [key, child] of entries)
      if (child !== null && typeof child === 'object') stack.push({ value: child, path: [...top.path, key] });
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
