/**
 * `partner-update`: for partner teams and external parties. What we need from them and by when
 * (dependencies they own, actions they owe, decisions they make); what we owe them; dates that
 * affect them; risks on their topics. Nothing internal, no budget, no notes: the record it reads
 * is already narrowed for external readers, and no section here touches the budget.
 */
import { formatDate } from '../../domain/dates.ts';
import { onTopics, phrase, prose, topicsFirst, type Ctx } from '../context.ts';
import { dependencyTone, isLiveRisk, isOverdue, statusWord } from '../format.ts';
import { b, cell, heading, m, paragraph, table, type Block, type TableCell } from '../model.ts';
import type { Milestone } from '../../schema/program.ts';
import { actionTable, decisionBlocks, decisionsFor, overdueFirst } from '../sections/asks.ts';
import { byLikely, lines, milestoneTable } from '../sections/plan.ts';
import { byScore, riskTable } from '../sections/risks.ts';
import { concerns, onReaderTopics, type TemplateSpec } from './spec.ts';

/** Open milestones whose dates matter to the reader: on their topics or behind their expectations. */
export function datesAffecting(ctx: Ctx): Milestone[] {
  const linked = new Set(ctx.reader.expectations.flatMap((e) => e.linkedIds));
  return topicsFirst(
    ctx,
    byLikely(
      ctx.file.milestones.filter((x) => x.status !== 'done' && (linked.has(x.id) || onTopics(ctx, x))),
    ),
  );
}

function needsFromReader(ctx: Ctx): Block[] {
  const me = ctx.reader.id;
  const deps = ctx.file.dependencies
    .filter((d) => d.ownerId === me && d.status !== 'done')
    .sort((a, b) => a.neededBy.localeCompare(b.neededBy));
  const actions = overdueFirst(
    ctx.file.actions.filter((a) => a.ownerId === me),
    ctx.today,
  );
  const rows: TableCell[][] = [
    ...deps.map((d) => [
      cell(lines(b(d.title), m(prose(ctx, phrase(ctx, d))))),
      cell(formatDate(d.neededBy)),
      cell(statusWord(d.status), dependencyTone(d.status)),
    ]),
    ...actions.map((a) => {
      const late = isOverdue(a.due, ctx.today);
      return [
        cell([b(a.title)]),
        cell(formatDate(a.due), late ? 'red' : undefined),
        cell(late ? 'Overdue' : 'Open', late ? 'red' : 'grey'),
      ];
    }),
  ];
  const decisions = decisionsFor(ctx, me);
  const blocks: Block[] = [heading(1, 'What we need from you')];
  if (rows.length === 0 && decisions.length === 0)
    return [...blocks, paragraph('Nothing is needed from you right now.')];
  if (rows.length > 0) {
    blocks.push(
      table(
        [
          ['What we need', 58],
          ['By when', 21],
          ['Status', 21],
        ],
        rows,
      ),
    );
  }
  for (const d of decisions) blocks.push(...decisionBlocks(ctx, d));
  return blocks;
}

export const partnerUpdate: TemplateSpec = {
  title: 'Partner update',
  sinceCap: 10,
  sections(ctx) {
    const blocks: Block[] = [...needsFromReader(ctx)];

    const owedToReader = overdueFirst(
      ctx.file.actions.filter((a) => a.owedToIds.includes(ctx.reader.id)),
      ctx.today,
    );
    if (owedToReader.length > 0)
      blocks.push(heading(1, 'What we owe you'), actionTable(ctx, owedToReader, 'owner'));

    const dates = datesAffecting(ctx);
    blocks.push(heading(1, 'Dates that affect you'));
    blocks.push(
      dates.length > 0
        ? milestoneTable(ctx, dates, { text: true })
        : paragraph(m('No open milestones on your topics.')),
    );

    const risks = topicsFirst(ctx, byScore(ctx.file.risks.filter((r) => isLiveRisk(r) && onTopics(ctx, r))));
    if (risks.length > 0) {
      blocks.push(
        heading(1, 'Risks on your topics'),
        riskTable(ctx, risks, { textUnderTitle: true, mitigation: 'prose' }),
      );
    }
    return blocks;
  },
  relevant(ctx, change) {
    switch (change.entry.kind) {
      case 'program':
        return true;
      case 'milestone': {
        const linked = ctx.reader.expectations.some((e) => e.linkedIds.includes(change.id));
        return linked || onReaderTopics(ctx, change);
      }
      case 'risk':
      case 'win':
        return onReaderTopics(ctx, change);
      case 'dependency':
      case 'action':
      case 'decision':
        return concerns(change, ctx.reader.id);
      default:
        return false;
    }
  },
};
