/** Risks as a table, in the shapes the templates ask for. */
import { riskScore } from '../../domain/items.ts';
import { essential, nameOf, onTopics, phrase, prose, type Ctx } from '../context.ts';
import { isLiveRisk, riskTone, statusWord } from '../format.ts';
import { cell, m, t, table, type TableBlock, type TableCell } from '../model.ts';
import type { Risk } from '../../schema/program.ts';
import { titled } from './plan.ts';

export interface RiskColumns {
  /** A column with the risk's impact (its phrasing), kept to what the template names. */
  impactColumn?: boolean;
  /** The phrasing under the title instead, by detail. */
  textUnderTitle?: boolean;
  owner?: boolean;
  /** How much of the mitigation to show; `none` leaves the column out. */
  mitigation: 'essential' | 'prose' | 'none';
}

/** Highest score first; ties by worsening trend, then title, so the order is stable. */
export function byScore(risks: readonly Risk[]): Risk[] {
  const trend = { worsening: 0, steady: 1, improving: 2 } as const;
  return [...risks].sort(
    (a, b) =>
      riskScore(b) - riskScore(a) || trend[a.trend] - trend[b.trend] || a.title.localeCompare(b.title),
  );
}

/**
 * The `count` live risks with the highest scores (ties go to the reader's topics), shown by
 * score, highest first.
 */
export function topRisks(ctx: Ctx, count: number): Risk[] {
  const live = ctx.file.risks.filter(isLiveRisk);
  const ranked = [...byScore(live)].sort(
    (a, b) => riskScore(b) - riskScore(a) || Number(onTopics(ctx, b)) - Number(onTopics(ctx, a)),
  );
  return byScore(ranked.slice(0, count));
}

/** Risks as a table: title with status and trend, score (shaded), then the asked-for columns. */
export function riskTable(ctx: Ctx, risks: readonly Risk[], opts: RiskColumns): TableBlock {
  const rows = risks.map((r): TableCell[] => {
    const text = phrase(ctx, r);
    const state = `${statusWord(r.status)} · ${statusWord(r.trend)}`;
    const under = opts.textUnderTitle ? prose(ctx, text) : '';
    const row: TableCell[] = [cell(titled(ctx, r, m(state), m(under)))];
    if (opts.owner) row.push(cell(nameOf(ctx, r.ownerId)));
    row.push(cell(String(riskScore(r)), riskTone(r)));
    if (opts.impactColumn) row.push(cell(essential(ctx, text)));
    if (opts.mitigation !== 'none') {
      const mitigation =
        opts.mitigation === 'essential' ? essential(ctx, r.mitigation) : prose(ctx, r.mitigation);
      row.push(cell(mitigation ? [t(mitigation)] : []));
    }
    return row;
  });
  const wide = opts.impactColumn && opts.mitigation !== 'none';
  const columns: Array<[string, number]> = [['Risk', wide ? 25 : 46]];
  if (opts.owner) columns.push(['Owner', 14]);
  columns.push(['Score', 7]);
  if (opts.impactColumn) columns.push([ctx.language === 'business' ? 'Business impact' : 'Impact', 37]);
  if (opts.mitigation !== 'none') columns.push(['Mitigation', wide ? 31 : 33]);
  return table(columns, rows);
}
