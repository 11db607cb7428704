import { describe, expect, it } from 'vitest';
import { composeReport } from '../../../../shared/reports/compose.ts';
import { STAKEHOLDER_TEMPLATES, type ProgramFile } from '../../../../shared/schema/program.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';
import {
  cellText,
  docText,
  firstTable,
  headings,
  rowTitles,
  section,
  textOf,
  topicRows,
} from './doc-query.ts';

const today = FIXTURE_TODAY;
const BUDGET_FIGURES = ['1,200,000', '1.2M', '1,260,000', '410,000', '60,000', 'USD'];

function budgetLeaks(text: string): string[] {
  return BUDGET_FIGURES.filter((f) => text.includes(f));
}

function internalRiskTexts(file: ProgramFile): string[] {
  const r = file.risks.find((x) => x.id === 'r-bus-factor')!;
  return [r.title, r.technical, r.business, r.mitigation];
}

describe('partner update for the payment provider (s-provider, external)', () => {
  const file = fixtureData();
  const { doc, snapshot } = composeReport(file, 's-provider', { today });
  const text = docText(doc);

  it('has the partner sections: what we need from them, what it unblocks, dates that affect them, risks on their topics', () => {
    expect(doc.template).toBe('partner-update');
    expect(headings(doc, 1)).toEqual([
      'Needed from you',
      'What your deliveries unblock',
      'Dates that affect you',
      'Risks on your topics',
    ]);
  });

  it('says what we need from them and by when: the action they owe and the dependency they own, soonest first', () => {
    expect(textOf(section(doc, 'Needed from you')).split('\n')).toEqual([
      'Do: Confirm the 600/s rate limit in writing — due 30 Nov 2026',
      'Deliver: Production credentials and a 600/s rate limit — needed by 10 Dec 2026 · On track',
    ]);
    const deliveries = firstTable(section(doc, 'What your deliveries unblock'));
    expect(rowTitles(deliveries)).toEqual(['Production credentials and a 600/s rate limit']);
    expect(deliveries.columns.map((c) => c.title)).toEqual([
      'Your delivery',
      'Needed by',
      'Status',
      'It unblocks',
      'Our contact',
    ]);
  });

  it('shows the dates that affect them, with the committed date and why it moved', () => {
    const dates = firstTable(section(doc, 'Dates that affect you'));
    expect(rowTitles(dates)).toEqual([
      'Shadow traffic at 1%',
      '10% of live traffic on the new provider',
      'All checkout traffic on the new provider',
    ]);
    expect(cellText(dates.rows[2]?.[2])).toBe(
      '22 Feb 2027\nMoved: Follows the PCI assessment slip by one week.',
    );
  });

  it('shows only the risks on their topics', () => {
    expect(rowTitles(firstTable(section(doc, 'Risks on your topics')))).toEqual([
      'Provider rate limits at peak',
    ]);
  });

  it('has no budget figure anywhere', () => {
    expect(budgetLeaks(text)).toEqual([]);
    expect(headings(doc)).not.toContain('Budget');
  });

  it('has nothing from the internal risk, in the document or in its snapshot', () => {
    for (const t of internalRiskTexts(file)) expect(text).not.toContain(t);
    expect(Object.keys(snapshot)).not.toContain('r-bus-factor');
  });

  it('leaves internal items out even when they are on the partner’s topics', () => {
    const copy = fixtureData();
    copy.risks.find((r) => r.id === 'r-bus-factor')!.topics = ['reliability', 'api'];
    const result = composeReport(copy, 's-provider', { today });
    for (const t of internalRiskTexts(copy)) expect(docText(result.doc)).not.toContain(t);
    // The same risk is shown to an internal reader with those topics.
    expect(docText(composeReport(copy, 's-staff', { today }).doc)).toContain(
      'Only two engineers know the legacy adapter',
    );
  });

  it('gives an external reader no budget and nothing internal whatever template is asked for', () => {
    for (const template of STAKEHOLDER_TEMPLATES) {
      const t = docText(composeReport(file, 's-provider', { today, template }).doc);
      expect(budgetLeaks(t), template).toEqual([]);
      for (const x of internalRiskTexts(file)) expect(t, template).not.toContain(x);
    }
  });
});

describe('status update for the VP Engineering (s-vpe: technical, summary, topics reliability/staffing/timeline)', () => {
  const file = fixtureData();
  const { doc } = composeReport(file, 's-vpe', { today });

  it('has the status-update sections in order', () => {
    expect(headings(doc, 1)).toEqual([
      'Needed from you',
      'Status',
      'Milestones',
      'Risks',
      'Dependencies',
      'Decisions asked of you',
      'Wins',
      'Your expectations',
    ]);
  });

  it('reads the milestones by likely date, marking the reader’s topics without moving them', () => {
    const table = firstTable(section(doc, 'Milestones'));
    const titles = rowTitles(table);
    const likely = titles.map((t) => file.milestones.find((m) => m.title === t)!.window.likely);
    expect(likely).toEqual([...likely].sort());
    const topics = new Set(['reliability', 'staffing', 'timeline']);
    expect(topicRows(table)).toEqual(
      titles.map((t) => file.milestones.find((m) => m.title === t)!.topics.some((x) => topics.has(x))),
    );
    expect(topicRows(table)).toContain(false);
  });

  it('includes risks above score 8 and every risk on the reader’s topics, and no closed one', () => {
    const titles = rowTitles(firstTable(section(doc, 'Risks')));
    expect(titles).toContain('Only two engineers know the legacy adapter'); // score 8, staffing topic
    expect(titles).toContain('Slower partial refunds confuse customers'); // score 9
    expect(titles).not.toContain('Chargeback fees higher than modelled'); // closed
    // By score, highest first, whatever the topics: 20, 12, 10, 9, 8.
    expect(titles).toEqual([
      'PCI assessment slips past the holiday freeze',
      'Settlement reconciliation mismatches',
      'Provider rate limits at peak',
      'Slower partial refunds confuse customers',
      'Only two engineers know the legacy adapter',
    ]);
  });

  it('leaves a low risk off a reader’s update when it is not on their topics', () => {
    const titles = rowTitles(firstTable(section(composeReport(file, 's-sec', { today }).doc, 'Risks')));
    expect(titles).not.toContain('Only two engineers know the legacy adapter');
  });

  it('writes one sentence of technical text per item at summary detail, none at headline, all at full', () => {
    const shadow = file.milestones.find((m) => m.id === 'm-shadow')!;
    const first =
      'Mirror 1% of production authorizations to the provider in read-only mode and diff the decisions.';
    expect(shadow.technical).toBe(first);
    const liveFirst =
      'Router sends 10% of authorizations to the provider, with automatic fallback on 5xx or timeouts over 2 s.';
    const summary = docText(doc);
    expect(summary).toContain(first);
    expect(summary).toContain(liveFirst);
    expect(file.milestones.find((m) => m.id === 'm-live10')!.technical).toBe(liveFirst);
    const copy = fixtureData();
    const vpe = copy.stakeholders.find((s) => s.id === 's-vpe')!;
    vpe.preferences.detail = 'headline';
    expect(docText(composeReport(copy, 's-vpe', { today }).doc)).not.toContain(first);
    copy.milestones.find((m) => m.id === 'm-shadow')!.technical = `${first} Then compare latency.`;
    vpe.preferences.detail = 'summary';
    expect(docText(composeReport(copy, 's-vpe', { today }).doc)).not.toContain('Then compare latency.');
    vpe.preferences.detail = 'full';
    expect(docText(composeReport(copy, 's-vpe', { today }).doc)).toContain(`${first} Then compare latency.`);
  });

  it('asks for the decisions the reader makes, in full, whatever the detail', () => {
    const copy = fixtureData();
    copy.stakeholders.find((s) => s.id === 's-vpe')!.preferences.detail = 'headline';
    const asked = textOf(section(composeReport(copy, 's-vpe', { today }).doc, 'Decisions asked of you'));
    for (const o of copy.decisions.find((d) => d.id === 'd-fallback')!.options) {
      expect(asked).toContain(o.title);
      expect(asked).toContain(o.tradeoffs);
    }
  });

  it('lists the reader’s expectations with their standing', () => {
    const exp = firstTable(section(doc, 'Your expectations'));
    expect(exp.rows.map((r) => [cellText(r[0]), cellText(r[1])])).toEqual([
      ['No Sev-1 incidents caused by the migration', 'On track'],
      ['Team stays at six engineers, no weekend work', 'On track'],
    ]);
  });
});

describe('technical update for the engineering manager (s-em)', () => {
  const file = fixtureData();
  const { doc } = composeReport(file, 's-em', { today });

  it('lists every open milestone, risk, dependency and action with owners and dates, and the assumptions', () => {
    expect(headings(doc, 1)).toEqual([
      'Needed from you',
      'Status and why',
      'Open milestones',
      'Open risks',
      'Open dependencies',
      'Open actions',
      'Engineering metrics',
      'Assumptions',
    ]);
    const milestones = firstTable(section(doc, 'Open milestones'));
    expect(milestones.rows).toHaveLength(file.milestones.filter((m) => m.status !== 'done').length);
    expect(milestones.columns.map((c) => c.title)).toEqual([
      'Milestone',
      'Owner',
      'Dates',
      'Committed',
      'Status',
    ]);
    expect(firstTable(section(doc, 'Open risks')).rows).toHaveLength(5);
    const actions = firstTable(section(doc, 'Open actions'));
    expect(rowTitles(actions)[0]).toBe('Send the month-by-month fee savings forecast'); // overdue first
    expect(cellText(actions.rows[0]?.[3])).toBe('19 Nov 2026\nOverdue');
    expect(textOf(section(doc, 'Assumptions'))).toContain(
      'Provider raises our sandbox rate limit to 200 requests per second',
    );
  });

  it('prints the full technical text of each item', () => {
    const text = docText(doc);
    for (const m of file.milestones.filter((x) => x.status !== 'done')) expect(text).toContain(m.technical);
    expect(text).toContain(file.program.status.technical.split(';')[0]);
  });
});

describe('every reader, every template', () => {
  it('composes without ever printing a stakeholder’s notes', () => {
    const file = fixtureData();
    const notes = file.stakeholders.map((s) => s.notes).filter((n) => n.trim() !== '');
    expect(notes.length).toBeGreaterThan(3);
    for (const s of file.stakeholders) {
      for (const template of STAKEHOLDER_TEMPLATES) {
        const text = docText(composeReport(file, s.id, { today, template }).doc);
        for (const n of notes) expect(text, `${s.id} ${template}`).not.toContain(n);
      }
    }
  });

  it('refuses an unknown reader with a clear message', () => {
    expect(() => composeReport(fixtureData(), 's-nobody', { today })).toThrow(
      'No stakeholder with id "s-nobody"',
    );
  });

  it('produces a JSON-serialisable document', () => {
    const { doc, snapshot } = composeReport(fixtureData(), 's-cfo', { today });
    expect(JSON.parse(JSON.stringify({ doc, snapshot }))).toEqual({ doc, snapshot });
  });
});

describe('partner update for Kenji Watanabe (s-data), once the cutover waits on his reconciliation job', () => {
  const file = fixtureData();
  file.milestones.find((m) => m.id === 'm-cutover')!.dependsOn.push('dep-recon');
  const { doc } = composeReport(file, 's-data', { today });

  it('names what the reconciliation job unblocks, with its dates, why it is at risk and our contact', () => {
    const deliveries = firstTable(section(doc, 'What your deliveries unblock'));
    expect(rowTitles(deliveries)).toEqual(['Rounding-aware reconciliation job']);
    const [, neededBy, status, unblocks, contact] = deliveries.rows[0]!.map(cellText);
    expect(neededBy).toBe('15 Jan 2027');
    expect(unblocks).toBe('All checkout traffic on the new provider (15 Feb – 29 Mar 2027)');
    expect(status).toBe(
      'At risk\nWhy: risk "Settlement reconciliation mismatches" (score 12): Provider settlement files round per line item instead of per order; the nightly reconciliation job flags 0.4% of transactions.',
    );
    expect(contact).toBe('Priya Nandakumar');
  });

  it('lists the milestone waiting on him among the dates that affect him', () => {
    expect(rowTitles(firstTable(section(doc, 'Dates that affect you')))).toContain(
      'All checkout traffic on the new provider',
    );
    expect(textOf(section(doc, 'Needed from you'))).toContain(
      'Deliver: Rounding-aware reconciliation job — needed by 15 Jan 2027 · At risk',
    );
  });
});

describe('technical update: engineering metrics and no empty columns', () => {
  it('shows p95 authorization latency from baseline to now against its target', () => {
    const metrics = firstTable(
      section(composeReport(fixtureData(), 's-em', { today }).doc, 'Engineering metrics'),
    );
    expect(metrics.rows.map((r) => r.map(cellText))).toEqual([
      ['p95 authorization latency', '820 → 790 ms', '600 ms', 'On track'],
    ]);
  });

  it('leaves out a column that would be empty at headline detail', () => {
    const file = fixtureData();
    file.stakeholders.find((s) => s.id === 's-em')!.preferences.detail = 'headline';
    const { doc } = composeReport(file, 's-em', { today });
    for (const block of doc.blocks)
      if (block.type === 'table')
        block.columns.forEach((c, i) =>
          expect(
            block.rows.some((r) => cellText(r[i]).trim() !== '' || (r[i]?.span ?? 1) > 1),
            c.title,
          ).toBe(true),
        );
    expect(firstTable(section(doc, 'Open risks')).columns.map((c) => c.title)).not.toContain('Mitigation');
  });
});
