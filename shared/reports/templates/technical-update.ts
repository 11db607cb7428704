/**
 * `technical-update`: for engineers and the core team. Status and why; every open milestone,
 * risk, dependency and action with owners and dates, each with its text; the assumptions.
 */
import { topicsFirst } from '../context.ts';
import { isLiveRisk } from '../format.ts';
import { b, bullets, heading, m, paragraph, t, type Block, type ListItem } from '../model.ts';
import { actionTable, overdueFirst } from '../sections/asks.ts';
import { byLikely, dependencyTable, milestoneTable } from '../sections/plan.ts';
import { byScore, riskTable } from '../sections/risks.ts';
import { statusAndWhy } from '../sections/status.ts';
import { asksOfReader } from './executive-brief.ts';
import type { TemplateSpec } from './spec.ts';

const none = (text: string): Block => paragraph(m(text));

export const technicalUpdate: TemplateSpec = {
  title: 'Technical update',
  sinceCap: 15,
  sections(ctx) {
    const blocks: Block[] = [...statusAndWhy(ctx, 'Status and why')];

    const milestones = topicsFirst(ctx, byLikely(ctx.file.milestones.filter((x) => x.status !== 'done')));
    blocks.push(heading(1, 'Open milestones'));
    blocks.push(
      milestones.length > 0
        ? milestoneTable(ctx, milestones, { text: true, owner: true, dependsOn: true })
        : none('Every milestone is done.'),
    );

    const risks = topicsFirst(ctx, byScore(ctx.file.risks.filter(isLiveRisk)));
    blocks.push(heading(1, 'Open risks'));
    blocks.push(
      risks.length > 0
        ? riskTable(ctx, risks, { textUnderTitle: true, owner: true, mitigation: 'prose' })
        : none('No open risks.'),
    );

    const deps = [...ctx.file.dependencies.filter((d) => d.status !== 'done')].sort((a, b) =>
      a.neededBy.localeCompare(b.neededBy),
    );
    blocks.push(heading(1, 'Open dependencies'));
    blocks.push(
      deps.length > 0
        ? dependencyTable(ctx, topicsFirst(ctx, deps), { owner: true })
        : none('No open dependencies.'),
    );

    const actions = overdueFirst(ctx.file.actions, ctx.today);
    blocks.push(heading(1, 'Open actions'));
    blocks.push(actions.length > 0 ? actionTable(ctx, actions, 'both') : none('No open actions.'));

    // Their actions are in the list above, with dates; only their decisions need a section.
    blocks.push(...asksOfReader(ctx, 'Decisions for you', false));

    const assumptions: ListItem[] = milestones
      .filter((x) => x.assumptions.length > 0)
      .flatMap((x) => [
        { runs: [b(x.title)] },
        ...x.assumptions.map((a): ListItem => ({ runs: [t(a)], level: 1 })),
      ]);
    if (assumptions.length > 0) blocks.push(heading(1, 'Assumptions'), bullets(assumptions));
    return blocks;
  },
  relevant() {
    return true;
  },
};
