/**
 * `executive-brief`: one page for sponsors and executives, always. Status and why; key results
 * from baseline to target; at most three top risks by score with business impact and
 * mitigation; the next four critical-path milestones as ranges with confidence and assumptions;
 * every decision this reader must make; the budget. What does not fit is counted in one line.
 */
import { formatDate } from '../../domain/dates.ts';
import { riskScore } from '../../domain/items.ts';
import { countedLine, type Ctx } from '../context.ts';
import { isLiveRisk } from '../format.ts';
import { heading, type Block } from '../model.ts';
import { decisionBlocks, decisionsFor } from '../sections/asks.ts';
import { budgetTable, byLikely, milestoneTable, objectivesTable } from '../sections/plan.ts';
import { riskTable, topRisks } from '../sections/risks.ts';
import { statusAndWhy } from '../sections/status.ts';
import { concerns, type TemplateSpec } from './spec.ts';

/** At most this many risks and critical-path milestones: the brief must fit on one page. */
export const BRIEF_RISKS = 3;
export const BRIEF_MILESTONES = 4;
/**
 * Decisions shown in full (every option) on the brief. Past this the page cannot hold them: the
 * others are still listed with their dates under "Needed from you", and counted.
 */
export const BRIEF_DECISIONS = 2;
/** Lines in "Needed from you" and "We owe you" on the brief. */
export const BRIEF_ASKS = 4;

/**
 * The decisions the reader must make, each in full under its own Heading 3, under one heading;
 * nothing when none. (What they owe is listed with its date under "Needed from you".)
 */
export function decisionsOfReader(ctx: Ctx, title: string, budget = Infinity): Block[] {
  const decisions = decisionsFor(ctx, ctx.reader.id);
  if (decisions.length === 0) return [];
  const kept = decisions.slice(0, budget);
  const blocks: Block[] = [heading(1, title), ...kept.flatMap((d) => decisionBlocks(ctx, d))];
  const next = decisions[kept.length];
  if (next)
    blocks.push(
      countedLine(
        decisions.length - kept.length,
        ['decision', 'decisions'],
        `the next needed by ${formatDate(next.neededBy)}`,
      ),
    );
  return blocks;
}

export const executiveBrief: TemplateSpec = {
  title: 'Executive brief',
  sinceCap: 4,
  onePage: true,
  asksBudget: BRIEF_ASKS,
  sections(ctx) {
    // The status chip opens the page; the why follows it directly, a heading would only cost room.
    const blocks: Block[] = [...statusAndWhy(ctx, null)];
    const objectives = objectivesTable(ctx);
    if (objectives) blocks.push(heading(1, 'Progress on objectives'), objectives);

    const live = ctx.file.risks.filter(isLiveRisk);
    const risks = topRisks(ctx, BRIEF_RISKS);
    if (risks.length > 0) {
      blocks.push(
        heading(1, 'Top risks'),
        riskTable(ctx, risks, { impactColumn: true, mitigation: 'essential' }),
      );
      const left = live.filter((r) => !risks.includes(r));
      const highest = Math.max(...left.map(riskScore));
      if (left.length > 0)
        blocks.push(countedLine(left.length, ['open risk', 'open risks'], `the highest scoring ${highest}`));
    }

    // The next critical-path milestones, by date: "next" is a matter of dates, not of topics.
    const critical = byLikely(ctx.file.milestones.filter((m) => m.criticalPath && m.status !== 'done'));
    if (critical.length > 0) {
      const shown = critical.slice(0, BRIEF_MILESTONES);
      blocks.push(heading(1, 'Critical-path milestones'), milestoneTable(ctx, shown, { assumptions: true }));
      const next = critical[shown.length];
      if (next)
        blocks.push(
          countedLine(
            critical.length - shown.length,
            ['critical-path milestone', 'critical-path milestones'],
            `the next on ${formatDate(next.window.likely)}`,
          ),
        );
    }
    blocks.push(...decisionsOfReader(ctx, 'Decisions for you', BRIEF_DECISIONS));
    if (!ctx.external) blocks.push(heading(1, 'Budget'), budgetTable(ctx));
    return blocks;
  },
  relevant(ctx, change) {
    switch (change.entry.kind) {
      case 'program':
      case 'key-result':
      case 'risk':
      case 'budget':
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
