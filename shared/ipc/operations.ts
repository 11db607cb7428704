/**
 * Edits as operations: JSON Patch (RFC 6902 `add`, `remove`, `replace`) between two versions of a
 * program. The window sends the operations of each edit instead of the whole file; main applies
 * them, in order, to its current program; the store rebases them onto another writer's save.
 *
 * The diff is computed here, by reference: `change` helpers return a new immutable file that
 * shares every untouched part with the old one, so only the parts whose references differ are
 * compared. Arrays are diffed by their common prefix and suffix, so deleting one person of 10,000
 * is one `remove` (Immer's own array patches would replace every later element). Applying uses
 * Immer's drafts, which copy only the containers on an operation's path.
 */
import { Immer } from 'immer';
import { z } from 'zod';

/** One JSON Patch operation; `path` is a JSON Pointer (`/stakeholders/3/name`, `-` appends). */
export type Operation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown };

// JSON Pointer: "" (the whole document) or "/"-separated tokens.
const pointer = z
  .string()
  .max(1000)
  .regex(/^(\/[^/]*)*$/, 'expected a JSON Pointer such as /stakeholders/0/name');

/** The schema of an operation crossing IPC or HTTP; values are checked by the store. */
export const operationSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), path: pointer, value: z.unknown() }),
  z.strictObject({ op: z.literal('remove'), path: pointer }),
  z.strictObject({ op: z.literal('replace'), path: pointer, value: z.unknown() }),
]);

/** An operation that cannot apply to the document it was sent for. */
export class OperationError extends Error {
  constructor(
    readonly operation: Operation,
    reason: string,
  ) {
    super(`${operation.op} ${operation.path || '(the whole program)'}: ${reason}`);
    this.name = 'OperationError';
  }
}

const immer = new Immer({ autoFreeze: false });
// Keys that would reach Object.prototype through a plain assignment.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => v !== null && typeof v === 'object';

export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `['stakeholders', 3, 'name']` -> `/stakeholders/3/name` */
export function toPointer(path: ReadonlyArray<string | number>): string {
  return path.map((t) => `/${escapeToken(t)}`).join('');
}

/** `/stakeholders/3/name` -> `['stakeholders', '3', 'name']` (tokens unescaped, still strings). */
export function tokensOf(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** An array index token: digits without a leading zero. */
function indexOf(token: string, operation: Operation, max: number): number {
  if (!/^(0|[1-9]\d*)$/.test(token)) throw new OperationError(operation, `"${token}" is not an index`);
  const index = Number(token);
  if (index > max) throw new OperationError(operation, `index ${index} is past the end (${max})`);
  return index;
}

/** Applies one operation to an Immer draft (or a plain value); returns the resolved path. */
function applyOne(draft: { root: unknown }, operation: Operation): Array<string | number> {
  const tokens = tokensOf(operation.path);
  if (tokens.length === 0) {
    if (operation.op === 'remove') throw new OperationError(operation, 'the program cannot be removed');
    draft.root = operation.value;
    return [];
  }
  const resolved: Array<string | number> = [];
  let parent: unknown = draft.root;
  for (const token of tokens.slice(0, -1)) {
    if (Array.isArray(parent)) {
      const index = indexOf(token, operation, parent.length - 1);
      resolved.push(index);
      parent = parent[index];
    } else if (isContainer(parent) && Object.hasOwn(parent, token) && !FORBIDDEN.has(token)) {
      resolved.push(token);
      parent = (parent as Record<string, unknown>)[token];
    } else throw new OperationError(operation, `there is nothing at ${toPointer([...resolved, token])}`);
    if (!isContainer(parent))
      throw new OperationError(operation, `${toPointer(resolved)} holds no object or list`);
  }
  const last = tokens[tokens.length - 1] as string;
  if (Array.isArray(parent)) {
    const end = operation.op === 'add' ? parent.length : parent.length - 1;
    const index = last === '-' && operation.op === 'add' ? parent.length : indexOf(last, operation, end);
    resolved.push(index);
    if (operation.op === 'add') parent.splice(index, 0, operation.value);
    else if (operation.op === 'remove') parent.splice(index, 1);
    else parent[index] = operation.value;
    return resolved;
  }
  const target = parent as Record<string, unknown>;
  if (FORBIDDEN.has(last)) throw new OperationError(operation, `"${last}" is not a field name`);
  if (operation.op !== 'add' && !Object.hasOwn(target, last))
    throw new OperationError(operation, `there is no field "${last}" to ${operation.op}`);
  resolved.push(last);
  if (operation.op === 'remove') delete target[last];
  else target[last] = operation.value;
  return resolved;
}

export interface Applied<T> {
  result: T;
  /** The path each operation changed, with array indices resolved (for validating what changed). */
  touched: Array<Array<string | number>>;
}

/**
 * Applies `operations` in order to `base` without changing it: the result shares every part no
 * operation touched. Throws an OperationError naming the first operation that cannot apply.
 */
export function applyOperations<T>(base: T, operations: readonly Operation[]): Applied<T> {
  const touched: Array<Array<string | number>> = [];
  const box = immer.produce({ root: base }, (draft) => {
    for (const operation of operations) touched.push(applyOne(draft, operation));
  });
  return { result: box.root, touched };
}

/** The operations turning `before` into `after`, and those turning it back (for undo). */
export function diff(before: unknown, after: unknown): { operations: Operation[]; inverse: Operation[] } {
  const operations: Operation[] = [];
  const inverse: Operation[] = [];
  walk(before, after, [], operations, inverse);
  return { operations, inverse: inverse.reverse() };
}

function walk(
  before: unknown,
  after: unknown,
  path: Array<string | number>,
  ops: Operation[],
  inverse: Operation[],
): void {
  if (before === after) return;
  const replace = () => {
    ops.push({ op: 'replace', path: toPointer(path), value: after });
    inverse.push({ op: 'replace', path: toPointer(path), value: before });
  };
  if (!isContainer(before) || !isContainer(after) || Array.isArray(before) !== Array.isArray(after))
    return replace();
  if (Array.isArray(before) && Array.isArray(after)) return walkArray(before, after, path, ops, inverse);
  const from = before as Record<string, unknown>;
  const to = after as Record<string, unknown>;
  for (const key of Object.keys(from))
    if (!Object.hasOwn(to, key)) {
      ops.push({ op: 'remove', path: toPointer([...path, key]) });
      inverse.push({ op: 'add', path: toPointer([...path, key]), value: from[key] });
    }
  for (const key of Object.keys(to)) {
    if (!Object.hasOwn(from, key)) {
      ops.push({ op: 'add', path: toPointer([...path, key]), value: to[key] });
      inverse.push({ op: 'remove', path: toPointer([...path, key]) });
    } else walk(from[key], to[key], [...path, key], ops, inverse);
  }
}

function walkArray(
  before: unknown[],
  after: unknown[],
  path: Array<string | number>,
  ops: Operation[],
  inverse: Operation[],
): void {
  // The common prefix and suffix by reference; what lies between was changed, removed or added.
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const changed = Math.min(endBefore - start, endAfter - start);
  // Same positions on both sides: diff them in place (an edited item is a field-level change).
  for (let i = start; i < start + changed; i++) walk(before[i], after[i], [...path, i], ops, inverse);
  // Removed items, from the last so the indices still hold; or added ones, in order.
  for (let i = endBefore - 1; i >= start + changed; i--) {
    ops.push({ op: 'remove', path: toPointer([...path, i]) });
    inverse.push({ op: 'add', path: toPointer([...path, i]), value: before[i] });
  }
  // Appended items say so (`-`), so a rebase appends them after another writer's additions.
  const appended = endAfter === after.length;
  for (let i = start + changed; i < endAfter; i++) {
    const at = appended ? '-' : i;
    ops.push({ op: 'add', path: toPointer([...path, at]), value: after[i] });
    inverse.push({ op: 'remove', path: toPointer([...path, i]) });
  }
}
