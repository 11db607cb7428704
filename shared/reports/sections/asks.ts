/**
 * What the reader is asked for and what we owe them: decisions (always every option with its
 * trade-offs and the recommendation, whatever the detail), actions (always with the date), and
 * their expectations with where they stand.
 */
import { addDays, formatDate } from '../../domain/dates.ts';
import { byStanding, describeStanding } from '../../domain/standing.ts';
import { nameOf, type Ctx } from '../context.ts';
import { isOverdue, standingTone, statusWord } from '../format.ts';
import {
  b,
  cell,
  heading,
  m,
  paragraph,
  t,
  table,
  type Block,
  type TableBlock,
  type Tone,
} from '../model.ts';
import type { Action, Decision, Stakeholder } from '../../schema/program.ts';
import { lines } from './plan.ts';

// The selection rules live in shared/domain (the checklist in shared/meetings uses them too).
export { decisionsFor, overdueFirst } from '../../domain/asks.ts';

/** "Dana Whitfield", "Dana Whitfield and Marcus Oyelaran", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'nobody named';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** True for an open decision whose needed-by date is before today. */
export function isOverdueDecision(d: Decision, today: string): boolean {
  return d.status === 'open' && isOverdue(d.neededBy, today);
}

/**
 * Where a decision stands, in words: an open one says who decides and by when ("for Dana
 * Whitfield and Marcus Oyelaran to decide by 15 Jan 2027", "Overdue: …" past its date); a decided
 * one says what was decided.
 */
export function decisionState(ctx: Ctx, d: Decision): { text: string; overdue: boolean } {
  const deciders = joinNames(d.deciderIds.map((id) => nameOf(ctx, id)));
  if (d.status === 'decided') {
    const outcome = d.options.find((o) => o.id === d.outcome)?.title;
    return {
      text: outcome ? `Decided: ${outcome} (by ${deciders})` : `Decided by ${deciders}`,
      overdue: false,
    };
  }
  const overdue = isOverdueDecision(d, ctx.today);
  const when = `for ${deciders} to decide by ${formatDate(d.neededBy)}`;
  return { text: overdue ? `Overdue: ${when}` : when.charAt(0).toUpperCase() + when.slice(1), overdue };
}

/**
 * One decision in full, whatever the reader's detail: its title as a Heading 3 (so Word's
 * navigation pane lists it), who decides by when (overdue marked), the context, every option with
 * its trade-offs (the recommended one marked), and the recommendation; a decided one says what
 * was decided.
 */
export function decisionBlocks(ctx: Ctx, d: Decision): Block[] {
  const recommended = d.options.find((o) => o.id === d.recommendation);
  const state = decisionState(ctx, d);
  const meta = state.overdue ? b(state.text) : m(state.text);
  const context = d.context.trim();
  const blocks: Block[] = [
    heading(3, d.title),
    context ? paragraph(t(`${context} `), meta) : paragraph(meta),
  ];
  if (d.status === 'decided') return blocks;
  if (d.options.length > 0) {
    blocks.push(
      table(
        [
          ['Option', 30],
          ['Trade-offs', 70],
        ],
        d.options.map((o) => {
          const isRec = o.id === d.recommendation;
          return [
            cell(isRec ? [b(o.title), m(' · recommended')] : [b(o.title)], isRec ? 'green' : undefined),
            cell(o.tradeoffs),
          ];
        }),
      ),
    );
  }
  // The recommended option is marked in the table; said in words only when there is no table.
  if (!recommended) blocks.push(paragraph(m('No recommendation yet.')));
  else if (d.options.length === 0) blocks.push(paragraph(b('We recommend: '), t(recommended.title)));
  return blocks;
}

function dueCell(ctx: Ctx, a: Action): { text: string; tone?: Tone } {
  if (isOverdue(a.due, ctx.today)) return { text: `${formatDate(a.due)}\nOverdue`, tone: 'red' };
  if (a.due <= addDays(ctx.today, 7)) return { text: formatDate(a.due), tone: 'amber' };
  return { text: formatDate(a.due) };
}

/**
 * Actions as a table with their due dates (always shown). `who` picks the people column: the
 * owner (what we owe), those it is owed to (what the reader owes), or both.
 */
export function actionTable(
  ctx: Ctx,
  actions: readonly Action[],
  who: 'owner' | 'owed-to' | 'both',
  /** A checklist's box before each action's title (☐, or ☑ once ticked). */
  box?: (id: string) => string,
): TableBlock {
  const columns: Array<[string, number]> = [['Action', who === 'both' ? 44 : 56]];
  if (who !== 'owed-to') columns.push(['Owner', 20]);
  if (who !== 'owner') columns.push(['Owed to', 20]);
  columns.push(['Due', who === 'both' ? 16 : 24]);
  const rows = actions.map((a) => {
    const due = dueCell(ctx, a);
    const row = [cell(box ? [t(box(a.id)), b(a.title)] : [b(a.title)])];
    if (who !== 'owed-to') row.push(cell(nameOf(ctx, a.ownerId)));
    if (who !== 'owner') row.push(cell(a.owedToIds.map((id) => nameOf(ctx, id)).join(', ')));
    row.push(cell(due.text, due.tone));
    return row;
  });
  return table(columns, rows);
}

/**
 * A person's expectations with their standing, at-risk first (with the cause), then on track;
 * at most `budget` of them (the at-risk ones first in).
 */
export function expectationTable(
  ctx: Ctx,
  person: Stakeholder,
  budget = Infinity,
  /** A checklist's box before each expectation (☐, or ☑ once ticked). */
  box?: (id: string) => string,
): TableBlock | null {
  if (person.expectations.length === 0) return null;
  const rows = byStanding(ctx.file, person.expectations, ctx.today)
    .slice(0, budget)
    .map(({ expectation: e, standing: s }) => {
      const description = describeStanding(s);
      const word = statusWord(s.standing);
      const detail = description.startsWith(`${word}: `) ? description.slice(word.length + 2) : '';
      const text = box ? [t(box(e.id)), b(e.text)] : [b(e.text)];
      return [cell(text), cell(lines(b(word), t(detail)), standingTone(s.standing))];
    });
  return table(
    [
      ['Expectation', 45],
      ['Where it stands', 55],
    ],
    rows,
  );
}
