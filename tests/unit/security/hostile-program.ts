/**
 * A valid program full of hostile text: 1 MB fields, emoji, right-to-left text and the
 * right-to-left override U+202E, the non-characters U+FFFE and U+FFFF, lone surrogates, and
 * stakeholder and program names that are device names, path traversals, reserved characters, dots
 * and 400 characters long.
 */
import type { ProgramFile, Stakeholder, StakeholderTemplate } from '../../../shared/schema/program.ts';
import { fixtureData } from '../../helpers/fixture.ts';

const MIX = 'Lorem ipsum 🙂 👩🏽‍💻 שלום עולם مرحبا \u202Etxt.exe \uFFFE\uFFFF \uD800 \uDC00 <w:t>&amp; ]]> \t';

/** Exactly 1 MiB of UTF-16 code units of the mix (the cut may leave half an emoji: fine). */
export const ONE_MB = MIX.repeat(Math.ceil((1 << 20) / MIX.length)).slice(0, 1 << 20);

const LONG_MIXED = 'ش🙂é'.repeat(100).slice(0, 400);

/**
 * Names of 400 characters, for readers and programs. Known bug: their documents are refused with
 * ENAMETOOLONG (see hostile-input.test.ts).
 */
export const LONG_NAMES = ['n'.repeat(400), LONG_MIXED];

/** Reader names; each gets a document. */
export const HOSTILE_NAMES = [
  'CON',
  '../../x',
  'a/b:c*?',
  '..',
  '.',
  '\u202Egnp.exe',
  'عربي עברית',
  '👩🏽‍💻🏳️‍🌈',
  'x\uFFFE\uFFFFy',
  'lone \uD800 surrogate \uDC00',
  'COM1.txt',
  'trailing. ',
  '\\\\server\\share\\x',
  '/etc/passwd',
];

/** Program names; each gets a document too. */
export const HOSTILE_PROGRAM_NAMES = ['CON', '../../x', 'a/b:c*?', '..', '.', 'ש🙂\u202E'];

/**
 * The reader whose documents carry the 1 MB texts in full (the others get their first sentence).
 * LibreOffice takes minutes over such a document, so only python-docx opens these in the suite.
 */
export const FULL_DETAIL = 'h1';

/** The fixture with hostile readers `h0`… (and `long0`… with LONG_NAMES), 1 MB texts and hostile text throughout. */
export function hostileProgram(): ProgramFile {
  const file = fixtureData();
  const model = file.stakeholders.find((s) => s.id === 's-em')!;
  const people = [
    ...HOSTILE_NAMES.map((name, i) => ({ id: `h${i}`, name, i })),
    ...LONG_NAMES.map((name, i) => ({ id: `long${i}`, name, i })),
  ];
  const hostile: Stakeholder[] = people.map(({ id, name, i }) => ({
    ...structuredClone(model),
    id,
    name,
    title: MIX,
    organization: name,
    ...(i % 3 === 0 ? { external: true } : {}),
    preferences: {
      ...model.preferences,
      template: (['executive-brief', 'status-update', 'technical-update', 'partner-update'] as const)[i % 4]!,
      detail: id === FULL_DETAIL ? 'full' : 'summary',
      language: i % 2 === 0 ? 'business' : 'technical',
    },
    expectations: [{ id: `${id}-e0`, text: `${name} expects ${MIX}`, linkedIds: [file.milestones[0]!.id] }],
    notes: ONE_MB,
  }));
  file.stakeholders.push(...hostile);
  file.program.name = HOSTILE_PROGRAM_NAMES[1]!;
  file.program.why = { technical: `It matters. ${ONE_MB}`, business: `It matters. ${ONE_MB}` };
  file.program.status = { ...file.program.status, business: `${MIX}. ${MIX}`, technical: MIX };
  const milestone = file.milestones[0]!;
  Object.assign(milestone, { title: `${MIX}${LONG_MIXED}`, business: `Soon. ${ONE_MB}`, technical: ONE_MB });
  const risk = file.risks[0]!;
  Object.assign(risk, { title: '\u202Ekcatta', mitigation: `Watch it. ${ONE_MB}` });
  file.meetings[0]!.attendeeIds.push(...hostile.map((s) => s.id));
  file.meetings[0]!.title = '../../meeting:CON*?';
  file.meetings[0]!.agenda.push(MIX, ONE_MB.slice(0, 10_000));
  return file;
}

/** The template for hostile reader i, so that every template is used. */
export function templateFor(i: number): StakeholderTemplate {
  return (['executive-brief', 'status-update', 'technical-update', 'partner-update'] as const)[i % 4]!;
}
