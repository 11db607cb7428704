/**
 * Milestone edits with rules a form must respect before anything is sent: a window in order, the
 * committed date kept when the likely date first moves (with the reason asked for), and no
 * dependency cycles.
 */
import { formatDate, isIsoDate, type IsoDate } from '../domain/dates.ts';
import { wouldCreateCycle } from '../domain/graph.ts';
import type { Milestone, ProgramFile } from '../schema/program.ts';
import { updateItem } from './collections.ts';
import { storedSnapshot } from '../view/snapshot.ts';

export type MilestoneWindow = Milestone['window'];
export type WindowField = keyof MilestoneWindow;

/** A problem with one field of a form, to show at that field. */
export interface FieldProblem<F extends string = string> {
  field: F;
  message: string;
}

/** What is wrong with a window, per date: missing, not a date, or out of order. Empty when fine. */
export function windowProblems(w: MilestoneWindow): FieldProblem<WindowField>[] {
  const problems: FieldProblem<WindowField>[] = [];
  for (const field of ['earliest', 'likely', 'latest'] as const) {
    if (!w[field]) problems.push({ field, message: `The ${field} date is missing.` });
    else if (!isIsoDate(w[field])) problems.push({ field, message: `"${w[field]}" is not a date.` });
  }
  if (problems.length > 0) return problems;
  if (w.likely < w.earliest)
    problems.push({
      field: 'likely',
      message: `Likely (${formatDate(w.likely)}) is before earliest (${formatDate(w.earliest)}).`,
    });
  if (w.latest < w.likely)
    problems.push({
      field: 'latest',
      message: `Latest (${formatDate(w.latest)}) is before likely (${formatDate(w.likely)}).`,
    });
  else if (w.latest < w.earliest)
    problems.push({
      field: 'latest',
      message: `Latest (${formatDate(w.latest)}) is before earliest (${formatDate(w.earliest)}).`,
    });
  return problems;
}

/**
 * True when a milestone's likely date is a commitment someone was given: work on it has started
 * (any status but planned), it is on the critical path, or a report has shown it.
 */
export function isCommitted(file: ProgramFile, m: Milestone): boolean {
  return (
    m.status !== 'planned' || m.criticalPath || file.reports.some((r) => m.id in storedSnapshot(file, r))
  );
}

/**
 * Whether moving the window to `next` needs a reason. A committed milestone whose likely date moves
 * for the first time keeps the old likely date as its baseline; a milestone already off its
 * baseline without a reason also gets one asked for. Returns the baseline the change will keep.
 */
export function slipNeedsReason(
  file: ProgramFile,
  m: Milestone,
  next: MilestoneWindow,
): { baseline: IsoDate } | null {
  if (next.likely === m.window.likely) return null;
  if (!m.baseline) return isCommitted(file, m) ? { baseline: m.window.likely } : null;
  if (next.likely !== m.baseline && !m.changeReason?.trim()) return { baseline: m.baseline };
  return null;
}

/**
 * The file with milestone `id` moved to `window`. When the move needs a reason (see
 * slipNeedsReason), `reason` must be given: the old likely date becomes the baseline and the
 * reason is kept. Throws on a window out of order or a missing reason, so nothing half-done is saved.
 */
export function moveMilestone(
  file: ProgramFile,
  id: string,
  window: MilestoneWindow,
  reason?: string,
): ProgramFile {
  const problem = windowProblems(window)[0];
  if (problem) throw new Error(problem.message);
  return updateItem(file, 'milestones', id, (m) => {
    const ask = slipNeedsReason(file, m, window);
    const why = reason?.trim();
    if (ask && !why)
      throw new Error(`"${m.title}" moved from its committed date ${formatDate(ask.baseline)}: say why.`);
    const next: Milestone = { ...m, window: { ...window } };
    if (ask) {
      next.baseline = ask.baseline;
      next.changeReason = why;
    } else if (why) next.changeReason = why;
    return next;
  });
}

/** The shortest chain `from` → … → `to` through `dependsOn`, as ids, or null when there is none. */
function chain(milestones: readonly Milestone[], from: string, to: string): string[] | null {
  const edges = new Map(milestones.map((m) => [m.id, m.dependsOn]));
  const previous = new Map<string, string>([[from, '']]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    if (id === to) {
      const path = [id];
      for (let p = previous.get(id); p; p = previous.get(p)) path.unshift(p);
      return path;
    }
    for (const next of edges.get(id) ?? [])
      if (!previous.has(next)) {
        previous.set(next, id);
        queue.push(next);
      }
  }
  return null;
}

/**
 * Why milestone `fromId` may not depend on `toId`, naming every milestone in the cycle it would
 * close (each arrow reads "depends on"), or null when the dependency is allowed.
 */
export function dependencyRefusal(
  milestones: readonly Milestone[],
  fromId: string,
  toId: string,
): string | null {
  const title = (id: string) => milestones.find((m) => m.id === id)?.title ?? id;
  if (fromId === toId) return `"${title(fromId)}" cannot depend on itself.`;
  if (!wouldCreateCycle(milestones, fromId, toId)) return null;
  const back = chain(milestones, toId, fromId) ?? [toId, fromId];
  const cycle = [fromId, ...back].map((id) => title(id)).join(' → ');
  return (
    `"${title(fromId)}" cannot depend on "${title(toId)}": ` +
    `"${title(toId)}" already depends on it, so this would make a dependency cycle: ${cycle}.`
  );
}

/**
 * The file with milestone `fromId` depending on `toId`, or the refusal message when that would
 * close a cycle (the file is then unchanged).
 */
export function addMilestoneDependency(
  file: ProgramFile,
  fromId: string,
  toId: string,
): { ok: true; file: ProgramFile } | { ok: false; message: string } {
  const refusal = dependencyRefusal(file.milestones, fromId, toId);
  if (refusal) return { ok: false, message: refusal };
  return {
    ok: true,
    file: updateItem(file, 'milestones', fromId, (m) =>
      m.dependsOn.includes(toId) ? m : { ...m, dependsOn: [...m.dependsOn, toId] },
    ),
  };
}
