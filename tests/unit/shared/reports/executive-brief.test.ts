import { describe, expect, it } from 'vitest';
import { composeReport } from '../../../../shared/reports/compose.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { FIXTURE_TODAY, crowdedFixture, fixtureData } from '../../../helpers/fixture.ts';
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

/** Every technical phrasing in the record that has a business twin, with the item's id. */
function technicalTexts(file: ProgramFile): Array<[string, string]> {
  const items = [...file.milestones, ...file.risks, ...file.dependencies, ...file.wins];
  const out: Array<[string, string]> = items.filter((i) => i.business.trim()).map((i) => [i.id, i.technical]);
  out.push(['program.status', file.program.status.technical], ['program.why', file.program.why.technical]);
  return out;
}

describe('executive brief for the CFO (s-cfo), 2026-11-20', () => {
  const file = fixtureData();
  const { doc, warnings } = composeReport(file, 's-cfo', { today: FIXTURE_TODAY });
  const text = docText(doc);

  it('opens with the program, the period and the amber/steady status in one business sentence', () => {
    expect(doc).toMatchObject({
      template: 'executive-brief',
      programName: 'Checkout Payments Migration',
      period: { start: '2026-11-09', end: '2026-11-20' },
      reader: { id: 's-cfo', name: 'Dana Whitfield' },
      date: FIXTURE_TODAY,
    });
    expect(doc.blocks[0]).toEqual({
      type: 'status',
      rag: 'amber',
      trend: 'steady',
      label: 'Overall status',
      text: 'Build work is ahead of plan, but the security audit could push the first customer traffic from January to February.',
    });
  });

  it('has the sections of the template in order', () => {
    expect(headings(doc, 1)).toEqual([
      'Needed from you',
      'We owe you',
      'Progress on objectives',
      'Top risks',
      'Critical-path milestones',
      'Decisions for you',
      'Budget',
    ]);
  });

  it('asks her for the fallback decision with all three options, their trade-offs and the recommendation', () => {
    const decision = section(doc, 'Decisions for you');
    const d = file.decisions.find((x) => x.id === 'd-fallback')!;
    expect(textOf(decision)).toContain(d.title);
    expect(headings(doc, 3)).toEqual([d.title]);
    expect(textOf(decision)).toContain('For Dana Whitfield and Marcus Oyelaran to decide by 15 Jan 2027');
    expect(textOf(decision)).not.toContain('decided by');
    const options = firstTable(decision);
    expect(options.rows).toHaveLength(3);
    for (const [i, o] of d.options.entries()) {
      expect(cellText(options.rows[i]?.[0])).toContain(o.title);
      expect(cellText(options.rows[i]?.[1])).toBe(o.tradeoffs);
    }
    const recommended = options.rows.filter((r) => cellText(r[0]).includes('recommended'));
    expect(recommended).toHaveLength(1);
    expect(cellText(recommended[0]?.[0])).toContain('Keep it 30 days');
    expect(recommended[0]?.[0]?.tone).toBe('green');
  });

  it('never prints the technical text of an item that has a business phrasing', () => {
    for (const [id, technical] of technicalTexts(file)) expect(text, id).not.toContain(technical);
    expect(text).toContain(file.risks.find((r) => r.id === 'r-pci-slip')!.business);
    expect(warnings).toEqual([]);
  });

  it('shows at most three risks by score, highest first, her topics marked, the rest counted', () => {
    const risks = firstTable(section(doc, 'Top risks'));
    expect(rowTitles(risks)).toEqual([
      'PCI assessment slips past the holiday freeze',
      'Settlement reconciliation mismatches',
      'Provider rate limits at peak',
    ]);
    expect(risks.rows.map((r) => cellText(r[1]))).toEqual(['20', '12', '10']);
    expect(topicRows(risks)).toEqual([true, true, false]);
    expect(textOf(section(doc, 'Top risks'))).toContain('2 more open risks, the highest scoring 9');
    expect(risks.columns.map((c) => c.title)).toEqual(['Risk', 'Score', 'Business impact', 'Mitigation']);
    expect(cellText(risks.rows[0]?.[1])).toBe('20');
    expect(risks.rows[0]?.[1]?.tone).toBe('red');
  });

  it('keeps to three risks however many there are', () => {
    const copy = fixtureData();
    for (let i = 0; i < 6; i++)
      copy.risks.push({ ...copy.risks[0]!, id: `r-extra-${i}`, title: `Extra risk ${i}` });
    const risks = firstTable(
      section(composeReport(copy, 's-cfo', { today: FIXTURE_TODAY }).doc, 'Top risks'),
    );
    expect(risks.rows).toHaveLength(3);
  });

  it('shows critical-path milestones as ranges with the committed date, the reason it moved, confidence and assumptions', () => {
    const milestones = firstTable(section(doc, 'Critical-path milestones'));
    const pci = milestones.rows.find((r) => cellText(r[0]).startsWith('PCI DSS 4.0 assessment passed'))!;
    expect(cellText(pci[0])).toContain('Assumes: The assessor is available in the first week of December');
    expect(cellText(pci[1])).toBe('1 Dec 2026 – 9 Jan 2027\nlikely 12 Dec 2026');
    expect(cellText(pci[2])).toBe(
      '5 Dec 2026\nMoved: The assessor asked to review the tokenization vault first.',
    );
    expect(cellText(pci[3])).toBe('At risk\nLow confidence');
    // Done milestones and those off the critical path are not in the brief.
    expect(rowTitles(milestones)).not.toContain('Sandbox integration complete');
    expect(rowTitles(milestones)).not.toContain('Shadow traffic at 1%');
  });

  it('shows key results from baseline to target, and the budget with the forecast against plan', () => {
    const krs = firstTable(section(doc, 'Progress on objectives'));
    const fee = krs.rows.find((r) => cellText(r[0]) === 'Blended processing fee rate')!;
    expect(fee.map(cellText)).toEqual([
      'Blended processing fee rate',
      '2.9% → 2.4%',
      '2.84%',
      '12% of the way',
    ]);
    const budget = firstTable(section(doc, 'Budget'));
    expect(budget.rows[0]?.map(cellText)).toEqual([
      '$1,200,000',
      '$410,000',
      '$1,260,000',
      '+$60,000 (+5.0%)',
    ]);
  });

  it('never contains a stakeholder note', () => {
    for (const s of file.stakeholders) if (s.notes) expect(text).not.toContain(s.notes);
  });

  it('falls back to the technical text when the business one is empty, and warns naming the item', () => {
    const copy = fixtureData();
    const risk = copy.risks.find((r) => r.id === 'r-pci-slip')!;
    risk.business = '  ';
    const result = composeReport(copy, 's-cfo', { today: FIXTURE_TODAY });
    expect(docText(result.doc)).toContain(risk.technical);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ kind: 'technical-fallback', itemId: 'r-pci-slip' }),
    );
    // A technical reader gets the technical text anyway: no warning.
    expect(composeReport(copy, 's-em', { today: FIXTURE_TODAY }).warnings).toEqual([]);
  });

  it('opens with what she is asked for and what we owe her, right under the status', () => {
    expect(doc.blocks[1]).toEqual({ type: 'heading', level: 1, text: 'Needed from you' });
    expect(textOf(section(doc, 'Needed from you'))).toBe(
      'Decide: How long do we keep the legacy gateway as a fallback after cutover? — by 15 Jan 2027',
    );
    expect(textOf(section(doc, 'We owe you'))).toBe(
      'Send the month-by-month fee savings forecast — Priya Nandakumar, due 19 Nov 2026 · overdue',
    );
  });

  it('reads the critical-path milestones by date, the 10% phase before cutover', () => {
    expect(rowTitles(firstTable(section(doc, 'Critical-path milestones')))).toEqual([
      'PCI DSS 4.0 assessment passed',
      'Holiday code freeze ends',
      '10% of live traffic on the new provider',
      'All checkout traffic on the new provider',
    ]);
  });

  it('keeps to the next four critical-path milestones and three risks, counting the rest in one line', () => {
    const copy = crowdedFixture();
    const big = composeReport(copy, 's-cfo', { today: FIXTURE_TODAY }).doc;
    expect(firstTable(section(big, 'Critical-path milestones')).rows).toHaveLength(4);
    expect(textOf(section(big, 'Critical-path milestones'))).toContain(
      '6 more critical-path milestones, the next on 10 Mar 2027',
    );
    expect(firstTable(section(big, 'Top risks')).rows).toHaveLength(3);
    expect(textOf(section(big, 'Top risks'))).toContain('6 more open risks');
  });

  it('lists actions the reader owes, with their due date, even at headline detail', () => {
    const copy = fixtureData();
    copy.actions.push({
      id: 'a-cfo',
      title: 'Approve the Q1 budget line',
      ownerId: 's-cfo',
      due: '2026-12-01',
      status: 'open',
      owedToIds: ['s-em'],
    });
    const { doc: withAction } = composeReport(copy, 's-cfo', { today: FIXTURE_TODAY });
    expect(textOf(section(withAction, 'Needed from you')).split('\n')).toEqual([
      'Do: Approve the Q1 budget line — due 1 Dec 2026',
      'Decide: How long do we keep the legacy gateway as a fallback after cutover? — by 15 Jan 2027',
    ]);
  });
});
