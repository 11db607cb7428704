/**
 * New record items with sensible defaults and ids unique in the file. The owner defaults to the
 * program's sponsor (always a stakeholder in a valid file); dates are placed after `today`.
 */
import { addDays, type IsoDate } from '../domain/dates.ts';
import type {
  Action,
  Decision,
  DecisionOption,
  Dependency,
  KeyResult,
  Metric,
  Milestone,
  Objective,
  ProgramFile,
  Risk,
  Win,
} from '../schema/program.ts';
import { idsInUse, uniqueId } from './ids.ts';

interface NewItem {
  title: string;
  today: IsoDate;
}

const phrasings = { technical: '', business: '' };

/** A planned milestone, likely four weeks out, in a range from two to six weeks. */
export function newMilestone(file: ProgramFile, { title, today }: NewItem): Milestone {
  return {
    id: uniqueId(idsInUse(file), 'm', title),
    title,
    ownerId: file.program.sponsorId,
    window: { earliest: addDays(today, 14), likely: addDays(today, 28), latest: addDays(today, 42) },
    confidence: 'medium',
    status: 'planned',
    criticalPath: false,
    dependsOn: [],
    assumptions: [],
    topics: [],
    ...phrasings,
  };
}

/** An open risk of middling likelihood and impact (3 × 3). */
export function newRisk(file: ProgramFile, { title }: NewItem): Risk {
  return {
    id: uniqueId(idsInUse(file), 'r', title),
    title,
    likelihood: 3,
    impact: 3,
    status: 'open',
    trend: 'steady',
    ownerId: file.program.sponsorId,
    topics: [],
    ...phrasings,
    mitigation: '',
  };
}

/** An open decision with two empty options, needed in two weeks, decided by the sponsor. */
export function newDecision(file: ProgramFile, { title, today }: NewItem): Decision {
  const taken = idsInUse(file);
  const id = uniqueId(taken, 'd', title);
  return {
    id,
    title,
    context: '',
    options: [
      { id: uniqueId(taken, 'opt', `${id} a`), title: 'Option A', tradeoffs: '' },
      { id: uniqueId(taken, 'opt', `${id} b`), title: 'Option B', tradeoffs: '' },
    ],
    recommendation: '',
    deciderIds: [file.program.sponsorId],
    neededBy: addDays(today, 14),
    status: 'open',
    outcome: '',
  };
}

/** One more option for a decision. */
export function newOption(file: ProgramFile, decision: Decision, title: string): DecisionOption {
  return { id: uniqueId(idsInUse(file), 'opt', `${decision.id} ${title}`), title, tradeoffs: '' };
}

/** A dependency on another team, needed in four weeks. */
export function newDependency(file: ProgramFile, { title, today }: NewItem): Dependency {
  return {
    id: uniqueId(idsInUse(file), 'dep', title),
    title,
    team: '',
    ownerId: file.program.sponsorId,
    neededBy: addDays(today, 28),
    status: 'on-track',
    topics: [],
    ...phrasings,
  };
}

/** A win dated today. */
export function newWin(file: ProgramFile, { title, today }: NewItem): Win {
  return { id: uniqueId(idsInUse(file), 'w', title), date: today, title, topics: [], ...phrasings };
}

/** A metric measured from 0 toward 100, on no objective yet. */
export function newMetric(file: ProgramFile, { title }: NewItem): Metric {
  return {
    id: uniqueId(idsInUse(file), 'met', title),
    title,
    kind: 'engineering',
    unit: '',
    baseline: 0,
    current: 0,
    target: 100,
    objectiveId: '',
  };
}

/** An open action due in a week, owed to nobody yet. */
export function newAction(file: ProgramFile, { title, today }: NewItem): Action {
  return {
    id: uniqueId(idsInUse(file), 'a', title),
    title,
    ownerId: file.program.sponsorId,
    due: addDays(today, 7),
    status: 'open',
    owedToIds: [],
  };
}

/** An objective with no key results yet. */
export function newObjective(file: ProgramFile, { title }: NewItem): Objective {
  return { id: uniqueId(idsInUse(file), 'o', title), title, keyResults: [] };
}

/** A key result measured from 0 toward 100. */
export function newKeyResult(file: ProgramFile, title: string): KeyResult {
  return {
    id: uniqueId(idsInUse(file), 'kr', title),
    title,
    unit: '%',
    baseline: 0,
    target: 100,
    current: 0,
  };
}
