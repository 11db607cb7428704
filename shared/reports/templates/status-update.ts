/**
 * `status-update`: for managers, peers and functional leads. Status; milestones with status and
 * ranges; risks above score 8 and all on the reader's topics; dependencies; decisions they are
 * asked for; wins; their expectations and where they stand.
 */
import { riskScore } from '../../domain/items.ts';
import { onTopics, topicsFirst } from '../context.ts';
import { isLiveRisk } from '../format.ts';
import { heading, paragraph, m, type Block } from '../model.ts';
import { expectationTable } from '../sections/asks.ts';
import { byLikely, dependencyTable, milestoneTable, winList } from '../sections/plan.ts';
import { byScore, riskTable } from '../sections/risks.ts';
import { statusAndWhy } from '../sections/status.ts';
import { asksOfReader } from './executive-brief.ts';
import { concerns, onReaderTopics, type TemplateSpec } from './spec.ts';

/** Risks scoring above this are in every status update; lower ones only on the reader's topics. */
export const STATUS_RISK_SCORE = 8;

const none = (text: string): Block => paragraph(m(text));

export const statusUpdate: TemplateSpec = {
  title: 'Status update',
  sinceCap: 10,
  sections(ctx) {
    const { period } = ctx.file.program;
    const blocks: Block[] = [...statusAndWhy(ctx, 'Status')];

    // Open milestones, and those finished during this period (news the reader should hear).
    const milestones = ctx.file.milestones.filter(
      (x) => x.status !== 'done' || x.window.likely >= period.start,
    );
    blocks.push(heading(1, 'Milestones'));
    blocks.push(
      milestones.length > 0
        ? milestoneTable(ctx, topicsFirst(ctx, byLikely(milestones)), { text: true })
        : none('No milestones yet.'),
    );

    const risks = byScore(
      ctx.file.risks.filter((r) => isLiveRisk(r) && (riskScore(r) > STATUS_RISK_SCORE || onTopics(ctx, r))),
    );
    blocks.push(heading(1, 'Risks'));
    blocks.push(
      risks.length > 0
        ? riskTable(ctx, topicsFirst(ctx, risks), {
            textUnderTitle: true,
            mitigation: ctx.detail === 'headline' ? 'none' : 'prose',
          })
        : none(`No open risks above score ${STATUS_RISK_SCORE} or on your topics.`),
    );

    const deps = [...ctx.file.dependencies.filter((d) => d.status !== 'done')].sort((a, b) =>
      a.neededBy.localeCompare(b.neededBy),
    );
    blocks.push(heading(1, 'Dependencies'));
    blocks.push(
      deps.length > 0 ? dependencyTable(ctx, topicsFirst(ctx, deps), {}) : none('No open dependencies.'),
    );

    blocks.push(...asksOfReader(ctx, 'Decisions asked of you'));

    const wins = [...ctx.file.wins.filter((w) => w.date >= period.start && w.date <= ctx.today)].sort(
      (a, b) => b.date.localeCompare(a.date),
    );
    if (wins.length > 0) blocks.push(heading(1, 'Wins'), winList(ctx, topicsFirst(ctx, wins)));

    const expectations = expectationTable(ctx, ctx.reader);
    if (expectations) blocks.push(heading(1, 'Your expectations'), expectations);
    return blocks;
  },
  relevant(ctx, change) {
    switch (change.entry.kind) {
      case 'risk': {
        const now = ctx.file.risks.find((r) => r.id === change.id);
        return now ? riskScore(now) > STATUS_RISK_SCORE || onTopics(ctx, now) : true;
      }
      case 'decision':
        return concerns(change, ctx.reader.id);
      case 'action':
        return concerns(change, ctx.reader.id) || onReaderTopics(ctx, change);
      case 'key-result':
        return false;
      default:
        return true;
    }
  },
};
