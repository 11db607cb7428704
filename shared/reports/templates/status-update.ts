/**
 * `status-update`: for managers, peers and functional leads. Status; milestones with status and
 * ranges; risks above score 8 and all on the reader's topics; dependencies; decisions they are
 * asked for; wins; their expectations and where they stand. Each section in the order of urgency,
 * within its budget.
 */
import { compareDates } from '../../domain/dates.ts';
import { riskScore } from '../../domain/items.ts';
import { countedLine, onTopics } from '../context.ts';
import { isLiveRisk } from '../format.ts';
import { expectationTable } from '../sections/asks.ts';
import {
  SECTION_BUDGETS as BUDGET,
  boundedSection,
  dependencySection,
  milestoneSection,
  riskSection,
} from '../sections/bounded.ts';
import { byLikely, byNeededBy, dependencyTable, winList } from '../sections/plan.ts';
import { byScore } from '../sections/risks.ts';
import { statusAndWhy } from '../sections/status.ts';
import { heading, type Block } from '../model.ts';
import { decisionsOfReader } from './executive-brief.ts';
import { concerns, onReaderTopics, type TemplateSpec } from './spec.ts';

/** Risks scoring above this are in every status update; lower ones only on the reader's topics. */
export const STATUS_RISK_SCORE = 8;

export const statusUpdate: TemplateSpec = {
  title: 'Status update',
  sinceCap: 10,
  sections(ctx) {
    const { period } = ctx.file.program;
    const blocks: Block[] = [...statusAndWhy(ctx, 'Status')];

    // Open milestones, and those finished during this period (news the reader should hear).
    blocks.push(
      ...milestoneSection(
        ctx,
        'Milestones',
        byLikely(ctx.file.milestones.filter((x) => x.status !== 'done' || x.window.likely >= period.start)),
        { text: true },
        undefined,
        'No milestones yet.',
      ),
    );
    blocks.push(
      ...riskSection(
        ctx,
        'Risks',
        byScore(
          ctx.file.risks.filter(
            (r) => isLiveRisk(r) && (riskScore(r) > STATUS_RISK_SCORE || onTopics(ctx, r)),
          ),
        ),
        { textUnderTitle: true, mitigation: ctx.detail === 'headline' ? 'none' : 'prose' },
        undefined,
        `No open risks above score ${STATUS_RISK_SCORE} or on your topics.`,
      ),
    );
    blocks.push(
      ...dependencySection(
        ctx,
        'Dependencies',
        byNeededBy(ctx.file.dependencies.filter((d) => d.status !== 'done')),
        (items) => dependencyTable(ctx, items, {}),
        undefined,
        'No open dependencies.',
      ),
    );

    blocks.push(...decisionsOfReader(ctx, 'Decisions asked of you', BUDGET.decisions));

    const wins = [...ctx.file.wins.filter((w) => w.date >= period.start && w.date <= ctx.today)].sort(
      (a, b) => compareDates(b.date, a.date),
    );
    blocks.push(
      ...boundedSection(ctx, {
        title: 'Wins',
        items: wins,
        budget: BUDGET.wins,
        render: (items) => winList(ctx, items),
        what: ['win', 'wins'],
      }),
    );

    const expectations = expectationTable(ctx, ctx.reader, BUDGET.expectations);
    if (expectations) blocks.push(heading(1, 'Your expectations'), expectations);
    const unlisted = ctx.reader.expectations.length - BUDGET.expectations;
    if (unlisted > 0) blocks.push(countedLine(unlisted, ['expectation', 'expectations']));
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
      case 'metric':
        return false;
      default:
        return true;
    }
  },
};
