import { describe, expect, it } from 'vitest';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { addItem, referencesTo, removeItem, updateItem } from '../../../../shared/record/collections.ts';
import { recordOutcome, removeOption, reopenDecision } from '../../../../shared/record/decisions.ts';
import {
  newAction,
  newDecision,
  newDependency,
  newKeyResult,
  newMetric,
  newMilestone,
  newObjective,
  newOption,
  newRisk,
  newWin,
} from '../../../../shared/record/factories.ts';
import { parseDate, parseLikert, parseNumber, periodProblem } from '../../../../shared/record/fields.ts';
import { idsInUse, randomHex, slug } from '../../../../shared/record/ids.ts';
import { heatMapCounts, scoreBand } from '../../../../shared/record/heat-map.ts';
import { missingBusiness } from '../../../../shared/record/phrasing.ts';
import { timelineScale } from '../../../../shared/record/timeline.ts';
import { addTopic, topicSuggestions } from '../../../../shared/record/topics.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';

const today = FIXTURE_TODAY;

describe('new items', () => {
  it('get readable ids unique in the whole file, and keep the file valid', () => {
    let file = fixtureData();
    const a = newMilestone(file, { title: 'Go live in EU!', today });
    expect(a.id).toBe('m-go-live-in-eu');
    file = addItem(file, 'milestones', a);
    const b = newMilestone(file, { title: 'Go live in EU', today });
    expect(b.id).toBe('m-go-live-in-eu-2');
    file = addItem(file, 'milestones', b);
    file = addItem(file, 'risks', newRisk(file, { title: 'Rate limits', today }));
    file = addItem(file, 'decisions', newDecision(file, { title: 'Which region?', today }));
    file = addItem(file, 'dependencies', newDependency(file, { title: 'DNS', today }));
    file = addItem(file, 'wins', newWin(file, { title: 'Shipped', today }));
    file = addItem(file, 'metrics', newMetric(file, { title: 'Latency', today }));
    file = addItem(file, 'actions', newAction(file, { title: 'Call legal', today }));
    file = addItem(file, 'objectives', {
      ...newObjective(file, { title: 'Grow', today }),
      keyResults: [newKeyResult(file, 'Signups')],
    });
    expect(validateProgramFile(file)).toMatchObject({ ok: true });
    const ids = [...idsInUse(file)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never reuse an id held by a nested item (options, expectations)', () => {
    const file = fixtureData();
    file.decisions[0]!.options.push({ id: 'opt-d-fallback-c', title: 'C', tradeoffs: '' });
    const option = newOption(file, file.decisions[0]!, 'c');
    expect(option.id).toBe('opt-d-fallback-c-2');
    expect(slug('Ünïcode — dash')).toBe('unicode-dash');
    expect(slug('Provider deprecates the v1 refunds API')).toBe('provider-deprecates-the-v1');
    expect(slug('x'.repeat(40))).toBe('x'.repeat(32));
  });
});

describe('editing and removing items', () => {
  it('replaces one item and leaves the others as they were', () => {
    const file = fixtureData();
    const next = updateItem(file, 'risks', 'r-recon', (r) => ({ ...r, impact: 5 }));
    expect(next.risks.find((r) => r.id === 'r-recon')?.impact).toBe(5);
    expect(next.risks[0]).toBe(file.risks[0]);
    expect(file.risks.find((r) => r.id === 'r-recon')?.impact).toBe(4);
    expect(() => updateItem(file, 'risks', 'r-gone', (r) => r)).toThrow(
      'There is no risk "r-gone" in the file any more.',
    );
  });

  it('removes a milestone with every reference to it, so the file stays valid', () => {
    const file = fixtureData();
    expect(referencesTo(file, 'm-pci')).toContain(
      'milestone "10% of live traffic on the new provider" depends on it',
    );
    const next = removeItem(file, 'milestones', 'm-pci');
    expect(next.milestones.some((m) => m.id === 'm-pci')).toBe(false);
    expect(next.milestones.find((m) => m.id === 'm-live10')?.dependsOn).toEqual(['m-shadow', 'm-freeze-end']);
    expect(JSON.stringify(next.stakeholders)).not.toContain('"m-pci"');
    expect(validateProgramFile(next)).toMatchObject({ ok: true });
  });

  it('removes an objective, its key results from expectations, and unlinks its metrics', () => {
    const next = removeItem(fixtureData(), 'objectives', 'o-cost');
    expect(next.metrics.find((m) => m.id === 'met-fee')?.objectiveId).toBe('');
    expect(JSON.stringify(next.stakeholders)).not.toContain('"kr-fee"');
    expect(validateProgramFile(next)).toMatchObject({ ok: true });
  });
});

describe('decisions', () => {
  it('records an outcome, reopens, and drops references to a removed option', () => {
    const d = fixtureData().decisions[0]!;
    const decided = recordOutcome(d, 'opt-30');
    expect(decided).toMatchObject({ status: 'decided', outcome: 'opt-30' });
    expect(() => recordOutcome(d, 'opt-x')).toThrow('"opt-x" is not one of the options');
    expect(reopenDecision(decided)).toMatchObject({ status: 'open', outcome: '' });
    const without = removeOption(decided, 'opt-30');
    expect(without).toMatchObject({ status: 'open', outcome: '', recommendation: '' });
    expect(without.options.map((o) => o.id)).toEqual(['opt-90', 'opt-0']);
  });
});

describe('topics', () => {
  it('suggests topics already used, most used first', () => {
    const suggestions = topicSuggestions(fixtureData());
    expect(suggestions[0]).toBe('reliability');
    expect(suggestions).toContain('refunds');
    expect(new Set(suggestions).size).toBe(suggestions.length);
  });

  it('adds a topic in the file spelling, once', () => {
    expect(addTopic(['cost'], '  Customer Impact ')).toEqual({
      ok: true,
      topics: ['cost', 'customer-impact'],
    });
    expect(addTopic(['cost'], 'Cost')).toEqual({ ok: false, message: '"cost" is already a topic here.' });
    expect(addTopic([], ' ')).toEqual({ ok: false, message: 'Type a topic first.' });
  });
});

describe('missing business phrasing', () => {
  it('finds none in the fixture, and names each item that lacks it', () => {
    const file = fixtureData();
    expect(missingBusiness(file)).toEqual([]);
    file.risks[1]!.business = '  ';
    file.program.status.business = '';
    expect(missingBusiness(file).map((m) => m.label)).toEqual([
      "the program's status",
      'risk "Settlement reconciliation mismatches"',
    ]);
  });
});

describe('field checks', () => {
  it('reads numbers and 1-5 scales, and says what is wrong', () => {
    expect(parseNumber('1,200,000')).toEqual({ ok: true, value: 1_200_000 });
    expect(parseNumber('12k', 'Planned')).toEqual({ ok: false, message: 'Planned: "12k" is not a number.' });
    expect(parseLikert('6', 'Likelihood')).toEqual({
      ok: false,
      message: 'Likelihood must be a whole number from 1 to 5 (got 6).',
    });
    expect(parseLikert('2.5', 'Impact').ok).toBe(false);
    expect(parseDate('2027-02-30', 'Due')).toEqual({
      ok: false,
      message: 'Due: "2027-02-30" is not a date (YYYY-MM-DD).',
    });
    expect(periodProblem('2026-11-20', '2026-11-09')).toBe(
      'The period ends (9 Nov 2026) before it starts (20 Nov 2026).',
    );
  });
});

describe('the heat map and the timeline', () => {
  it('counts risks not closed by likelihood and impact', () => {
    const counts = heatMapCounts(fixtureData().risks);
    expect(counts[3]![4]).toBe(1); // r-pci-slip: likelihood 4, impact 5
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(
      fixtureData().risks.filter((r) => r.status !== 'closed').length,
    );
    expect([scoreBand(12), scoreBand(10), scoreBand(4)]).toEqual(['high', 'medium', 'low']);
  });

  it('spans every window, baseline and today, with a tick per month', () => {
    const scale = timelineScale(fixtureData().milestones, today);
    expect(scale.start).toBe('2026-09-08');
    expect(scale.end).toBe('2027-06-08');
    expect(scale.months[0]).toBe('2026-10-01');
    expect(scale.months.at(-1)).toBe('2027-06-01');
  });
});

describe('random names', () => {
  it('gives as many hex digits as asked, different each time', () => {
    const seen = new Set<string>();
    for (const digits of [1, 8, 12, 20]) {
      for (let i = 0; i < 200; i++) {
        const hex = randomHex(digits);
        expect(hex).toMatch(new RegExp(`^[0-9a-f]{${digits}}$`));
        if (digits >= 8) seen.add(hex);
      }
    }
    // 600 draws of 32 bits or more: a repeat would mean the digits are not random.
    expect(seen.size).toBe(600);
  });
});
