/** Milestones, objectives, dependencies, wins and the budget as document blocks. */
import { compareDates, formatDate } from '../../domain/dates.ts';
import { progressRatio, isAtTarget } from '../../domain/progress.ts';
import { nameOf, phrase, prose, topicMark, type Ctx } from '../context.ts';
import {
  committed,
  dependencyTone,
  formatMoney,
  formatNumber,
  formatValue,
  milestoneDates,
  milestoneTone,
  statusWord,
} from '../format.ts';
import { b, band, bullets, cell, m, t, table, type Run, type TableBlock, type TableCell } from '../model.ts';
import type { Dependency, Metric, Milestone, Win } from '../../schema/program.ts';
import { metricStanding } from '../../domain/standing.ts';

/** Joins runs, starting each after the first on a new line; empty texts are dropped. */
export function lines(...runs: Run[]): Run[] {
  const kept = runs.filter((r) => r.text.trim() !== '');
  return kept.map((r, i) => (i === 0 ? r : { ...r, text: `\n${r.text}` }));
}

/**
 * An item's title in bold, marked when it is on the reader's topics, with the lines under it
 * (empty ones dropped): the first cell of every item table.
 */
export function titled(ctx: Pick<Ctx, 'topics'>, item: { title: string }, ...under: Run[]): Run[] {
  const rest = lines(...under).map((r, i) => (i === 0 ? { ...r, text: `\n${r.text}` } : r));
  return [b(item.title), ...topicMark(ctx, item), ...rest];
}

export interface MilestoneColumns {
  /** The milestone's phrasing under its title, by detail. */
  text?: boolean;
  /** "Assumes: …" under the title. */
  assumptions?: boolean;
  /** "Depends on: …" under the title. */
  dependsOn?: boolean;
  owner?: boolean;
}

/**
 * Milestones as a table: the current range beside the committed date and the reason it moved,
 * in every variant ("slipped dates stay honest").
 */
export function milestoneTable(
  ctx: Ctx,
  milestones: readonly Milestone[],
  opts: MilestoneColumns,
): TableBlock {
  // `dependsOn` names milestones and (version 2) dependencies.
  // Without any committed date the column would only say "—" on every row: it is left out.
  const anyBaseline = milestones.some((x) => x.baseline);
  const byId = new Map([...ctx.file.milestones, ...ctx.file.dependencies].map((x) => [x.id, x.title]));
  const rows = milestones.map((ms): TableCell[] => {
    const text = opts.text ? prose(ctx, phrase(ctx, ms)) : '';
    const assumes =
      opts.assumptions && ms.assumptions.length > 0 ? `Assumes: ${ms.assumptions.join('; ')}` : '';
    const deps = ms.dependsOn.map((id) => byId.get(id)).filter((x): x is string => x !== undefined);
    const dependsOn = opts.dependsOn && deps.length > 0 ? `Depends on: ${deps.join('; ')}` : '';
    const { range, likely } = milestoneDates(ms);
    const { date, moved } = committed(ms);
    const confidence = `${statusWord(ms.confidence)} confidence`;
    const row: TableCell[] = [cell(titled(ctx, ms, m(text), m(assumes), m(dependsOn)))];
    if (opts.owner) row.push(cell(nameOf(ctx, ms.ownerId)));
    row.push(cell(lines(t(range), m(likely))));
    if (anyBaseline) row.push(cell(lines(t(date), m(moved ? `Moved: ${moved}` : ''))));
    row.push(cell(lines(t(statusWord(ms.status)), m(confidence)), milestoneTone(ms.status)));
    return row;
  });
  const columns: Array<[string, number]> = [['Milestone', opts.owner ? 32 : 42]];
  if (opts.owner) columns.push(['Owner', 13]);
  columns.push(['Dates', 21]);
  if (anyBaseline) columns.push(['Committed', opts.owner ? 19 : 22]);
  columns.push(['Status', 15]);
  return table(columns, rows);
}

/** Milestones in date order (by likely date, then latest), the order of urgency. */
export function byLikely(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort(
    (a, b) =>
      compareDates(a.window.likely, b.window.likely) || compareDates(a.window.latest, b.window.latest),
  );
}

/** Dependencies by needed-by date, soonest first. */
export function byNeededBy<T extends { neededBy: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareDates(a.neededBy, b.neededBy));
}

/** Metrics from baseline to where they are now, against the target, with how they stand. */
export function metricTable(ctx: Ctx, metrics: readonly Metric[]): TableBlock {
  const tones = { 'at-risk': 'amber', 'on-track': 'green', met: 'blue' } as const;
  return table(
    [
      ['Metric', 46],
      ['Baseline → now', 22],
      ['Target', 14],
      ['Standing', 18],
    ],
    metrics.map((x) => {
      const standing = metricStanding(x);
      return [
        cell(titled(ctx, x)),
        cell(`${formatNumber(x.baseline)} → ${formatValue(x.current, x.unit)}`),
        cell(formatValue(x.target, x.unit)),
        cell(statusWord(standing), tones[standing]),
      ];
    }),
  );
}

/** Key results under a band per objective, baseline to target with where they are now. */
export function objectivesTable(ctx: Ctx): TableBlock | null {
  const rows: TableCell[][] = [];
  for (const o of ctx.file.objectives) {
    if (o.keyResults.length === 0) continue;
    rows.push(band([b(o.title)], 4));
    for (const kr of o.keyResults) {
      const reached = isAtTarget(kr);
      rows.push([
        cell(kr.title),
        cell(`${formatValue(kr.baseline, kr.unit)} → ${formatValue(kr.target, kr.unit)}`),
        cell(formatValue(kr.current, kr.unit)),
        cell(
          reached ? 'Reached' : `${Math.round(progressRatio(kr) * 100)}% of the way`,
          reached ? 'green' : undefined,
        ),
      ]);
    }
  }
  if (rows.length === 0) return null;
  return table(
    [
      ['Key result', 52],
      ['Baseline → target', 20],
      ['Now', 11],
      ['Progress', 17],
    ],
    rows,
  );
}

/** Dependencies with team, needed-by date and status; `owner` adds who owns each. */
export function dependencyTable(
  ctx: Ctx,
  deps: readonly Dependency[],
  opts: { owner?: boolean },
): TableBlock {
  const rows = deps.map((d): TableCell[] => {
    const who = opts.owner ? `${d.team} · ${nameOf(ctx, d.ownerId)}` : d.team;
    return [
      cell(titled(ctx, d, m(prose(ctx, phrase(ctx, d))))),
      cell(who),
      cell(formatDate(d.neededBy)),
      cell(statusWord(d.status), dependencyTone(d.status)),
    ];
  });
  return table(
    [
      ['Dependency', 46],
      [opts.owner ? 'Team · owner' : 'Team', 22],
      ['Needed by', 16],
      ['Status', 16],
    ],
    rows,
  );
}

/** Wins as bullets: title, date and (by detail) what it means. */
export function winList(ctx: Ctx, wins: readonly Win[]): ReturnType<typeof bullets> {
  return bullets(
    wins.map((w) => {
      const text = prose(ctx, phrase(ctx, w));
      return [
        b(w.title),
        ...topicMark(ctx, w),
        t(` (${formatDate(w.date)})`),
        ...(text ? [t(` — ${text}`)] : []),
      ];
    }),
  );
}

/** The budget: planned, actual to date, forecast and the forecast against plan. */
export function budgetTable(ctx: Ctx): TableBlock {
  const { currency, planned, actualToDate, forecast } = ctx.file.program.budget;
  const variance = forecast - planned;
  const share = planned !== 0 ? variance / planned : 0;
  const sign = variance > 0 ? '+' : variance < 0 ? '−' : '';
  const pct = planned !== 0 ? ` (${sign}${Math.abs(share * 100).toFixed(1)}%)` : '';
  const varianceText =
    variance === 0 ? 'On plan' : `${sign}${formatMoney(Math.abs(variance), currency)}${pct}`;
  const tone = variance <= 0 ? 'green' : share > 0.1 ? 'red' : 'amber';
  return table(
    [
      ['Planned', 25],
      ['Actual to date', 25],
      ['Forecast', 25],
      ['Forecast vs plan', 25],
    ],
    [
      [
        cell(formatMoney(planned, currency)),
        cell(formatMoney(actualToDate, currency)),
        cell(formatMoney(forecast, currency)),
        cell(varianceText, tone),
      ],
    ],
  );
}
