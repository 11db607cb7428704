/**
 * Sections with a budget, so no document runs past ten pages however large the program: the
 * items that fit (the reader's topics and urgent items win the space, the order stays the
 * section's), then one line counting the rest and saying where they are.
 */
import { formatDate } from '../../domain/dates.ts';
import { riskScore } from '../../domain/items.ts';
import { THREATENING_RISK_SCORE } from '../../domain/standing.ts';
import { countedLine, withinBudget, type Ctx } from '../context.ts';
import { heading, m, paragraph, type Block } from '../model.ts';
import type { Dependency, Milestone, Risk } from '../../schema/program.ts';
import { milestoneTable, type MilestoneColumns } from './plan.ts';
import { riskTable, type RiskColumns } from './risks.ts';

/** Items a section may hold before it cuts: sized so a full-detail technical update stays within ten pages. */
export const SECTION_BUDGETS = {
  milestones: 24,
  risks: 20,
  dependencies: 16,
  actions: 24,
  decisions: 6,
  wins: 8,
  expectations: 12,
  metrics: 12,
  assumptions: 8,
} as const;

/** Urgent items win the space when a section is cut. */
export const URGENT = {
  milestone: (x: Milestone): boolean => x.status === 'at-risk' || x.status === 'late',
  risk: (x: Risk): boolean => riskScore(x) >= THREATENING_RISK_SCORE,
  dependency: (x: Dependency): boolean => x.status === 'at-risk' || x.status === 'blocked',
};

/**
 * A section: its heading, then `render` of the items that fit, then the counted line; `empty`
 * (a muted sentence) when there are no items at all.
 */
export function boundedSection<T extends object>(
  ctx: Ctx,
  spec: {
    title: string;
    items: readonly T[];
    budget: number;
    urgent?: (item: T) => boolean;
    render: (items: T[]) => Block;
    what: [string, string];
    /** "the next on …" for the first item left out. */
    next?: (item: T) => string;
    empty?: string;
  },
): Block[] {
  if (spec.items.length === 0) return spec.empty ? [heading(1, spec.title), paragraph(m(spec.empty))] : [];
  const { kept, left } = withinBudget(ctx, spec.items, spec.budget, spec.urgent);
  const blocks: Block[] = [heading(1, spec.title), spec.render(kept)];
  const first = left[0];
  if (first) blocks.push(countedLine(left.length, spec.what, spec.next?.(first)));
  return blocks;
}

/** "the next on 10 Mar 2027" for a milestone left out. */
export const nextMilestone = (x: Milestone): string => `the next on ${formatDate(x.window.likely)}`;
/** "the next needed by 15 Jan 2027" for a dependency left out. */
export const nextNeeded = (x: { neededBy: string }): string => `the next needed by ${formatDate(x.neededBy)}`;

/** Milestones under `title`, by the milestone budget (at-risk and late ones first in), counted past it. */
export function milestoneSection(
  ctx: Ctx,
  title: string,
  items: readonly Milestone[],
  columns: MilestoneColumns,
  what: [string, string] = ['milestone', 'milestones'],
  empty?: string,
): Block[] {
  return boundedSection(ctx, {
    title,
    items,
    budget: SECTION_BUDGETS.milestones,
    urgent: URGENT.milestone,
    render: (kept) => milestoneTable(ctx, kept, columns),
    what,
    next: nextMilestone,
    ...(empty ? { empty } : {}),
  });
}

/** Risks under `title`, by the risk budget (score 12 and up first in), counted past it. */
export function riskSection(
  ctx: Ctx,
  title: string,
  items: readonly Risk[],
  columns: RiskColumns,
  what: [string, string] = ['risk', 'risks'],
  empty?: string,
): Block[] {
  return boundedSection(ctx, {
    title,
    items,
    budget: SECTION_BUDGETS.risks,
    urgent: URGENT.risk,
    render: (kept) => riskTable(ctx, kept, columns),
    what,
    ...(empty ? { empty } : {}),
  });
}

/** Dependencies under `title`, by the dependency budget (at-risk and blocked first in), counted past it. */
export function dependencySection(
  ctx: Ctx,
  title: string,
  items: readonly Dependency[],
  render: (kept: Dependency[]) => Block,
  what: [string, string] = ['dependency', 'dependencies'],
  empty?: string,
): Block[] {
  return boundedSection(ctx, {
    title,
    items,
    budget: SECTION_BUDGETS.dependencies,
    urgent: URGENT.dependency,
    render,
    what,
    next: nextNeeded,
    ...(empty ? { empty } : {}),
  });
}
