/** Ids for new record items: readable, stable, and unique across the whole file. */
import type { ProgramFile } from '../schema/program.ts';

/** Every id in use anywhere in the file (items, key results, options, expectations, checklists). */
export function idsInUse(file: ProgramFile): Set<string> {
  const ids = new Set<string>([file.program.id]);
  const add = (list: readonly { id: string }[]) => list.forEach((x) => ids.add(x.id));
  for (const o of file.objectives) {
    ids.add(o.id);
    add(o.keyResults);
  }
  add(file.milestones);
  add(file.risks);
  for (const d of file.decisions) {
    ids.add(d.id);
    add(d.options);
  }
  add(file.dependencies);
  add(file.wins);
  add(file.metrics);
  add(file.actions);
  for (const s of file.stakeholders) {
    ids.add(s.id);
    add(s.expectations);
  }
  for (const m of file.meetings) {
    ids.add(m.id);
    add(m.checklist ?? []);
  }
  add(file.reports);
  add(file.communications ?? []);
  return ids;
}

const SLUG_MAX = 32;

/** `PCI DSS 4.0 — passed!` as `pci-dss-4-0-passed`; a long title is cut at a word, within 32 characters. */
export function slug(text: string): string {
  const full = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= SLUG_MAX) return full;
  const cut = full.slice(0, SLUG_MAX + 1);
  const word = cut.lastIndexOf('-');
  return word > 0 ? cut.slice(0, word) : full.slice(0, SLUG_MAX);
}

/**
 * A new id `<prefix>-<slug of title>` that no item in `taken` has: `m-go-live`, then `m-go-live-2`.
 * The chosen id is added to `taken`, so several ids made in one go stay distinct.
 */
export function uniqueId(taken: Set<string>, prefix: string, title: string): string {
  const base = `${prefix}-${slug(title) || 'new'}`;
  // Where the last search for this base ended, so 100,000 people of one name stay linear.
  let from = lastSuffix.get(taken);
  if (!from) lastSuffix.set(taken, (from = new Map<string, number>()));
  let n = from.get(base) ?? 2;
  let id = base;
  while (taken.has(id)) id = `${base}-${n++}`;
  from.set(base, n);
  taken.add(id);
  return id;
}

/** Per set of taken ids, the suffix each base reached (sets only grow, so it stays a lower bound). */
const lastSuffix = new WeakMap<Set<string>, Map<string, number>>();

/**
 * `digits` random hex digits, for names that need only be unlikely to meet another (a temp file's
 * name, a report record's id): not a secret, so Math.random, whose generator V8 seeds per process
 * from the OS; node:crypto's load alone is ~4 ms of a cold `liaison report` here.
 */
export function randomHex(digits: number): string {
  let hex = '';
  while (hex.length < digits)
    hex += Math.floor(Math.random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  return hex.slice(0, digits);
}
