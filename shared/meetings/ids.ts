/**
 * New ids for what the meetings feature adds (meetings, stakeholders, actions, expectations):
 * readable, derived from the item's name, and unique among every id already in the file.
 */
import type { ProgramFile } from '../schema/program.ts';

/** Every id in the file, nested ones included (key results, options, expectations, checklist items). */
export function takenIds(file: ProgramFile): Set<string> {
  const ids = new Set<string>([file.program.id]);
  const add = (items: ReadonlyArray<{ id: string }>) => {
    for (const item of items) ids.add(item.id);
  };
  add(file.objectives);
  for (const o of file.objectives) add(o.keyResults);
  add(file.milestones);
  add(file.risks);
  add(file.decisions);
  for (const d of file.decisions) add(d.options);
  add(file.dependencies);
  add(file.wins);
  add(file.metrics);
  add(file.actions);
  add(file.stakeholders);
  for (const s of file.stakeholders) add(s.expectations);
  add(file.meetings);
  for (const m of file.meetings) add(m.checklist ?? []);
  add(file.reports);
  return ids;
}

/** `Dana Whitfield` → `dana-whitfield`: lower case ASCII letters and digits, at most 40 characters. */
export function slug(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return plain.slice(0, 40).replace(/-+$/, '');
}

/**
 * `prefix-slug`, or `prefix-slug-2`, `-3`… when taken. The chosen id is added to `taken`, so one
 * set can hand out several ids in a row without repeating one.
 */
export function uniqueId(prefix: string, name: string, taken: Set<string>): string {
  const base = `${prefix}-${slug(name) || 'new'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
