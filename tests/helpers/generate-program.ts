/**
 * A large, valid, deterministic program for benchmarks and scale tests: N stakeholders and M record
 * items spread over milestones (with dependency chains), risks, dependencies, actions, decisions
 * and wins, dated around `today`.
 */
import { addDays, type IsoDate } from '../../shared/domain/dates.ts';
import {
  CADENCES,
  GROUPS,
  LEVELS,
  STAKEHOLDER_TEMPLATES,
  STANCES,
  type ProgramFile,
  type Stakeholder,
} from '../../shared/schema/program.ts';

/** mulberry32: a tiny seeded generator, so every run builds the same program. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ada',
  'Ben',
  'Chloé',
  'Dmitri',
  'Esi',
  'Farah',
  'Goran',
  'Hana',
  'Ivan',
  'Júlia',
  'Kwame',
  'Lena',
  'Mateo',
  'Noor',
  'Oskar',
  'Priya',
];
const LAST = [
  'Adeyemi',
  'Brandt',
  'Castillo',
  'Duarte',
  'Eriksen',
  'Fujita',
  'García',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Li',
  'Moreau',
  'Nakamura',
];
const TOPICS = [
  'cost',
  'timeline',
  'security',
  'compliance',
  'reliability',
  'data',
  'api',
  'customer-impact',
  'staffing',
  'contracts',
];

export function generateProgram(options: {
  stakeholders: number;
  items: number;
  today: IsoDate;
  seed?: number;
}): ProgramFile {
  const rnd = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const day = (lo: number, hi: number) => addDays(options.today, int(lo, hi));
  const topics = () => [pick(TOPICS), pick(TOPICS)].filter((t, i, a) => a.indexOf(t) === i);
  const phr = (what: string) => ({
    technical: `${what}: technical detail ${int(1, 999)}.`,
    business: `${what}: what it means for customers.`,
  });

  const people: Stakeholder[] = Array.from({ length: options.stakeholders }, (_, i) => {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    return {
      id: `s-${i}`,
      name,
      title: pick(['Director', 'Engineer', 'Manager', 'VP', 'Analyst', 'Lead']),
      organization: pick(['Finance', 'Engineering', 'Security', 'Support', 'Legal', 'Partner Co']),
      email: `person${i}@example.com`,
      group: pick(GROUPS),
      influence: pick(LEVELS),
      interest: pick(LEVELS),
      stance: pick(STANCES),
      ...(i % 17 === 0 ? { external: true } : {}),
      preferences: {
        template: pick(STAKEHOLDER_TEMPLATES),
        language: rnd() < 0.6 ? 'business' : 'technical',
        detail: pick(['headline', 'summary', 'full'] as const),
        channel: pick(['email', 'document', 'meeting', 'chat'] as const),
        cadence: pick(CADENCES),
        topics: topics(),
      },
      expectations: [],
      interactions: [],
      notes: `PRIVATE-NOTE-${i}`,
      lastUpdateAt: day(-60, 0),
    };
  });
  const owner = () => `s-${int(0, options.stakeholders - 1)}`;
  const n = options.items;
  const share = (f: number) => Math.max(1, Math.floor(n * f));
  const milestones: ProgramFile['milestones'] = Array.from({ length: share(0.2) }, (_, i) => {
    const start = int(-30, 200);
    return {
      id: `m-${i}`,
      title: `Milestone ${i}`,
      ownerId: owner(),
      window: {
        earliest: day(start, start),
        likely: day(start + 5, start + 5),
        latest: day(start + 20, start + 20),
      },
      confidence: pick(LEVELS),
      status: pick(['planned', 'on-track', 'at-risk', 'late', 'done'] as const),
      criticalPath: rnd() < 0.3,
      // Only earlier milestones: chains without cycles.
      dependsOn: i > 0 && rnd() < 0.6 ? [`m-${int(Math.max(0, i - 20), i - 1)}`] : [],
      assumptions: [],
      topics: topics(),
      ...phr(`Milestone ${i}`),
    };
  });
  const risks: ProgramFile['risks'] = Array.from({ length: share(0.2) }, (_, i) => ({
    id: `r-${i}`,
    title: `Risk ${i}`,
    likelihood: int(1, 5),
    impact: int(1, 5),
    status: pick(['open', 'mitigating', 'closed', 'occurred'] as const),
    trend: pick(['improving', 'steady', 'worsening'] as const),
    ownerId: owner(),
    topics: topics(),
    ...phr(`Risk ${i}`),
    mitigation: `Mitigation ${i}`,
    ...(i % 5 === 0 ? { internal: true } : {}),
  }));
  const dependencies: ProgramFile['dependencies'] = Array.from({ length: share(0.15) }, (_, i) => ({
    id: `dep-${i}`,
    title: `Dependency ${i}`,
    team: `Team ${i % 12}`,
    ownerId: owner(),
    neededBy: day(0, 120),
    status: pick(['on-track', 'at-risk', 'blocked', 'done'] as const),
    topics: topics(),
    ...phr(`Dependency ${i}`),
  }));
  const actions: ProgramFile['actions'] = Array.from({ length: share(0.3) }, (_, i) => ({
    id: `a-${i}`,
    title: `Action ${i}`,
    ownerId: owner(),
    due: day(-20, 40),
    status: rnd() < 0.7 ? 'open' : 'done',
    owedToIds: [owner()],
  }));
  const decisions: ProgramFile['decisions'] = Array.from({ length: share(0.05) }, (_, i) => ({
    id: `d-${i}`,
    title: `Decision ${i}?`,
    context: `Context ${i}`,
    options: [0, 1, 2].map((k) => ({
      id: `d-${i}-o${k}`,
      title: `Option ${k}`,
      tradeoffs: `Trade-offs of option ${k}`,
    })),
    recommendation: `d-${i}-o1`,
    deciderIds: [owner()],
    neededBy: day(0, 60),
    status: 'open',
    outcome: '',
  }));
  const wins: ProgramFile['wins'] = Array.from({ length: share(0.1) }, (_, i) => ({
    id: `w-${i}`,
    date: day(-30, 0),
    title: `Win ${i}`,
    topics: topics(),
    ...phr(`Win ${i}`),
  }));
  const linkable = [...milestones, ...risks, ...dependencies, ...actions].map((x) => x.id);
  for (const p of people)
    p.expectations = Array.from({ length: int(0, 3) }, (_, k) => ({
      id: `${p.id}-e${k}`,
      text: `Expectation ${k} of ${p.name}`,
      linkedIds: Array.from({ length: int(0, 2) }, () => pick(linkable)).filter(
        (v, j, a) => a.indexOf(v) === j,
      ),
    }));

  return {
    schemaVersion: 2,
    program: {
      id: 'prog-generated',
      name: `Generated program (${options.stakeholders} people, ${n} items)`,
      why: phr('Why'),
      sponsorId: 's-0',
      period: { start: addDays(options.today, -13), end: options.today },
      status: { rag: 'amber', trend: 'steady', ...phr('Status') },
      budget: { currency: 'USD', planned: 5_000_000, actualToDate: 2_100_000, forecast: 5_300_000 },
    },
    objectives: [
      {
        id: 'o-0',
        title: 'Objective',
        keyResults: [{ id: 'kr-0', title: 'KR', unit: '%', baseline: 0, target: 100, current: 40 }],
      },
    ],
    milestones,
    risks,
    decisions,
    dependencies,
    wins,
    metrics: [],
    actions,
    stakeholders: people,
    meetings: [
      {
        id: 'mt-0',
        title: 'Big review',
        start: `${options.today}T10:00`,
        attendeeIds: people.slice(0, 8).map((p) => p.id),
        agenda: ['Status'],
      },
    ],
    reports: [],
    communications: [],
  };
}

/** The program with every reader due today (weekly, never updated), so `--due` writes one each. */
export function everyoneDue(file: ProgramFile): ProgramFile {
  return {
    ...file,
    stakeholders: file.stakeholders.map(({ lastUpdateAt: _, ...s }) => ({
      ...s,
      preferences: { ...s.preferences, cadence: 'weekly' as const },
    })),
  };
}
