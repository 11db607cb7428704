/**
 * Payloads for fuzzing the IPC channels: anything at all, and near misses built from each channel's
 * contract (the right keys with wrong types, huge strings, deep nesting, prototype keys, paths that
 * try to leave the folder, real ids and unknown ones). A payload is built against the live sandbox
 * (the current revision, the ids in the open program), so well-formed calls reach the handlers.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels.ts';
import { STAKEHOLDER_TEMPLATES, type ProgramFile } from '../../../shared/schema/program.ts';
import {
  DEEP_ARRAY,
  DEEP_OBJECT,
  HOSTILE_PATHS,
  HUGE,
  LONG_ARRAY,
  SANDBOX_NAMES,
  wrongValue,
} from './hostile-values.ts';
import { mutateProgram, mutation, unwritableValues } from './program-mutation.ts';

/** What a payload may read from the sandbox when it is built. */
export interface FuzzState {
  /** The sandbox folder: every path a handler may act on lies inside it. */
  root: string;
  file(): ProgramFile;
  /** The file the fuzz started with, so edits do not pile up on one another. */
  baseline: ProgramFile;
  revision(): number;
  backupIds: string[];
  /** The documents written so far: the only files shell:open and shell:reveal may act on. */
  written(): string[];
}

export type Build = (state: FuzzState) => unknown;
export interface Payload {
  kind: string;
  build: Build;
}

const lift =
  (value: unknown): Build =>
  () =>
    value;

const pathArb: fc.Arbitrary<Build> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(...SANDBOX_NAMES).map(
      (n): Build =>
        (s) =>
          join(s.root, n),
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PATHS).map(lift) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...HOSTILE_PATHS).map(
      (p): Build =>
        (s) =>
          join(s.root, p),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.string({ maxLength: 40 }).map(
      (n): Build =>
        (s) =>
          join(s.root, n),
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map(lift) },
);

const ODD_IDS = ['', '__proto__', 'constructor', 'toString', 'prototype', '../x', 'nobody', HUGE];

function idFrom(list: (s: FuzzState) => Array<{ id: string }>): fc.Arbitrary<Build> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.nat().map(
        (i): Build =>
          (s) =>
            list(s)[i % Math.max(1, list(s).length)]?.id ?? 'none',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(...ODD_IDS).map(lift) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(lift) },
  );
}
const stakeholderId = idFrom((s) => s.file().stakeholders);
const meetingId = idFrom((s) => s.file().meetings);

const backupId: fc.Arbitrary<Build> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.nat().map(
      (i): Build =>
        (s) =>
          s.backupIds[i % Math.max(1, s.backupIds.length)] ?? 'none',
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        '../../etc/passwd',
        'x/../../y',
        '../settings.json/2026-01-01T00-00-00-000Z.open.json',
        '..\\..\\x/2026-01-01T00-00-00-000Z.open.json',
        'a/2026-01-01T00-00-00-000Z.open.json',
        '/etc/passwd',
        'a/b/c',
        'a/',
        '/',
      )
      .map(lift),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map(lift) },
);

const template = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...STAKEHOLDER_TEMPLATES) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('meeting-checklist', 'EXECUTIVE-BRIEF', '') },
);

/** All of `keys` built, the optional ones sometimes left out. */
function record(keys: Record<string, fc.Arbitrary<Build>>, required: string[]): fc.Arbitrary<Build> {
  return fc.record(keys, { requiredKeys: required }).map((built): Build => (s) => {
    const out: Record<string, unknown> = {};
    for (const [key, build] of Object.entries(built)) out[key] = build(s);
    return out;
  });
}

const target: fc.Arbitrary<Build> = fc.oneof(
  record({ stakeholderId, template: template.map(lift) }, ['stakeholderId']),
  record({ meetingId }, ['meetingId']),
  record({ stakeholderId, meetingId }, []),
);

// Mostly a few; now and then the contract's maximum (each unknown id costs little, but not nothing).
const unknownTargets = fc
  .oneof(
    { weight: 30, arbitrary: fc.integer({ min: 1, max: 50 }) },
    { weight: 1, arbitrary: fc.constantFrom(1000, 10_000) },
  )
  .map((n) => Array.from({ length: n }, (_, i) => ({ stakeholderId: `nobody-${i}` })));

const revision: fc.Arbitrary<Build> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Build>((s) => s.revision()) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -1, max: 1 }).map(
      (d): Build =>
        (s) =>
          s.revision() + d,
    ),
  },
  { weight: 1, arbitrary: wrongValue.map(lift) },
);

/** Each channel's argument keys, and a well-formed call to it (which may still be refused). */
interface Spec {
  keys: Record<string, fc.Arbitrary<Build>>;
  valid: fc.Arbitrary<Build>;
}

function plain(keys: Record<string, fc.Arbitrary<Build>>, required: string[] = Object.keys(keys)): Spec {
  return { keys, valid: record(keys, required) };
}
const writtenPath: fc.Arbitrary<Build> = fc.nat().map(
  (i): Build =>
    (s) =>
      s.written()[i % Math.max(1, s.written().length)] ?? join(s.root, 'out', 'none.docx'),
);
const shellPath = plain({ path: fc.oneof(pathArb, writtenPath) });
const none: Spec = { keys: {}, valid: fc.constantFrom<unknown>({}, undefined, null).map(lift) };
const pathOnly = plain({ path: pathArb });

export const SPECS: Record<Channel, Spec> = {
  'app:info': none,
  'file:current': none,
  'file:new': pathOnly,
  'file:newEmpty': plain(
    {
      path: pathArb,
      name: fc.string({ maxLength: 40 }).map(lift),
      start: fc.constantFrom('2026-12-01', '2026-02-30', 'soon').map(lift),
      end: fc.constantFrom('2026-12-14', '2026-11-01').map(lift),
      sponsor: fc.string({ maxLength: 40 }).map(lift),
    },
    ['name'],
  ),
  'file:open': pathOnly,
  'file:save': none,
  'file:saveAs': pathOnly,
  // A near miss of the whole program, as the one operation replacing it.
  'file:apply': plain({
    ops: fc
      .tuple(mutation, fc.integer({ min: 0, max: 4 }))
      .map(([m, from]): Build => (s) => [
        { op: 'replace', path: '', value: mutateProgram(from === 0 ? s.file() : s.baseline, m) },
      ]),
    baseRevision: revision,
  }),
  'file:recent': none,
  'file:reload': none,
  'backups:list': plain({ path: pathArb, lastFailed: fc.boolean().map(lift) }, []),
  'backups:read': plain({ id: backupId }),
  'backups:restoreAs': plain({ id: backupId, path: pathArb }, ['id']),
  'reports:preview': { keys: { stakeholderId, meetingId, template: template.map(lift) }, valid: target },
  'reports:generate': {
    keys: { targets: fc.constant(lift([])), dryRun: fc.boolean().map(lift), email: fc.boolean().map(lift) },
    valid: fc
      .record({
        targets: fc.oneof(
          { weight: 1, arbitrary: fc.array(target, { minLength: 1, maxLength: 2 }) },
          { weight: 3, arbitrary: unknownTargets.map((ts) => ts.map(lift)) },
        ),
        // Mostly dry runs: each real run adds a record (and its snapshot) to the program.
        dryRun: fc.option(fc.constantFrom(true, true, true, false)),
        email: fc.option(fc.boolean()),
      })
      .map(({ targets, dryRun, email }): Build => (s) => ({
        targets: targets.map((t) => t(s)),
        ...(dryRun === null ? {} : { dryRun }),
        ...(email === null ? {} : { email }),
      })),
  },
  'reports:wordTemplate': none,
  'reports:chooseWordTemplate': plain({ path: pathArb, clear: fc.boolean().map(lift) }, []),
  'reports:outputDir': none,
  'reports:files': none,
  'folders:list': pathOnly,
  // `path` is the parent folder, so the fuzz's containment keeps every new folder in the sandbox.
  'folders:create': plain({
    path: pathArb,
    name: fc.constantFrom('new', '..', '.hidden', 'a/b', '').map(lift),
  }),
  'reports:chooseOutputDir': pathOnly,
  'shell:open': shellPath,
  'shell:reveal': shellPath,
  'plan:export': plain({
    formats: fc.subarray(['csv', 'ics', 'docx'], { minLength: 1 }).map(lift),
    weeks: fc.constantFrom<unknown>(4, 8, 12, 0, 53, -1, 2.5, '8').map(lift),
  }),
  'email:read': plain({
    files: fc
      .array(
        fc.record({ name: fc.constantFrom('a.eml', '../../x.eml', 'é.eml'), base64: fc.base64String() }),
        {
          minLength: 1,
          maxLength: 3,
        },
      )
      .map(lift),
  }),
};

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'then'];

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
}

/** An own `key` property even for `__proto__`, as JSON.parse makes it. */
function withOwn(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(object, key, { value, enumerable: true, configurable: true, writable: true });
  return object;
}

/** Prototype tricks around a well-formed call. */
const protoVariant = fc.constantFrom(
  (v: Record<string, unknown>) => withOwn({}, '__proto__', v),
  (v: Record<string, unknown>) => withOwn({ ...v }, '__proto__', { polluted: 'yes' }),
  (v: Record<string, unknown>) => ({ ...v, constructor: { prototype: { polluted: 'yes' } } }),
  (v: Record<string, unknown>) => Object.create(v) as unknown,
  (v: Record<string, unknown>) => Object.assign(Object.create(null) as object, v),
  (v: Record<string, unknown>) =>
    JSON.parse(`{"__proto__":{"polluted":"yes"},"x":${JSON.stringify(Object.keys(v))}}`) as unknown,
);

const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/**
 * The known bug of KNOWN_BUGS (ipc-fuzz.ts): a program with an unknown field JSON cannot write,
 * sent as an edit of the open program.
 */
const unwritableEdit: fc.Arbitrary<Payload> = fc
  .tuple(fc.constantFrom(...unwritableValues()), fc.nat())
  .map(([value, at]): Payload => ({
    kind: 'known-bug',
    build: (s) => ({
      ops: [{ op: 'replace', path: '', value: mutateProgram(s.baseline, { op: 'add-unknown', at, value }) }],
      baseRevision: s.revision(),
    }),
  }));

/** Every kind of payload for one channel; `knownBugs` adds the cases of bugs not fixed yet. */
export function payloads(channel: Channel, options: { knownBugs?: boolean } = {}): fc.Arbitrary<Payload> {
  if (options.knownBugs) return channel === 'file:apply' ? unwritableEdit : payloads(channel);
  const spec = SPECS[channel];
  const keyNames = Object.keys(spec.keys);
  const someKey = keyNames.length > 0 ? fc.constantFrom(...keyNames) : fc.string({ maxLength: 8 });
  return fc.oneof(
    { weight: 3, arbitrary: anything.map((v): Payload => ({ kind: 'anything', build: lift(v) })) },
    { weight: 4, arbitrary: spec.valid.map((build): Payload => ({ kind: 'well-formed', build })) },
    {
      weight: 2,
      arbitrary: fc.tuple(spec.valid, someKey, wrongValue).map(([build, key, value]): Payload => ({
        kind: 'wrong-type',
        build: (s) => withOwn(asObject(build(s)), key, value),
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(spec.valid, fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 8 })), anything)
        .map(([build, key, value]): Payload => ({
          kind: 'extra-key',
          build: (s) => withOwn(asObject(build(s)), key, value),
        })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(spec.valid, protoVariant).map(([build, variant]): Payload => ({
        kind: 'prototype',
        build: (s) => variant(asObject(build(s))),
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<unknown>(HUGE, DEEP_OBJECT, DEEP_ARRAY, LONG_ARRAY)
        .map((v): Payload => ({ kind: 'huge-or-deep', build: lift(v) })),
    },
  );
}

/** Every channel has a spec; a channel added to the contract without one fails the test. */
export function channelsWithoutSpec(): string[] {
  return CHANNELS.filter((c) => !Object.hasOwn(SPECS, c));
}
