/**
 * `partner-update`: for partner teams and external parties. What we need from them and by when
 * (under "Needed from you"), then per dependency they own what it unblocks (the milestones whose
 * `dependsOn` names it, with their dates), why it is at risk and who our contact is; dates that
 * affect them; risks on their topics. Nothing internal, no budget, no notes: the record it reads
 * is already narrowed for external readers, and no section here touches the budget.
 */
import { formatDate } from '../../domain/dates.ts';
import { riskScore } from '../../domain/items.ts';
import { essential, nameOf, onTopics, phrase, prose, type Ctx } from '../context.ts';
import { dependencyTone, isLiveRisk, milestoneDates, statusWord } from '../format.ts';
import { b, cell, m, t, table, type Block, type Run, type TableCell } from '../model.ts';
import type { Dependency, Milestone } from '../../schema/program.ts';
import { joinNames } from '../sections/asks.ts';
import {
  boundedSection,
  nextNeeded,
  SECTION_BUDGETS as BUDGET,
  URGENT,
  milestoneSection,
  riskSection,
} from '../sections/bounded.ts';
import { byLikely, byNeededBy, lines, titled } from '../sections/plan.ts';
import { byScore } from '../sections/risks.ts';
import { decisionsOfReader } from './executive-brief.ts';
import { concerns, onReaderTopics, type TemplateSpec } from './spec.ts';

/** Open milestones whose dates matter to the reader: on their topics, behind their expectations, or waiting on them. */
export function datesAffecting(ctx: Ctx): Milestone[] {
  const linked = new Set(ctx.reader.expectations.flatMap((e) => e.linkedIds));
  const theirs = new Set(ctx.file.dependencies.filter((d) => d.ownerId === ctx.reader.id).map((d) => d.id));
  return byLikely(
    ctx.file.milestones.filter(
      (x) =>
        x.status !== 'done' &&
        (linked.has(x.id) || onTopics(ctx, x) || x.dependsOn.some((id) => theirs.has(id))),
    ),
  );
}

/** The open milestones waiting on a dependency (their `dependsOn` names it), by date. */
export function unblockedBy(ctx: Ctx, dep: Dependency): Milestone[] {
  return byLikely(ctx.file.milestones.filter((x) => x.status !== 'done' && x.dependsOn.includes(dep.id)));
}

/**
 * Why a dependency is at risk or blocked: the live risks on its topics, highest score first (the
 * record keeps no reason on the dependency itself). Empty for one on track.
 */
export function whyAtRisk(ctx: Ctx, dep: Dependency): Run[] {
  if (dep.status !== 'at-risk' && dep.status !== 'blocked') return [];
  const risk = byScore(
    ctx.file.risks.filter((r) => isLiveRisk(r) && onTopics({ topics: new Set(dep.topics) }, r)),
  )[0];
  if (!risk) return [m('No reason recorded.')];
  return [m(`Why: risk "${risk.title}" (score ${riskScore(risk)}): ${essential(ctx, phrase(ctx, risk))}`)];
}

function deliveriesTable(ctx: Ctx, deps: Dependency[]): Block {
  const rows = deps.map((d): TableCell[] => {
    const waiting = unblockedBy(ctx, d);
    const unblocks = waiting.map((x) => `${x.title} (${milestoneDates(x).range})`);
    const contacts = [...new Set(waiting.map((x) => x.ownerId))].map((id) => nameOf(ctx, id));
    const contact = contacts.length > 0 ? joinNames(contacts) : nameOf(ctx, ctx.file.program.sponsorId);
    return [
      cell(titled(ctx, d, m(prose(ctx, phrase(ctx, d))))),
      cell(formatDate(d.neededBy)),
      cell(lines(b(statusWord(d.status)), ...whyAtRisk(ctx, d)), dependencyTone(d.status)),
      cell(unblocks.length > 0 ? lines(...unblocks.map((u) => t(u))) : [m('No milestone waits on it yet')]),
      cell(contact),
    ];
  });
  return table(
    [
      ['Your delivery', 28],
      ['Needed by', 12],
      ['Status', 24],
      ['It unblocks', 22],
      ['Our contact', 14],
    ],
    rows,
  );
}

export const partnerUpdate: TemplateSpec = {
  title: 'Partner update',
  sinceCap: 10,
  sections(ctx) {
    const blocks: Block[] = [];
    blocks.push(
      ...boundedSection(ctx, {
        title: 'What your deliveries unblock',
        items: byNeededBy(
          ctx.file.dependencies.filter((d) => d.ownerId === ctx.reader.id && d.status !== 'done'),
        ),
        budget: BUDGET.dependencies,
        urgent: URGENT.dependency,
        render: (items) => deliveriesTable(ctx, items),
        what: ['delivery', 'deliveries'],
        next: nextNeeded,
      }),
    );
    blocks.push(...decisionsOfReader(ctx, 'Decisions for you', BUDGET.decisions));
    blocks.push(
      ...milestoneSection(
        ctx,
        'Dates that affect you',
        datesAffecting(ctx),
        { text: true },
        undefined,
        'No open milestones on your topics or waiting on you.',
      ),
    );
    blocks.push(
      ...riskSection(
        ctx,
        'Risks on your topics',
        byScore(ctx.file.risks.filter((r) => isLiveRisk(r) && onTopics(ctx, r))),
        { textUnderTitle: true, mitigation: 'prose' },
      ),
    );
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
