/**
 * Rebasing: operations made on one version of a program, applied to another (the file another
 * writer saved meanwhile, or a newer revision in main). Items in lists are followed by their id,
 * so an edit still reaches its person after someone else added or removed others. An operation
 * conflicts only when it cannot apply: its item was deleted, or the other side changed the same
 * field to something else. The conflict names the item and the field.
 */
import { applyOperations, toPointer, tokensOf, type Operation } from './operations.ts';

export type Rebased<T> = { ok: true; result: T; operations: Operation[] } | { ok: false; conflict: string };

type Loose = Record<string, unknown>;
const isContainer = (v: unknown): v is Loose | unknown[] => v !== null && typeof v === 'object';

/** Structural equality of JSON values; shared references answer at once. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Loose)[k], (b as Loose)[k]))
  );
}

function idOf(item: unknown): string | undefined {
  return isContainer(item) && !Array.isArray(item) && typeof item.id === 'string' ? item.id : undefined;
}

/** Where `item` (at `index` in the old list) is in the new list: by id, else the same index. */
function follow(list: unknown[], item: unknown, index: number): number {
  const id = idOf(item);
  if (id !== undefined) return list.findIndex((x) => idOf(x) === id);
  return index < list.length ? index : -1;
}

/** `stakeholder "Dana Whitfield" (stk-dana)`, or the collection and index when items have no id. */
function describeItem(collection: string, item: unknown, index: number): string {
  const noun = collection.replace(/ies$/, 'y').replace(/s$/, '');
  const id = idOf(item);
  if (id === undefined) return `${collection}[${index}]`;
  const named = item as Loose;
  const name =
    typeof named.name === 'string' ? named.name : typeof named.title === 'string' ? named.title : '';
  return name ? `${noun} "${name}" (${id})` : `${noun} ${id}`;
}

function valueAt(root: unknown, tokens: readonly string[]): unknown {
  let at: unknown = root;
  for (const token of tokens) {
    if (!isContainer(at)) return undefined;
    at = Array.isArray(at) ? at[Number(token)] : Object.hasOwn(at, token) ? at[token] : undefined;
  }
  return at;
}

/** Translates one operation's path from `old` to `cur`; a string is the reason it cannot. */
function translate(old: unknown, cur: unknown, operation: Operation): string[] | string {
  const tokens = tokensOf(operation.path);
  const out: string[] = [];
  let o: unknown = old;
  let c: unknown = cur;
  let where = 'the program';
  for (let j = 0; j < tokens.length; j++) {
    const token = tokens[j] as string;
    const last = j === tokens.length - 1;
    if (Array.isArray(o)) {
      if (!Array.isArray(c)) return `${where} is no longer a list`;
      if (last && operation.op === 'add') {
        const index = token === '-' ? o.length : Number(token);
        const before = index >= o.length ? -1 : follow(c, o[index], index);
        out.push(before < 0 ? '-' : String(before));
        return out;
      }
      const index = Number(token);
      const item: unknown = o[index];
      const k = follow(c, item, index);
      where = j === 1 ? describeItem(tokens[0] as string, item, index) : `${where}[${index}]`;
      if (k < 0) return `${where} was deleted by the other writer`;
      out.push(String(k));
      o = item;
      c = c[k];
    } else {
      if (!isContainer(c) || Array.isArray(c)) return `${where} changed shape`;
      out.push(token);
      if (last) return out;
      const had = isContainer(o) && Object.hasOwn(o, token);
      o = isContainer(o) ? (o as Loose)[token] : undefined;
      c = Object.hasOwn(c, token) ? c[token] : undefined;
      where = j === 0 ? token : `${where}.${token}`;
      if (had && c === undefined) return `${where} was removed by the other writer`;
    }
  }
  return out;
}

/**
 * Applies `operations`, made on `from`, to `onto`. Operations that the other side already made
 * (the same value) are dropped; the rest are returned with their paths as they apply to `onto`.
 */
export function rebase<T>(from: T, onto: T, operations: readonly Operation[]): Rebased<T> {
  let old: unknown = from;
  let cur: unknown = onto;
  const kept: Operation[] = [];
  for (const operation of operations) {
    const tokens = tokensOf(operation.path);
    const path = translate(old, cur, operation);
    if (typeof path === 'string') return { ok: false, conflict: path };
    const mine = operation.op === 'remove' ? undefined : operation.value;
    const appending = operation.op === 'add' && path[path.length - 1] === '-';
    const arrayInsert = operation.op === 'add' && Array.isArray(valueAt(old, tokens.slice(0, -1)));
    if (!appending && !arrayInsert) {
      const theirs = valueAt(cur, path);
      if (!sameValue(valueAt(old, tokens), theirs)) {
        // They made the same change: nothing left to do. Otherwise the same field changed twice.
        if (sameValue(theirs, mine)) {
          old = applyOperations(old, [operation]).result;
          continue;
        }
        return { ok: false, conflict: `${describeAt(old, tokens)}: the other writer changed it too` };
      }
    }
    const moved: Operation = { ...operation, path: toPointer(path) };
    old = applyOperations(old, [operation]).result;
    cur = applyOperations(cur, [moved]).result;
    kept.push(moved);
  }
  return { ok: true, result: cur as T, operations: kept };
}

/** `stakeholder "Dana Whitfield" (stk-dana), name`, or `program.name`. */
function describeAt(root: unknown, tokens: readonly string[]): string {
  if (tokens.length === 0) return 'the whole program';
  const collection = tokens[0] as string;
  const list = valueAt(root, [collection]);
  if (!Array.isArray(list) || tokens.length < 2) return tokens.join('.');
  const index = Number(tokens[1]);
  const field = tokens.slice(2).join('.');
  return `${describeItem(collection, list[index], index)}${field ? `, ${field}` : ''}`;
}
