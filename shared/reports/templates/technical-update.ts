/**
 * `technical-update`: for engineers and the core team. Status and why; every open milestone,
 * risk, dependency and action with owners and dates, each with its text (within the section
 * budgets that keep it to ten pages); the engineering metrics; the assumptions.
 */
import { formatDate } from '../../domain/dates.ts';
import { countedLine } from '../context.ts';
import { isLiveRisk, isOverdue } from '../format.ts';
import { b, bullets, t, heading, type Block, type ListItem } from '../model.ts';
import { actionTable, overdueFirst } from '../sections/asks.ts';
import {
  boundedSection,
  nextMilestone,
  SECTION_BUDGETS as BUDGET,
  URGENT,
  dependencySection,
  riskSection,
} from '../sections/bounded.ts';
import { byLikely, byNeededBy, dependencyTable, metricTable, milestoneTable } from '../sections/plan.ts';
import { byScore } from '../sections/risks.ts';
import { statusAndWhy } from '../sections/status.ts';
import type { Milestone } from '../../schema/program.ts';
import { decisionsOfReader } from './executive-brief.ts';
import type { TemplateSpec } from './spec.ts';

export const technicalUpdate: TemplateSpec = {
  title: 'Technical update',
  sinceCap: 15,
  sections(ctx) {
    const blocks: Block[] = [...statusAndWhy(ctx, 'Status and why')];

    let shownMilestones: Milestone[] = [];
    blocks.push(
      ...boundedSection(ctx, {
        title: 'Open milestones',
        items: byLikely(ctx.file.milestones.filter((x) => x.status !== 'done')),
        budget: BUDGET.milestones,
        urgent: URGENT.milestone,
        render: (items) => {
          shownMilestones = items;
          return milestoneTable(ctx, items, { text: true, owner: true, dependsOn: true });
        },
        what: ['open milestone', 'open milestones'],
        next: nextMilestone,
        empty: 'Every milestone is done.',
      }),
    );
    blocks.push(
      ...riskSection(
        ctx,
        'Open risks',
        byScore(ctx.file.risks.filter(isLiveRisk)),
        { textUnderTitle: true, owner: true, mitigation: 'prose' },
        ['open risk', 'open risks'],
        'No open risks.',
      ),
    );
    blocks.push(
      ...dependencySection(
        ctx,
        'Open dependencies',
        byNeededBy(ctx.file.dependencies.filter((d) => d.status !== 'done')),
        (items) => dependencyTable(ctx, items, { owner: true }),
        ['open dependency', 'open dependencies'],
        'No open dependencies.',
      ),
    );
    blocks.push(
      ...boundedSection(ctx, {
        title: 'Open actions',
        items: overdueFirst(ctx.file.actions, ctx.today),
        budget: BUDGET.actions,
        urgent: (a) => isOverdue(a.due, ctx.today),
        render: (items) => actionTable(ctx, items, 'both'),
        what: ['open action', 'open actions'],
        next: (a) => `the next due ${formatDate(a.due)}`,
        empty: 'No open actions.',
      }),
    );

    blocks.push(...decisionsOfReader(ctx, 'Decisions for you', BUDGET.decisions));

    blocks.push(
      ...boundedSection(ctx, {
        title: 'Engineering metrics',
        items: ctx.file.metrics.filter((x) => x.kind === 'engineering'),
        budget: BUDGET.metrics,
        render: (items) => metricTable(ctx, items),
        what: ['engineering metric', 'engineering metrics'],
      }),
    );

    // The assumptions behind the milestones shown above.
    const assumed = shownMilestones.filter((x) => x.assumptions.length > 0);
    const kept = assumed.slice(0, BUDGET.assumptions);
    const assumptions: ListItem[] = kept.flatMap((x) => [
      { runs: [b(x.title)] },
      ...x.assumptions.map((a): ListItem => ({ runs: [t(a)], level: 1 })),
    ]);
    if (assumptions.length > 0) blocks.push(heading(1, 'Assumptions'), bullets(assumptions));
    if (assumed.length > kept.length)
      blocks.push(
        countedLine(assumed.length - kept.length, [
          'milestone with assumptions',
          'milestones with assumptions',
        ]),
      );
    return blocks;
  },
  relevant() {
    return true;
  },
};
