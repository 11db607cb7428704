/**
 * Random programs with secrets to look for: each stakeholder's notes, every text of each item
 * marked `internal` (of every kind: milestones, risks, decisions, dependencies, wins, actions,
 * metrics, objectives, key results), and the budget figures. Each secret is a distinct token, so
 * its absence from a document means something; the internal items are made as relevant as can be
 * to both readers (their topics, asks of them, owed to them, linked from their expectations), so
 * a filter that failed would show them.
 */
import fc from 'fast-check';
import { addDays, type IsoDate } from '../../../../shared/domain/dates.ts';
import { formatMoney } from '../../../../shared/reports/format.ts';
import { takeSnapshot } from '../../../../shared/view/snapshot.ts';
import { visibleRecord } from '../../../../shared/view/reader.ts';
import type { ProgramFile, Stakeholder } from '../../../../shared/schema/program.ts';
import { programFile } from '../docx/arbitrary-program.ts';

export interface PrivateCase {
  file: ProgramFile;
  today: IsoDate;
  /** Sees everything internal and the budget. */
  insiderId: string;
  /** `external: true`: sees nothing internal and no budget. */
  outsiderId: string;
  noteTokens: string[];
  internalTokens: string[];
  /** Each budget figure (planned, actual, forecast, and the variance, all 7 or 8 digits) as the reports format it, with and without separators. */
  budgetFigures: string[];
}

const TOPICS = ['cost', 'api', 'security', 'timeline', 'data'];
const SALT = 'abcdefghjkmnpqrstuvwxyz23456789';

type Item = { id: string; internal?: boolean; [key: string]: unknown };

/** Budget figures in the forms a document could show them. */
export function figures(amounts: number[], currency: string): string[] {
  return amounts.flatMap((n) => [formatMoney(n, currency), n.toLocaleString('en-US'), String(n)]);
}

export const privateCase: fc.Arbitrary<PrivateCase> = fc
  .record({
    base: programFile,
    salt: fc.string({ unit: fc.constantFrom(...SALT), minLength: 6, maxLength: 6 }),
    flags: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    publicThen: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    offset: fc.integer({ min: 10, max: 400 }),
    budget: fc.record({
      planned: fc.integer({ min: 10_000_000, max: 39_999_999 }),
      actualToDate: fc.integer({ min: 1_000_000, max: 9_999_999 }),
      forecast: fc.integer({ min: 50_000_000, max: 99_999_999 }),
      currency: fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'XQQ'),
    }),
    outsider: fc.record({
      template: fc.constantFrom(
        'executive-brief',
        'status-update',
        'technical-update',
        'partner-update' as const,
      ),
      language: fc.constantFrom('business', 'technical' as const),
      detail: fc.constantFrom('headline', 'summary', 'full', 'full' as const),
    }),
  })
  .map(({ base, salt, flags, publicThen, offset, budget, outsider }) => {
    let n = 0;
    const token = (kind: string) => `Z${kind}${n++}${salt}Q`;
    const file = structuredClone(base);
    const today = addDays('2026-06-01', offset);
    const noteTokens: string[] = [];
    const internalTokens: string[] = [];
    const secret = (kind: string) => {
      const t = token(kind);
      internalTokens.push(t);
      return t;
    };

    // The two readers: s0 an insider, and an outsider added beside them.
    const insider = file.stakeholders[0]!;
    insider.external = false;
    const outsiderPerson: Stakeholder = {
      ...structuredClone(insider),
      id: 'sx',
      name: 'Nora Outside',
      external: true,
      preferences: { ...insider.preferences, ...outsider, channel: 'email', topics: TOPICS },
      expectations: [],
    };
    file.stakeholders.push(outsiderPerson);
    file.meetings[0]!.attendeeIds.push('sx');
    for (const s of file.stakeholders) {
      const note = token('note');
      noteTokens.push(note);
      s.notes = `${note} ${s.notes} ${note}`;
    }
    file.program.budget = {
      currency: budget.currency,
      planned: budget.planned,
      actualToDate: budget.actualToDate,
      forecast: budget.forecast,
    };

    // More kinds to mark internal than the base arbitrary has.
    file.objectives.push({
      id: 'o-int',
      title: 'Objective',
      keyResults: [{ id: 'kr-int', title: 'KR', unit: '%', baseline: 0, target: 10, current: 3 }],
    });
    file.objectives[0]!.keyResults.push({
      id: 'kr-int2',
      title: 'KR two',
      unit: 'ms',
      baseline: 900,
      target: 300,
      current: 500,
    });
    file.metrics = [0, 1, 2].map((i) => ({
      id: `met${i}`,
      title: `Metric ${i}`,
      kind: 'engineering' as const,
      unit: 'ms',
      baseline: 10,
      current: 20,
      target: 5,
      objectiveId: 'o0',
    }));

    let k = 0;
    const readers = ['s0', 'sx'];
    const mark = (item: Item, hide: (item: Item) => void): void => {
      if (!flags[k++ % flags.length]) return;
      item.internal = true;
      hide(item);
    };
    const phrased = (kind: string) => (i: Item) =>
      Object.assign(i, {
        title: secret(kind),
        technical: secret(kind),
        business: secret(kind),
        topics: TOPICS,
      });
    for (const m of file.milestones)
      mark(m, (i) => {
        phrased('ms')(i);
        Object.assign(i, {
          criticalPath: true,
          assumptions: [secret('assume')],
          ...(m.changeReason === undefined ? {} : { changeReason: secret('why') }),
        });
      });
    for (const r of file.risks)
      mark(r, (i) =>
        Object.assign(phrased('risk')(i), { mitigation: secret('mitig'), likelihood: 5, impact: 5 }),
      );
    for (const d of file.decisions)
      mark(d, (i) => {
        const options = d.options.map((o) => ({ ...o, title: secret('opt'), tradeoffs: secret('trade') }));
        Object.assign(i, {
          title: secret('dec'),
          context: secret('ctx'),
          options,
          deciderIds: [...new Set([...d.deciderIds, ...readers])],
        });
      });
    for (const d of file.dependencies)
      mark(d, (i) => Object.assign(phrased('dep')(i), { team: secret('team') }));
    for (const w of file.wins) mark(w, phrased('win'));
    for (const a of file.actions)
      mark(a, (i) =>
        Object.assign(i, { title: secret('act'), owedToIds: [...new Set([...a.owedToIds, ...readers])] }),
      );
    for (const m of file.metrics) mark(m, (i) => Object.assign(i, { title: secret('metric') }));
    const [o0, oInt] = [file.objectives[0]!, file.objectives[1]!];
    Object.assign(oInt, { internal: true, title: secret('obj') });
    oInt.keyResults[0]!.title = secret('kr');
    Object.assign(o0.keyResults[1]!, { internal: true, title: secret('kr') });

    // Both readers expect things of the internal items too.
    const linkable = [...file.milestones, ...file.risks, ...file.dependencies, ...file.actions].map(
      (i) => i.id,
    );
    outsiderPerson.expectations = [
      { id: 'sx-e0', text: 'Expect it all', linkedIds: [...linkable, 'kr-int', 'kr-int2'] },
    ];

    // The last report to the outsider, from when some of today's internal items were still public.
    const then = structuredClone(file);
    let p = 0;
    for (const list of [
      then.milestones,
      then.risks,
      then.decisions,
      then.dependencies,
      then.wins,
      then.actions,
    ] as Item[][])
      for (const item of list) if (item.internal && publicThen[p++ % publicThen.length]) delete item.internal;
    file.reports.push({
      id: 'rep-then',
      generatedAt: `${addDays(today, -7)}T09:00`,
      template: outsider.template,
      stakeholderIds: ['sx'],
      fileName: 'then.docx',
      snapshot: takeSnapshot(visibleRecord(then)),
    });

    const { planned, actualToDate, forecast } = budget;
    return {
      file,
      today,
      insiderId: 's0',
      outsiderId: 'sx',
      noteTokens,
      internalTokens,
      budgetFigures: figures([planned, actualToDate, forecast, forecast - planned], budget.currency),
    };
  });
