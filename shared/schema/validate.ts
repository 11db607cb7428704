/**
 * Validation of a program file: the zod schema for shapes, then the rules a schema cannot say
 * (unique ids, references that resolve, ranges in order, no dependency cycles). Every problem is
 * reported with its path, in one pass, so the user can fix them all at once.
 */
import type { z } from 'zod';
import { findMilestoneCycles } from '../domain/graph.ts';
import { BUDGET_LINK, programFileSchema, type ProgramFile } from './program.ts';

/** One thing wrong with a file: where (`milestones[2].window.latest`) and what. */
export interface Problem {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; file: ProgramFile } | { ok: false; problems: Problem[] };

/** `milestones[2].window.latest: before earliest` */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** Turns a zod path into `milestones[2].window.latest`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

/** How much of a value a message quotes: enough to recognise it, never a whole block of text. */
const SHOWN_CHARACTERS = 40;

/**
 * A value from the file, quoted as the user wrote it (`"pigeon" is not one of …`). Only a file that
 * parsed as a program, with a schemaVersion, gets here: its values are the user's own data. Long
 * values are cut and line breaks shown as \n, so one problem stays one short line.
 */
function show(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const line = text.replace(/\r?\n/g, '\\n');
  const cut = line.length > SHOWN_CHARACTERS ? `${line.slice(0, SHOWN_CHARACTERS)}…` : line;
  return typeof value === 'string' ? `"${cut}"` : cut;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `missing (expected ${issue.expected})`;
      return issue.expected === 'int'
        ? `${show(issue.input)}: ${issue.message}`
        : `expected ${issue.expected}`;
    case 'invalid_value':
      return `${show(issue.input)} is not one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'too_small':
    case 'too_big':
      return issue.origin === 'number'
        ? `${show(issue.input)} is out of range: ${issue.message}`
        : issue.message;
    default:
      return issue.message;
  }
}

/** Validates anything read from disk or received over IPC as a program file. */
export function validateProgramFile(data: unknown): ValidationResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [
        { path: '', message: `the file holds ${describeValue(data)}, not a program (a JSON object)` },
      ],
    };
  }
  const parsed = programFileSchema.safeParse(data, { reportInput: true });
  const problems = parsed.success ? [] : zodProblems(parsed.error);
  problems.push(...semanticProblems(data as Loose));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: dedupe(problems) };
  return { ok: true, file: parsed.data };
}

/**
 * Validates a program after a change at `touched` (paths from the top, indices resolved): each
 * touched list item against its own schema and each other touched part against its field's, then
 * the whole-file rules (unique ids, references, cycles). The parts nothing touched were valid
 * before and are not parsed again. An item whose schema fills a default comes back filled.
 */
export function validateTouched(
  data: ProgramFile,
  touched: ReadonlyArray<ReadonlyArray<string | number>>,
  options: { semantic: boolean } = { semantic: true },
): ValidationResult & { normalized?: boolean } {
  const shape = programFileSchema.shape as Record<string, z.ZodType>;
  const out: Loose = { ...(data as Loose) };
  const problems: Problem[] = [];
  const done = new Set<string>();
  let normalized = false;
  const report = (prefix: PropertyKey[], error: z.ZodError) =>
    problems.push(
      ...error.issues.map((issue) => ({
        path: formatPath([...prefix, ...issue.path]),
        message: describeIssue(issue),
      })),
    );
  for (const path of touched) {
    const key = path[0];
    if (key === undefined) return validateProgramFile(data);
    if (typeof key !== 'string' || !Object.hasOwn(shape, key) || done.has(key)) continue;
    const schema = shape[key] as z.ZodType;
    const index = path[1];
    const list = out[key];
    const element = (schema as { element?: z.ZodType }).element;
    if (element && typeof index === 'number' && Array.isArray(list)) {
      if (done.has(`${key}/${index}`) || index >= list.length) continue;
      done.add(`${key}/${index}`);
      const parsed = element.safeParse(list[index], { reportInput: true });
      if (!parsed.success) report([key, index], parsed.error);
      else if (Object.keys(parsed.data as object).length !== Object.keys(list[index] as object).length) {
        // A default was filled in (a person without interactions): keep the filled item.
        out[key] = list === (data as Loose)[key] ? [...(list as unknown[])] : list;
        (out[key] as unknown[])[index] = parsed.data;
        normalized = true;
      }
      continue;
    }
    done.add(key);
    const parsed = schema.safeParse(out[key], { reportInput: true });
    if (!parsed.success) report([key], parsed.error);
    else if (out[key] === undefined && parsed.data !== undefined) {
      out[key] = parsed.data;
      normalized = true;
    }
  }
  if (options.semantic) problems.push(...semanticProblems(out));
  if (problems.length > 0) return { ok: false, problems: dedupe(problems) };
  return { ok: true, file: out as ProgramFile, normalized };
}

/**
 * The fields the whole-file rules below read (ids, references, ranges, decided outcomes). Keep it
 * in step with `semanticProblems`: a change to any other field cannot break those rules.
 */
const SEMANTIC_FIELDS = new Set([
  'id',
  'ownerId',
  'sponsorId',
  'objectiveId',
  'dependsOn',
  'linkedIds',
  'stakeholderIds',
  'owedToIds',
  'deciderIds',
  'attendeeIds',
  'meetingId',
  'sourceId',
  'externalKey',
  'window',
  'earliest',
  'likely',
  'latest',
  'period',
  'start',
  'end',
  'status',
  'outcome',
  'recommendation',
  'kind',
  'keyResults',
  'options',
  'expectations',
  'checklist',
]);

/**
 * Whether a change at `path` can affect the whole-file rules: a removal (others may refer to what
 * went) or a new or replaced object or list (it may hold ids and references) can; a plain value
 * only through one of the fields those rules read.
 */
export function affectsWholeFileRules(
  change: 'add' | 'remove' | 'replace',
  path: ReadonlyArray<string | number>,
  value?: unknown,
): boolean {
  if (change === 'remove' || path.length < 2 || (value !== null && typeof value === 'object')) return true;
  // A status matters only to decisions (a decided one needs its outcome).
  return path.some(
    (token) =>
      typeof token === 'string' &&
      SEMANTIC_FIELDS.has(token) &&
      (token !== 'status' || path[0] === 'decisions'),
  );
}

function describeValue(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'a list';
  return `a ${typeof data}`;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The semantic pass reads the raw data defensively, so it still reports dangling references and
// duplicate ids in a file whose shapes are also wrong somewhere else.
type Loose = Record<string, unknown>;

function list(value: unknown): Loose[] {
  return Array.isArray(value) ? value.filter((v): v is Loose => v !== null && typeof v === 'object') : [];
}
function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The entity collections holding items with ids, and the singular noun for messages. */
const COLLECTIONS = [
  ['objectives', 'objective'],
  ['milestones', 'milestone'],
  ['risks', 'risk'],
  ['decisions', 'decision'],
  ['dependencies', 'dependency'],
  ['wins', 'win'],
  ['metrics', 'metric'],
  ['actions', 'action'],
  ['stakeholders', 'stakeholder'],
  ['meetings', 'meeting'],
  ['reports', 'report'],
  ['communications', 'communication'],
] as const;

/** The collections whose items may carry a tracker's `externalKey`, unique per kind (version 2). */
const TRACKED = ['milestones', 'risks', 'dependencies', 'actions'] as const;

type Kind =
  (typeof COLLECTIONS)[number][1] | 'program' | 'key result' | 'option' | 'expectation' | 'checklist item';

interface Located {
  kind: Kind;
  path: string;
}

function semanticProblems(data: Loose): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, Located>();

  const register = (item: Loose, kind: Kind, path: string): void => {
    const itemId = str(item.id);
    if (!itemId) return;
    const first = byId.get(itemId);
    if (first)
      problems.push({ path: `${path}.id`, message: `duplicate id "${itemId}" (also at ${first.path})` });
    else byId.set(itemId, { kind, path });
  };

  const program = data.program && typeof data.program === 'object' ? (data.program as Loose) : undefined;
  if (program) register(program, 'program', 'program');
  for (const [key, kind] of COLLECTIONS) {
    list(data[key]).forEach((item, i) => {
      const path = `${key}[${i}]`;
      register(item, kind, path);
      list(item.keyResults).forEach((kr, j) => register(kr, 'key result', `${path}.keyResults[${j}]`));
      list(item.options).forEach((o, j) => register(o, 'option', `${path}.options[${j}]`));
      list(item.expectations).forEach((e, j) => register(e, 'expectation', `${path}.expectations[${j}]`));
      list(item.checklist).forEach((c, j) => register(c, 'checklist item', `${path}.checklist[${j}]`));
    });
  }

  const kindOf = (ref: string): Kind | undefined => byId.get(ref)?.kind;
  const label = (item: Loose, kind: string): string => {
    const itemId = str(item.id);
    return itemId ? `${kind} "${itemId}"` : kind;
  };
  const expect = (ref: unknown, path: string, owner: string, wanted: readonly Kind[], noun: string): void => {
    if (typeof ref !== 'string' || ref === '') return; // shape errors are the schema's to report
    const kind = kindOf(ref);
    if (!kind) problems.push({ path, message: `${owner} refers to "${ref}", which is not in the file` });
    else if (!wanted.includes(kind))
      problems.push({ path, message: `${owner} refers to "${ref}", a ${kind}, where a ${noun} is expected` });
  };
  const person = ['stakeholder'] as const;
  const linkable: Kind[] = [
    'objective',
    'key result',
    'milestone',
    'risk',
    'decision',
    'dependency',
    'win',
    'metric',
    'action',
  ];

  if (program) expect(program.sponsorId, 'program.sponsorId', 'the program', person, 'stakeholder');
  const period = program?.period as Loose | undefined;
  if (period && str(period.start) && str(period.end) && String(period.end) < String(period.start))
    problems.push({ path: 'program.period.end', message: 'before the period start' });

  list(data.milestones).forEach((m, i) => {
    const path = `milestones[${i}]`;
    const who = label(m, 'milestone');
    expect(m.ownerId, `${path}.ownerId`, who, person, 'stakeholder');
    strings(m.dependsOn).forEach((ref, j) => {
      if (ref === m.id)
        problems.push({ path: `${path}.dependsOn[${j}]`, message: `${who} depends on itself` });
      // Version 2: a milestone may also wait for a dependency (a partner's delivery).
      else
        expect(ref, `${path}.dependsOn[${j}]`, who, ['milestone', 'dependency'], 'milestone or dependency');
    });
    const w = m.window as Loose | undefined;
    const [earliest, likely, latest] = [str(w?.earliest), str(w?.likely), str(w?.latest)];
    if (earliest && latest && latest < earliest)
      problems.push({ path: `${path}.window.latest`, message: `before earliest (${latest} < ${earliest})` });
    if (earliest && likely && likely < earliest)
      problems.push({ path: `${path}.window.likely`, message: `before earliest (${likely} < ${earliest})` });
    if (likely && latest && latest < likely)
      problems.push({ path: `${path}.window.latest`, message: `before likely (${latest} < ${likely})` });
  });

  for (const cycle of findMilestoneCycles(
    list(data.milestones).map((m) => ({ id: str(m.id) ?? '', dependsOn: strings(m.dependsOn) })),
  )) {
    const first = byId.get(cycle[0] ?? '');
    problems.push({
      path: first ? `${first.path}.dependsOn` : 'milestones',
      message: `dependency cycle: ${[...cycle, cycle[0]].join(' → ')}`,
    });
  }

  list(data.risks).forEach((r, i) =>
    expect(r.ownerId, `risks[${i}].ownerId`, label(r, 'risk'), person, 'stakeholder'),
  );
  list(data.dependencies).forEach((d, i) =>
    expect(d.ownerId, `dependencies[${i}].ownerId`, label(d, 'dependency'), person, 'stakeholder'),
  );
  list(data.decisions).forEach((d, i) => {
    const path = `decisions[${i}]`;
    const who = label(d, 'decision');
    strings(d.deciderIds).forEach((ref, j) =>
      expect(ref, `${path}.deciderIds[${j}]`, who, person, 'stakeholder'),
    );
    const optionIds = new Set(list(d.options).map((o) => str(o.id)));
    for (const field of ['recommendation', 'outcome'] as const) {
      const ref = str(d[field]);
      if (ref && !optionIds.has(ref))
        problems.push({ path: `${path}.${field}`, message: `${who}: "${ref}" is not one of its options` });
    }
    if (d.status === 'decided' && !str(d.outcome))
      problems.push({ path: `${path}.outcome`, message: `${who} is decided but has no outcome` });
  });
  list(data.metrics).forEach((m, i) => {
    if (str(m.objectiveId))
      expect(m.objectiveId, `metrics[${i}].objectiveId`, label(m, 'metric'), ['objective'], 'objective');
  });
  list(data.actions).forEach((a, i) => {
    const who = label(a, 'action');
    expect(a.ownerId, `actions[${i}].ownerId`, who, person, 'stakeholder');
    strings(a.owedToIds).forEach((ref, j) =>
      expect(ref, `actions[${i}].owedToIds[${j}]`, who, person, 'stakeholder'),
    );
  });
  list(data.stakeholders).forEach((s, i) => {
    list(s.expectations).forEach((e, j) => {
      const path = `stakeholders[${i}].expectations[${j}]`;
      strings(e.linkedIds).forEach((ref, k) => {
        // Version 2: the word "budget" links an expectation to the program's budget.
        if (ref !== BUDGET_LINK)
          expect(ref, `${path}.linkedIds[${k}]`, label(e, 'expectation'), linkable, 'program item');
      });
    });
  });
  list(data.meetings).forEach((m, i) => {
    const who = label(m, 'meeting');
    strings(m.attendeeIds).forEach((ref, j) =>
      expect(ref, `meetings[${i}].attendeeIds[${j}]`, who, person, 'stakeholder'),
    );
  });
  list(data.communications).forEach((c, i) => {
    const who = label(c, 'communication');
    strings(c.stakeholderIds).forEach((ref, j) =>
      expect(ref, `communications[${i}].stakeholderIds[${j}]`, who, person, 'stakeholder'),
    );
  });
  for (const key of TRACKED) {
    const seen = new Map<string, string>();
    list(data[key]).forEach((item, i) => {
      const externalKey = str(item.externalKey);
      if (!externalKey) return;
      const path = `${key}[${i}].externalKey`;
      const first = seen.get(externalKey);
      if (first)
        problems.push({ path, message: `duplicate tracker key "${externalKey}" (also at ${first})` });
      else seen.set(externalKey, path);
    });
  }
  return problems;
}
