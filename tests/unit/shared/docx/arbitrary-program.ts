/**
 * A fast-check arbitrary of small, valid program files: every reference resolves, milestone
 * dependencies point backwards (no cycles), windows are ordered, texts include characters that
 * break XML or file names. Each stakeholder's notes carry NOTE_MARK, and each internal risk's
 * title INTERNAL_MARK, so a leak is easy to spot.
 */
import fc from 'fast-check';
import { addDays } from '../../../../shared/domain/dates.ts';
import {
  CADENCES,
  CHANNELS,
  DETAILS,
  GROUPS,
  LANGUAGES,
  LEVELS,
  MILESTONE_STATUSES,
  RISK_STATUSES,
  STAKEHOLDER_TEMPLATES,
  STANCES,
  TRENDS,
  DEPENDENCY_STATUSES,
  RAG,
  type ProgramFile,
} from '../../../../shared/schema/program.ts';

export const NOTE_MARK = 'PRIVATE-NOTE-7f3a';
/** Starts the title of every internal risk. */
export const INTERNAL_MARK = 'INTERNAL-RISK-';
const BASE = '2026-06-01';
const TOPICS = ['cost', 'api', 'security', 'timeline', 'data'];

const NASTY = [
  '\uFFFE',
  '\uFFFF',
  '\u0000',
  '\u0007',
  '\uD800',
  '\uDC00',
  '\u202E',
  '\n',
  '\t',
  '<',
  '&',
  '"',
  "'",
  ']]>',
  '👩🏽‍💻',
  'é',
  '.',
];
/** Text with words, unicode and the characters that break XML. */
export const text = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'b', ' ', 'Risk', 'x.', 'Q1 ') },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 24,
});
const name = text.map((t) => `N${t}`);
const date = fc.integer({ min: 0, max: 400 }).map((d) => addDays(BASE, d));
const topics = fc.subarray(TOPICS);

function pick<T>(items: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...items);
}

/** A valid program file with `people` stakeholders (at least one). */
export const programFile: fc.Arbitrary<ProgramFile> = fc
  .record({
    people: fc.integer({ min: 1, max: 4 }),
    milestones: fc.integer({ min: 0, max: 4 }),
    risks: fc.integer({ min: 0, max: 4 }),
    decisions: fc.integer({ min: 0, max: 2 }),
    deps: fc.integer({ min: 0, max: 2 }),
    actions: fc.integer({ min: 0, max: 3 }),
    wins: fc.integer({ min: 0, max: 2 }),
    seed: fc.integer(),
  })
  .chain((n) => {
    const ids = (prefix: string, count: number): string[] =>
      Array.from({ length: count }, (_, i) => `${prefix}${i}`);
    const people = ids('s', n.people);
    const person = pick(people);
    const milestoneIds = ids('m', n.milestones);
    const linkable = [
      ...milestoneIds,
      ...ids('r', n.risks),
      ...ids('dep', n.deps),
      ...ids('a', n.actions),
      'kr0',
    ];
    const phrasing = { technical: text, business: fc.oneof(text, fc.constant('')) };
    const window = fc
      .tuple(date, fc.nat(30), fc.nat(30))
      .map(([e, a, b]) => ({ earliest: e, likely: addDays(e, a), latest: addDays(e, a + b) }));
    return fc.record({
      program: fc.record({
        id: fc.constant('prog'),
        name,
        why: fc.record(phrasing),
        sponsorId: fc.constant('s0'),
        period: date.map((d) => ({ start: d, end: addDays(d, 13) })),
        status: fc.record({ rag: pick(RAG), trend: pick(TRENDS), ...phrasing }),
        budget: fc.record({
          currency: fc.constantFrom('USD', 'EUR', 'XQQ'),
          planned: fc.nat(2_000_000),
          actualToDate: fc.nat(2_000_000),
          forecast: fc.nat(2_000_000),
        }),
      }),
      objectives: fc.constant([
        {
          id: 'o0',
          title: 'Objective',
          keyResults: [{ id: 'kr0', title: 'KR', unit: '%', baseline: 1, target: 2, current: 1.5 }],
        },
      ]),
      milestones: fc.tuple(
        ...milestoneIds.map((id, i) =>
          fc.record({
            id: fc.constant(id),
            title: text,
            ownerId: person,
            window,
            baseline: fc.option(date, { nil: undefined }),
            changeReason: fc.option(text, { nil: undefined }),
            confidence: pick(LEVELS),
            status: pick(MILESTONE_STATUSES),
            criticalPath: fc.boolean(),
            dependsOn: fc.subarray(milestoneIds.slice(0, i)),
            assumptions: fc.array(text, { maxLength: 2 }),
            topics,
            ...phrasing,
          }),
        ),
      ),
      risks: fc.tuple(
        ...ids('r', n.risks).map((id) =>
          fc
            .record({
              id: fc.constant(id),
              title: fc
                .tuple(text, fc.boolean())
                .map(([t, internal]) => (internal ? `${INTERNAL_MARK}${t}` : t)),
              likelihood: fc.integer({ min: 1, max: 5 }),
              impact: fc.integer({ min: 1, max: 5 }),
              status: pick(RISK_STATUSES),
              trend: pick(TRENDS),
              ownerId: person,
              topics,
              mitigation: text,
              ...phrasing,
            })
            .map((r) => ({ ...r, internal: r.title.startsWith(INTERNAL_MARK) })),
        ),
      ),
      decisions: fc.tuple(
        ...ids('d', n.decisions).map((id) =>
          fc.record({
            id: fc.constant(id),
            title: text,
            context: text,
            options: fc.constant([
              { id: `${id}-o0`, title: 'Option A', tradeoffs: 'Cheap' },
              { id: `${id}-o1`, title: 'Option B', tradeoffs: 'Fast' },
            ]),
            recommendation: fc.constantFrom(`${id}-o0`, `${id}-o1`, ''),
            deciderIds: fc.subarray(people, { minLength: 1 }),
            neededBy: date,
            status: fc.constant('open' as const),
            outcome: fc.constant(''),
          }),
        ),
      ),
      dependencies: fc.tuple(
        ...ids('dep', n.deps).map((id) =>
          fc.record({
            id: fc.constant(id),
            title: text,
            team: text,
            ownerId: person,
            neededBy: date,
            status: pick(DEPENDENCY_STATUSES),
            topics,
            ...phrasing,
          }),
        ),
      ),
      wins: fc.tuple(
        ...ids('w', n.wins).map((id) =>
          fc.record({ id: fc.constant(id), date, title: text, topics, ...phrasing }),
        ),
      ),
      metrics: fc.constant([]),
      actions: fc.tuple(
        ...ids('a', n.actions).map((id) =>
          fc.record({
            id: fc.constant(id),
            title: text,
            ownerId: person,
            due: date,
            status: fc.constantFrom('open' as const, 'done' as const),
            owedToIds: fc.subarray(people),
          }),
        ),
      ),
      stakeholders: fc.tuple(
        ...people.map((id) =>
          fc.record({
            id: fc.constant(id),
            name,
            title: text,
            organization: text,
            email: fc.constant('x@example.com'),
            group: pick(GROUPS),
            influence: pick(LEVELS),
            interest: pick(LEVELS),
            stance: pick(STANCES),
            external: fc.boolean(),
            preferences: fc.record({
              template: pick(STAKEHOLDER_TEMPLATES),
              language: pick(LANGUAGES),
              detail: pick(DETAILS),
              channel: pick(CHANNELS),
              cadence: pick(CADENCES),
              topics,
            }),
            expectations: fc
              .array(fc.record({ text, linkedIds: fc.subarray(linkable) }), { maxLength: 3 })
              .map((es) => es.map((e, i) => ({ id: `${id}-e${i}`, ...e }))),
            interactions: fc.constant([]),
            notes: text.map((t) => `${NOTE_MARK}${t}`),
            lastUpdateAt: fc.option(date, { nil: undefined }),
          }),
        ),
      ),
      meetings: fc.constant([
        {
          id: 'mt0',
          title: 'Sync',
          start: '2026-11-24T10:00',
          attendeeIds: people,
          agenda: ['Item <1>', 'Item & 2'],
        },
      ]),
      reports: fc.oneof(
        fc.constant([]),
        fc
          .dictionary(fc.string({ maxLength: 4 }), fc.anything({ maxDepth: 2 }), { maxKeys: 4 })
          .map((snapshot) => [
            {
              id: 'rep0',
              generatedAt: '2026-11-01T09:00',
              template: 'status-update' as const,
              stakeholderIds: people,
              fileName: 'x.docx',
              snapshot,
            },
          ]),
      ),
    });
  })
  // Built from constants and tuples (readonly); the shape is checked by validateProgramFile in the test.
  .map((f) => ({ schemaVersion: 1, ...f }) as unknown as ProgramFile);
