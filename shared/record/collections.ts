/**
 * Immutable edits of the record's collections: replace one item, add one, remove one (and the
 * references to it, so removing never leaves the file invalid).
 */
import { indexItems, type ItemKind } from '../domain/items.ts';
import type { ProgramFile } from '../schema/program.ts';

/** The record collections the Program screen edits. */
export const RECORD_COLLECTIONS = [
  'objectives',
  'milestones',
  'risks',
  'decisions',
  'dependencies',
  'wins',
  'metrics',
  'actions',
] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];
export type ItemOf<C extends RecordCollection> = ProgramFile[C][number];

/** Singular nouns, for labels ("Edit milestone") and messages. */
export const NOUNS: Record<RecordCollection, string> = {
  objectives: 'objective',
  milestones: 'milestone',
  risks: 'risk',
  decisions: 'decision',
  dependencies: 'dependency',
  wins: 'win',
  metrics: 'metric',
  actions: 'action',
};

/** The collection holding items of a kind from shared/domain/items.ts (key results: their objective). */
export const COLLECTION_OF: Record<ItemKind, RecordCollection> = {
  objective: 'objectives',
  'key-result': 'objectives',
  milestone: 'milestones',
  risk: 'risks',
  decision: 'decisions',
  dependency: 'dependencies',
  win: 'wins',
  metric: 'metrics',
  action: 'actions',
};

function listOf<C extends RecordCollection>(file: ProgramFile, collection: C): ItemOf<C>[] {
  return file[collection];
}

/** The file with item `id` of `collection` replaced by `change(item)`; throws when it is gone. */
export function updateItem<C extends RecordCollection>(
  file: ProgramFile,
  collection: C,
  id: string,
  change: (item: ItemOf<C>) => ItemOf<C>,
): ProgramFile {
  const list = listOf(file, collection);
  const at = list.findIndex((x) => x.id === id);
  const item = list[at];
  if (!item) throw new Error(`There is no ${NOUNS[collection]} "${id}" in the file any more.`);
  const next = [...list];
  next[at] = change(item);
  return { ...file, [collection]: next };
}

/** The file with `item` appended to `collection`. */
export function addItem<C extends RecordCollection>(
  file: ProgramFile,
  collection: C,
  item: ItemOf<C>,
): ProgramFile {
  return { ...file, [collection]: [...listOf(file, collection), item] };
}

/** What refers to `id` (milestones depending on it, expectations and metrics linking it), in words. */
export function referencesTo(file: ProgramFile, id: string): string[] {
  const ids = idsWithin(file, id);
  const out: string[] = [];
  for (const m of file.milestones)
    if (m.dependsOn.some((d) => ids.has(d))) out.push(`milestone "${m.title}" depends on it`);
  for (const s of file.stakeholders)
    for (const e of s.expectations)
      if (e.linkedIds.some((l) => ids.has(l))) out.push(`${s.name}'s expectation "${e.text}" links to it`);
  for (const m of file.metrics) if (ids.has(m.objectiveId)) out.push(`metric "${m.title}" belongs to it`);
  return out;
}

/** The id and, for an objective, its key results' ids: what disappears with the item. */
function idsWithin(file: ProgramFile, id: string): Set<string> {
  const ids = new Set([id]);
  const ref = indexItems(file).get(id);
  if (ref?.kind === 'objective') ref.item.keyResults.forEach((kr) => ids.add(kr.id));
  return ids;
}

/**
 * The file without item `id` of `collection`, and without every reference to it (and, for an
 * objective, to its key results): dependencies, expectation links, a metric's objective.
 */
export function removeItem(file: ProgramFile, collection: RecordCollection, id: string): ProgramFile {
  const gone = idsWithin(file, id);
  const keep = (ref: string) => !gone.has(ref);
  const next: ProgramFile = {
    ...file,
    [collection]: listOf(file, collection).filter((x) => x.id !== id),
  };
  next.milestones = next.milestones.map((m) =>
    m.dependsOn.every(keep) ? m : { ...m, dependsOn: m.dependsOn.filter(keep) },
  );
  next.stakeholders = file.stakeholders.map((s) =>
    s.expectations.every((e) => e.linkedIds.every(keep))
      ? s
      : {
          ...s,
          expectations: s.expectations.map((e) => ({ ...e, linkedIds: e.linkedIds.filter(keep) })),
        },
  );
  next.metrics = next.metrics.map((m) => (keep(m.objectiveId) ? m : { ...m, objectiveId: '' }));
  return next;
}

/** The file without key result `krId` of objective `objectiveId`, and without links to it. */
export function removeKeyResult(file: ProgramFile, objectiveId: string, krId: string): ProgramFile {
  const next = updateItem(file, 'objectives', objectiveId, (o) => ({
    ...o,
    keyResults: o.keyResults.filter((kr) => kr.id !== krId),
  }));
  return {
    ...next,
    stakeholders: next.stakeholders.map((s) =>
      s.expectations.some((e) => e.linkedIds.includes(krId))
        ? {
            ...s,
            expectations: s.expectations.map((e) => ({
              ...e,
              linkedIds: e.linkedIds.filter((l) => l !== krId),
            })),
          }
        : s,
    ),
  };
}
