/** Decisions: recording the outcome, reopening, and removing an option without dangling ids. */
import type { Decision } from '../schema/program.ts';

/** The decision taken: `optionId` becomes the outcome. Throws for an id that is not an option. */
export function recordOutcome(d: Decision, optionId: string): Decision {
  if (!d.options.some((o) => o.id === optionId))
    throw new Error(`"${optionId}" is not one of the options of "${d.title}".`);
  return { ...d, status: 'decided', outcome: optionId };
}

/** Open again, with no outcome. */
export function reopenDecision(d: Decision): Decision {
  return { ...d, status: 'open', outcome: '' };
}

/**
 * Without option `optionId`: a recommendation of it is cleared, and an outcome of it reopens the
 * decision (a decided decision must name one of its options).
 */
export function removeOption(d: Decision, optionId: string): Decision {
  const next: Decision = { ...d, options: d.options.filter((o) => o.id !== optionId) };
  if (next.recommendation === optionId) next.recommendation = '';
  if (next.outcome === optionId) return reopenDecision(next);
  return next;
}

/** An option's title, or the id when it is gone. */
export function optionTitle(d: Decision, optionId: string): string {
  return d.options.find((o) => o.id === optionId)?.title ?? optionId;
}
