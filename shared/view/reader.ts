/**
 * The record as one reader may see it: an external reader gets nothing `internal`. Documents
 * (shared/reports) and the meeting checklist (shared/meetings) both read a program through this,
 * so the privacy rule is written once.
 */
import type { IsoDate } from '../domain/dates.ts';
import { personName } from '../domain/items.ts';
import type { ProgramFile, Stakeholder } from '../schema/program.ts';

/** One reader's view of the program as of a day. */
export interface ReaderView {
  /** The record as this reader may see it (see `visibleRecord`). */
  readonly file: ProgramFile;
  readonly reader: Stakeholder;
  readonly today: IsoDate;
  readonly topics: ReadonlySet<string>;
  /** External readers get nothing internal and no budget. */
  readonly external: boolean;
  /** Ids of the items left out of `file` for this reader (internal ones, for an external reader). */
  readonly hiddenIds: ReadonlySet<string>;
}

/** The view of `file` for `reader`: the record narrowed to what they may see. */
export function viewFor(file: ProgramFile, reader: Stakeholder, today: IsoDate): ReaderView {
  const external = reader.external === true;
  return {
    file: external ? visibleRecord(file) : file,
    hiddenIds: external ? hiddenItemIds(file) : new Set<string>(),
    reader,
    today,
    topics: new Set(reader.preferences.topics),
    external,
  };
}

/** True for an item flagged `internal` (risks have the field; any other item may carry it too). */
export function isInternal(item: object): boolean {
  return (item as { internal?: unknown }).internal === true;
}

/**
 * The record without anything `internal`, for an external reader. Stakeholders' notes are not
 * removed here because no section ever reads them; the budget is left out by the sections
 * (`external`), the schema requiring it in the file.
 */
export function visibleRecord(file: ProgramFile): ProgramFile {
  const keep = <T extends object>(items: T[]): T[] => items.filter((i) => !isInternal(i));
  return {
    ...file,
    objectives: keep(file.objectives).map((o) => ({ ...o, keyResults: keep(o.keyResults) })),
    milestones: keep(file.milestones),
    risks: keep(file.risks),
    decisions: keep(file.decisions),
    dependencies: keep(file.dependencies),
    wins: keep(file.wins),
    metrics: keep(file.metrics),
    actions: keep(file.actions),
  };
}

/** The ids `visibleRecord` leaves out. */
export function hiddenItemIds(file: ProgramFile): Set<string> {
  const all = [
    ...file.objectives,
    ...file.objectives.flatMap((o) => o.keyResults),
    ...file.milestones,
    ...file.risks,
    ...file.decisions,
    ...file.dependencies,
    ...file.wins,
    ...file.metrics,
    ...file.actions,
  ];
  const hidden = new Set(all.filter(isInternal).map((i) => i.id));
  // Key results go with an internal objective.
  for (const o of file.objectives) if (isInternal(o)) for (const kr of o.keyResults) hidden.add(kr.id);
  return hidden;
}

/** Whether an item is on one of the reader's topics. */
export function onTopics(view: Pick<ReaderView, 'topics'>, item: object): boolean {
  const topics = (item as { topics?: unknown }).topics;
  return Array.isArray(topics) && topics.some((topic) => typeof topic === 'string' && view.topics.has(topic));
}

/** A person's name for a reader, or "someone" when the id is gone from the map. */
export function nameOf(view: Pick<ReaderView, 'file'>, id: string): string {
  // A document never shows an id: a reader would not know whom it names.
  return personName(view.file, id, 'someone no longer on the map');
}
