/**
 * "Needed from you" and "We owe you", right under the status line of every document: what this
 * reader is asked for (decisions they make, dependencies they own, actions they owe, each with
 * its date) and the open actions owed to them, overdue first. Nothing when both are empty.
 */
import { compareDates, formatDate } from '../../domain/dates.ts';
import { countedLine, nameOf, type Ctx } from '../context.ts';
import { isOverdue, statusWord } from '../format.ts';
import { b, bullets, heading, m, t, type Block, type Run } from '../model.ts';
import { decisionsFor, overdueFirst } from './asks.ts';

/** At most this many lines in each list (a one-page document sets fewer); the rest are counted. */
export const ASKS_BUDGET = 8;

interface Ask {
  due: string;
  overdue: boolean;
  runs: Run[];
}

const late = (overdue: boolean): Run[] => (overdue ? [b(' · overdue')] : []);

/** Everything asked of the reader, overdue first, then by date. */
export function asksOf(ctx: Ctx): Ask[] {
  const me = ctx.reader.id;
  const asks: Ask[] = [];
  for (const d of decisionsFor(ctx, me)) {
    const overdue = isOverdue(d.neededBy, ctx.today);
    asks.push({
      due: d.neededBy,
      overdue,
      runs: [b('Decide: '), t(d.title), m(` — by ${formatDate(d.neededBy)}`), ...late(overdue)],
    });
  }
  for (const d of ctx.file.dependencies.filter((x) => x.ownerId === me && x.status !== 'done')) {
    const overdue = isOverdue(d.neededBy, ctx.today);
    asks.push({
      due: d.neededBy,
      overdue,
      runs: [
        b('Deliver: '),
        t(d.title),
        m(` — needed by ${formatDate(d.neededBy)} · ${statusWord(d.status)}`),
        ...late(overdue),
      ],
    });
  }
  for (const a of overdueFirst(
    ctx.file.actions.filter((x) => x.ownerId === me),
    ctx.today,
  )) {
    const overdue = isOverdue(a.due, ctx.today);
    asks.push({
      due: a.due,
      overdue,
      runs: [b('Do: '), t(a.title), m(` — due ${formatDate(a.due)}`), ...late(overdue)],
    });
  }
  return asks.sort((x, y) => Number(y.overdue) - Number(x.overdue) || compareDates(x.due, y.due));
}

/** The open actions owed to the reader, overdue first, each with who owes it and when. */
export function owedTo(ctx: Ctx): Ask[] {
  return overdueFirst(
    ctx.file.actions.filter((a) => a.owedToIds.includes(ctx.reader.id)),
    ctx.today,
  ).map((a) => {
    const overdue = isOverdue(a.due, ctx.today);
    return {
      due: a.due,
      overdue,
      runs: [t(a.title), m(` — ${nameOf(ctx, a.ownerId)}, due ${formatDate(a.due)}`), ...late(overdue)],
    };
  });
}

function list(title: string, asks: Ask[], budget: number): Block[] {
  if (asks.length === 0) return [];
  const kept = asks.slice(0, budget);
  const blocks: Block[] = [heading(1, title), bullets(kept.map((a) => a.runs))];
  const left = asks.slice(kept.length);
  const next = left.find((a) => !a.overdue) ?? left[0];
  if (next) blocks.push(countedLine(left.length, ['item', 'items'], `the next due ${formatDate(next.due)}`));
  return blocks;
}

/** The two lists, each under its Heading 1, at most `budget` lines each; nothing when both are empty. */
export function asksFirst(ctx: Ctx, budget: number = ASKS_BUDGET): Block[] {
  return [...list('Needed from you', asksOf(ctx), budget), ...list('We owe you', owedTo(ctx), budget)];
}
