/** What a reader template provides to `composeReport`. */
import type { Ctx } from '../context.ts';
import type { Block } from '../model.ts';
import type { SnapshotChange } from '../../view/snapshot.ts';

export interface TemplateSpec {
  /** The document's title, e.g. "Executive brief". */
  title: string;
  /** The sections after the opening, in the template's order. */
  sections(ctx: Ctx): Block[];
  /** Which changes since the last update this template reports. */
  relevant(ctx: Ctx, change: SnapshotChange): boolean;
  /** At most this many change lines (the rest are counted). */
  sinceCap: number;
  /** The document must fit one page: changes go in one paragraph, and the doc says so to renderers. */
  onePage?: boolean;
  /** Lines in each of "Needed from you" and "We owe you" (default `ASKS_BUDGET`). */
  asksBudget?: number;
}

/** True when the change concerns this person (a decision they make, an action they owe or are owed). */
export function concerns(change: SnapshotChange, personId: string): boolean {
  return (change.entry.people ?? []).includes(personId);
}

/** True when the changed item is on one of the reader's topics. */
export function onReaderTopics(ctx: Ctx, change: SnapshotChange): boolean {
  return (change.entry.topics ?? []).some((topic) => ctx.topics.has(topic));
}
