/**
 * `executive-brief`: one page for sponsors and executives. Status and why; key results from
 * baseline to target; at most three top risks by score with business impact and mitigation;
 * critical-path milestones as ranges with confidence and assumptions; the decisions this reader
 * must make; the budget.
 */
import { topicsFirst, type Ctx } from '../context.ts';
import { heading, type Block } from '../model.ts';
import { actionTable, decisionBlocks, decisionsFor, overdueFirst } from '../sections/asks.ts';
import { budgetTable, byLikely, milestoneTable, objectivesTable } from '../sections/plan.ts';
import { riskTable, topRisks } from '../sections/risks.ts';
import { statusAndWhy } from '../sections/status.ts';
import { concerns, type TemplateSpec } from './spec.ts';

/** At most this many risks: the brief must fit on one page. */
export const BRIEF_RISKS = 3;

/**
 * Decisions the reader must make and actions they owe (always with the date), under one heading;
 * nothing when none. `withActions` false leaves the actions to a section that lists them all.
 */
export function asksOfReader(ctx: Ctx, decisionsTitle: string, withActions = true): Block[] {
  const decisions = decisionsFor(ctx, ctx.reader.id);
  const mine = withActions ? ctx.file.actions.filter((a) => a.ownerId === ctx.reader.id) : [];
  const owed = overdueFirst(mine, ctx.today);
  if (decisions.length === 0 && owed.length === 0) return [];
  const title =
    decisions.length > 0 && owed.length > 0
      ? `${decisionsTitle} and actions`
      : decisions.length > 0
        ? decisionsTitle
        : 'Actions for you';
  const blocks: Block[] = [heading(1, title)];
  for (const d of decisions) blocks.push(...decisionBlocks(ctx, d));
  if (owed.length > 0) {
    if (decisions.length > 0) blocks.push(heading(3, 'Actions you owe'));
    blocks.push(actionTable(ctx, owed, 'owed-to'));
  }
  return blocks;
}

export const executiveBrief: TemplateSpec = {
  title: 'Executive brief',
  sinceCap: 4,
  onePage: true,
  sections(ctx) {
    // The status chip opens the page; the why follows it directly, a heading would only cost room.
    const blocks: Block[] = [...statusAndWhy(ctx, null)];
    const objectives = objectivesTable(ctx);
    if (objectives) blocks.push(heading(1, 'Progress on objectives'), objectives);
    const risks = topRisks(ctx, BRIEF_RISKS);
    if (risks.length > 0) {
      blocks.push(
        heading(1, 'Top risks'),
        riskTable(ctx, risks, { impactColumn: true, mitigation: 'essential' }),
      );
    }
    const critical = topicsFirst(
      ctx,
      byLikely(ctx.file.milestones.filter((m) => m.criticalPath && m.status !== 'done')),
    );
    if (critical.length > 0) {
      blocks.push(
        heading(1, 'Critical-path milestones'),
        milestoneTable(ctx, critical, { assumptions: true }),
      );
    }
    blocks.push(...asksOfReader(ctx, 'Decisions for you'));
    if (!ctx.external) blocks.push(heading(1, 'Budget'), budgetTable(ctx));
    return blocks;
  },
  relevant(ctx, change) {
    switch (change.entry.kind) {
      case 'program':
      case 'key-result':
      case 'risk':
        return true;
      case 'milestone': {
        const now = ctx.file.milestones.find((m) => m.id === change.id);
        return now ? now.criticalPath : true;
      }
      case 'decision':
      case 'action':
        return concerns(change, ctx.reader.id);
      default:
        return false;
    }
  },
};
