/** Looking up any record item by id, whatever collection it lives in. */
import type {
  Action,
  Decision,
  Dependency,
  KeyResult,
  Metric,
  Milestone,
  Objective,
  ProgramFile,
  Risk,
  Stakeholder,
  Win,
} from '../schema/program.ts';

export type RecordItem =
  | { kind: 'objective'; item: Objective }
  | { kind: 'key-result'; item: KeyResult; objective: Objective }
  | { kind: 'milestone'; item: Milestone }
  | { kind: 'risk'; item: Risk }
  | { kind: 'decision'; item: Decision }
  | { kind: 'dependency'; item: Dependency }
  | { kind: 'win'; item: Win }
  | { kind: 'metric'; item: Metric }
  | { kind: 'action'; item: Action };

export type ItemKind = RecordItem['kind'];

/** Index of the record items an expectation or checklist can point at. */
export interface ItemIndex {
  get(id: string): RecordItem | undefined;
  milestone(id: string): Milestone | undefined;
  stakeholder(id: string): Stakeholder | undefined;
}

// Indexes are cached per file object: derived rules run per stakeholder, and a file is
// replaced (never mutated in place) on every edit.
const cache = new WeakMap<ProgramFile, ItemIndex>();

export function indexItems(file: ProgramFile): ItemIndex {
  const hit = cache.get(file);
  if (hit) return hit;
  const items = new Map<string, RecordItem>();
  for (const o of file.objectives) {
    items.set(o.id, { kind: 'objective', item: o });
    for (const kr of o.keyResults) items.set(kr.id, { kind: 'key-result', item: kr, objective: o });
  }
  for (const item of file.milestones) items.set(item.id, { kind: 'milestone', item });
  for (const item of file.risks) items.set(item.id, { kind: 'risk', item });
  for (const item of file.decisions) items.set(item.id, { kind: 'decision', item });
  for (const item of file.dependencies) items.set(item.id, { kind: 'dependency', item });
  for (const item of file.wins) items.set(item.id, { kind: 'win', item });
  for (const item of file.metrics) items.set(item.id, { kind: 'metric', item });
  for (const item of file.actions) items.set(item.id, { kind: 'action', item });
  const people = new Map(file.stakeholders.map((s) => [s.id, s]));
  const index: ItemIndex = {
    get: (id) => items.get(id),
    milestone: (id) => {
      const hit = items.get(id);
      return hit?.kind === 'milestone' ? hit.item : undefined;
    },
    stakeholder: (id) => people.get(id),
  };
  cache.set(file, index);
  return index;
}

/** The title every item kind has, for naming it in a message or a document. */
export function itemTitle(ref: RecordItem): string {
  return ref.item.title;
}

/** A risk's score: likelihood × impact, 1 to 25. */
export function riskScore(risk: Pick<Risk, 'likelihood' | 'impact'>): number {
  return risk.likelihood * risk.impact;
}

/** A stakeholder's display name, or `missing` (the id, unless said otherwise) when the person is gone from the map. */
export function personName(file: ProgramFile, id: string, missing: string = id): string {
  return indexItems(file).stakeholder(id)?.name ?? missing;
}
