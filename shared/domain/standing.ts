/**
 * An expectation's standing, derived from the items it links to as of `today` (data-model.md,
 * "Derived, never stored"). The standing names what caused it; for a milestone chain, the root
 * milestone that is at risk, and the linked milestones it reaches the expectation through.
 */
import type { Dependency, Expectation, Metric, Milestone, ProgramFile } from '../schema/program.ts';
import type { IsoDate } from './dates.ts';
import { indexItems, riskScore, type ItemIndex, type ItemKind, type RecordItem } from './items.ts';
import { isAtTarget } from './progress.ts';

export const STANDINGS = ['at-risk', 'on-track', 'met', 'unlinked'] as const;
export type StandingKind = (typeof STANDINGS)[number];

/** Why an expectation is at risk: the item at fault and, for a chain, the path to it. */
export interface StandingCause {
  id: string;
  /** The record item at fault, or the program's budget. */
  kind: ItemKind | 'budget';
  title: string;
  /** In words, e.g. `milestone "PCI DSS 4.0 assessment passed" is at-risk`. */
  reason: string;
  /** The milestones between the linked one and the root, linked milestone first; empty when direct. */
  via: Array<{ id: string; title: string }>;
}

export interface Standing {
  standing: StandingKind;
  /** Every cause, the first being the one to name; empty unless at-risk. */
  causes: StandingCause[];
}

/** A risk this big (likelihood × impact) threatens what it is linked to. */
export const THREATENING_RISK_SCORE = 12;

const troubled = (m: Milestone): boolean => m.status === 'at-risk' || m.status === 'late';
const troubledDependency = (d: Dependency): boolean => d.status === 'at-risk' || d.status === 'blocked';

/** What a milestone chain can be held up by: a milestone, or (version 2) a dependency it waits on. */
export type TroubleRoot = { kind: 'milestone'; item: Milestone } | { kind: 'dependency'; item: Dependency };

/**
 * The trouble at the root of `start`'s upstream chain, with the milestones between: an at-risk or
 * late milestone, or an at-risk or blocked dependency a milestone waits on (`dependsOn` may name
 * dependency ids). Done milestones are not walked through: what they depended on can no longer
 * hurt them. Returns null when nothing upstream (nor `start` itself) is in trouble.
 */
export function troubleRoot(
  index: ItemIndex,
  start: Milestone,
): { root: TroubleRoot; via: Milestone[] } | null {
  // Depth-first over the upstream graph, keeping the path; the root is the deepest trouble found
  // (a dependency counts one deeper than the milestone waiting on it). Cycles are cut by `seen`.
  let best: { root: TroubleRoot; via: Milestone[]; depth: number } | null = null;
  const seen = new Set<string>();
  const consider = (root: TroubleRoot, via: Milestone[], depth: number): void => {
    if (best === null || depth > best.depth) best = { root, via, depth };
  };
  const walk = (m: Milestone, path: Milestone[]): void => {
    if (seen.has(m.id)) return;
    seen.add(m.id);
    if (troubled(m)) consider({ kind: 'milestone', item: m }, path, path.length);
    if (m.status === 'done') return;
    for (const up of m.dependsOn) {
      const ref = index.get(up);
      if (ref?.kind === 'dependency' && troubledDependency(ref.item))
        consider({ kind: 'dependency', item: ref.item }, [...path, m], path.length + 1);
      const next = index.milestone(up);
      if (next && next.status !== 'done') walk(next, [...path, m]);
    }
  };
  walk(start, []);
  if (best === null) return null;
  const found: { root: TroubleRoot; via: Milestone[] } = best;
  return { root: found.root, via: found.via };
}

/** How far a metric is: at-risk when further from target than its baseline was, met at target. */
export function metricStanding(metric: Metric): 'at-risk' | 'on-track' | 'met' {
  if (isAtTarget(metric)) return 'met';
  const from = Math.abs(metric.baseline - metric.target);
  return Math.abs(metric.current - metric.target) > from ? 'at-risk' : 'on-track';
}

/** The budget link: at risk when the forecast is over plan. */
export function budgetOverPlan(file: Pick<ProgramFile, 'program'>): boolean {
  return file.program.budget.forecast > file.program.budget.planned;
}

/** The word an expectation links to the program's budget with (version 2). */
export const BUDGET_LINK = 'budget';

function causeOf(ref: RecordItem, index: ItemIndex, today: IsoDate): StandingCause | null {
  const direct = (reason: string): StandingCause => ({
    id: ref.item.id,
    kind: ref.kind,
    title: ref.item.title,
    reason,
    via: [],
  });
  switch (ref.kind) {
    case 'milestone': {
      if (ref.item.status === 'done') return null;
      const chain = troubleRoot(index, ref.item);
      if (!chain) return null;
      const { root, via } = chain;
      return {
        id: root.item.id,
        kind: root.kind,
        title: root.item.title,
        reason: `${root.kind} "${root.item.title}" is ${root.item.status}`,
        via: via.map((m) => ({ id: m.id, title: m.title })),
      };
    }
    case 'risk': {
      const score = riskScore(ref.item);
      const live = ref.item.status === 'open' || ref.item.status === 'mitigating';
      return live && score >= THREATENING_RISK_SCORE
        ? direct(`risk "${ref.item.title}" is ${ref.item.status} with score ${score}`)
        : null;
    }
    case 'dependency':
      return ref.item.status === 'at-risk' || ref.item.status === 'blocked'
        ? direct(`dependency "${ref.item.title}" is ${ref.item.status}`)
        : null;
    case 'action':
      return ref.item.status === 'open' && ref.item.due < today
        ? direct(`action "${ref.item.title}" was due ${ref.item.due} and is still open`)
        : null;
    case 'metric': {
      const { current, baseline, target, unit } = ref.item;
      return metricStanding(ref.item) === 'at-risk'
        ? direct(
            `metric "${ref.item.title}" is at ${current}${unit === '%' ? '%' : ` ${unit}`}, further from its target of ${target} than its baseline of ${baseline}`,
          )
        : null;
    }
    default:
      return null;
  }
}

/** Whether a linked item is finished, as "met" requires of every link. */
function isFinished(ref: RecordItem): boolean {
  switch (ref.kind) {
    case 'milestone':
      return ref.item.status === 'done';
    case 'key-result':
      return isAtTarget(ref.item);
    case 'metric':
      return isAtTarget(ref.item);
    case 'objective':
      return ref.item.keyResults.length > 0 && ref.item.keyResults.every(isAtTarget);
    case 'dependency':
      return ref.item.status === 'done';
    case 'risk':
      return ref.item.status === 'closed';
    case 'action':
      return ref.item.status === 'done';
    case 'decision':
      return ref.item.status === 'decided';
    case 'win':
      return true;
  }
}

/** The standing of one expectation as of `today`. Links to ids not in the file are ignored. */
export function expectationStanding(file: ProgramFile, expectation: Expectation, today: IsoDate): Standing {
  const index = indexItems(file);
  const linked = expectation.linkedIds
    .map((id) => index.get(id))
    .filter((r): r is RecordItem => r !== undefined);
  const budget = expectation.linkedIds.includes(BUDGET_LINK);
  if (linked.length === 0 && !budget) return { standing: 'unlinked', causes: [] };
  const causes: StandingCause[] = [];
  for (const ref of linked) {
    const cause = causeOf(ref, index, today);
    if (cause && !causes.some((c) => c.id === cause.id)) causes.push(cause);
  }
  if (budget && budgetOverPlan(file)) {
    const { forecast, planned, currency } = file.program.budget;
    causes.push({
      id: BUDGET_LINK,
      kind: 'budget',
      title: 'Budget',
      reason: `the budget forecast of ${currency} ${forecast.toLocaleString('en-US')} is over the planned ${currency} ${planned.toLocaleString('en-US')}`,
      via: [],
    });
  }
  if (causes.length > 0) return { standing: 'at-risk', causes };
  // The budget is never "met": spending can go over until the program ends.
  return { standing: !budget && linked.every(isFinished) ? 'met' : 'on-track', causes: [] };
}

const STANDING_ORDER: Record<StandingKind, number> = { 'at-risk': 0, 'on-track': 1, unlinked: 2, met: 3 };

/**
 * A person's expectations with their standing, at-risk first, then on track, not linked, met
 * (the order within each standing kept): the order the checklist and every document list them in.
 */
export function byStanding(
  file: ProgramFile,
  expectations: readonly Expectation[],
  today: IsoDate,
): { expectation: Expectation; standing: Standing }[] {
  return expectations
    .map((expectation) => ({ expectation, standing: expectationStanding(file, expectation, today) }))
    .sort((x, y) => STANDING_ORDER[x.standing.standing] - STANDING_ORDER[y.standing.standing]);
}

/** One line for the app and the documents: `At risk: milestone "PCI …" is at-risk, which …`. */
export function describeStanding(s: Standing): string {
  const first = s.causes[0];
  switch (s.standing) {
    case 'at-risk': {
      if (!first) return 'At risk';
      // A chain reads from what the reader cares about back to the root: "X depends on it through Y".
      const [linked, ...between] = first.via;
      const chain = linked
        ? `; "${linked.title}" depends on it${between.length ? ` through ${between.map((v) => `"${v.title}"`).join(', ')}` : ''}`
        : '';
      return `At risk: ${first.reason}${chain}`;
    }
    case 'met':
      return 'Met';
    case 'on-track':
      return 'On track';
    case 'unlinked':
      return 'Not linked to the record';
  }
}
