/** Topics as tags: one spelling per topic, and suggestions from those the file already uses. */
import type { ProgramFile } from '../schema/program.ts';

/** `  Customer impact ` as `customer-impact`: the spelling the file's topics use. */
export function normalizeTopic(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, '-');
}

/**
 * Every topic used in the record and in readers' preferences, most used first (then by name), so
 * new items are tagged with the words readers already follow.
 */
export function topicSuggestions(file: ProgramFile): string[] {
  const counts = new Map<string, number>();
  const count = (topics: readonly string[]) => {
    for (const t of topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  };
  for (const list of [file.milestones, file.risks, file.dependencies, file.wins])
    for (const x of list) count(x.topics);
  for (const s of file.stakeholders) count(s.preferences.topics);
  return [...counts.entries()].sort(([a, na], [b, nb]) => nb - na || a.localeCompare(b)).map(([t]) => t);
}

/** `topics` with `raw` added (normalized), or a message saying why it was not. */
export function addTopic(
  topics: readonly string[],
  raw: string,
): { ok: true; topics: string[] } | { ok: false; message: string } {
  const topic = normalizeTopic(raw);
  if (!topic) return { ok: false, message: 'Type a topic first.' };
  if (topics.includes(topic)) return { ok: false, message: `"${topic}" is already a topic here.` };
  return { ok: true, topics: [...topics, topic] };
}
