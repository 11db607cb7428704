/**
 * Near misses of a whole program for `file:apply` (as the operation replacing it): the open program with one value set to
 * something else, one value deleted, or one unknown field added (the schema keeps unknown
 * fields). Some are valid and get saved, most are refused with their problems.
 */
import fc from 'fast-check';
import type { ProgramFile } from '../../../shared/schema/program.ts';

export interface Mutation {
  op: 'set' | 'delete' | 'add-unknown' | 'rename';
  at: number;
  value: unknown;
}

/** 1 MB: large enough to matter, rare enough that saves stay quick. */
const BIG_TEXT = `${'Ω'.repeat(1 << 19)}🙂\u202E`;

/**
 * Values that JSON can hold: a program must stay writable as JSON. (Values it cannot hold, such
 * as a BigInt or a cycle, are a known bug: see KNOWN_BUGS in ipc-fuzz.ts.)
 */
const jsonish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>('', 'x', -1, 0, 6, 1.5, null, true, [], {}, '2026-02-30'),
  },
  { weight: 1, arbitrary: fc.constant(BIG_TEXT) },
);

/** Values JSON cannot write: a BigInt, a cycle, nesting deeper than JSON.stringify recurses. */
export function unwritableValues(): unknown[] {
  const cycle: Record<string, unknown> = { name: 'cycle' };
  cycle.self = cycle;
  let deep: unknown = 'bottom';
  for (let i = 0; i < 100_000; i++) deep = [deep];
  return [10n, cycle, deep];
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('set', 'set', 'delete', 'add-unknown', 'rename'),
  at: fc.nat(),
  value: jsonish,
});

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every property of the tree, breadth first (the first few thousand). */
function slots(root: unknown, limit = 5000): Slot[] {
  const out: Slot[] = [];
  const queue: unknown[] = [root];
  while (queue.length > 0 && out.length < limit) {
    const node = queue.shift();
    if (Array.isArray(node)) {
      node.forEach((child: unknown, key) => {
        out.push({ parent: node, key });
        queue.push(child);
      });
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        out.push({ parent: record, key });
        queue.push(record[key]);
      }
    }
  }
  return out;
}

/** A copy of `file` with the mutation applied; `file` itself is not touched. */
export function mutateProgram(file: ProgramFile, m: Mutation): unknown {
  const copy = structuredClone(file) as unknown as Record<string, unknown>;
  if (m.op === 'rename') {
    (copy.program as Record<string, unknown>).name =
      typeof m.value === 'string' ? m.value : JSON.stringify(m.value);
    return copy;
  }
  const all = slots(copy);
  const slot = all[m.at % all.length];
  if (!slot) return copy;
  const { parent, key } = slot;
  if (m.op === 'add-unknown') {
    const objects = all.map((s) => s.parent).filter((p): p is Record<string, unknown> => !Array.isArray(p));
    const target = objects[m.at % objects.length] ?? copy;
    target[`x-fuzz-${m.at % 97}`] = m.value;
  } else if (Array.isArray(parent)) {
    if (m.op === 'delete') parent.splice(Number(key), 1);
    else parent[Number(key)] = m.value;
  } else if (m.op === 'delete') {
    delete parent[key];
  } else {
    parent[key] = m.value;
  }
  return copy;
}
