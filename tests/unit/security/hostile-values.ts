/**
 * Values a hostile caller sends: 1 MB strings, nesting 100,000 deep, long arrays, paths that try
 * to leave the folder, and values of every wrong type.
 */
import fc from 'fast-check';

/** Just over 1 MB, with the characters that upset text handling at its end. */
export const HUGE = `${'A'.repeat(1 << 20)}\u202E\uFFFE\uD800🙂`;

function nest(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}
export const DEEP_OBJECT = nest(100_000, (inner) => ({ a: inner }));
export const DEEP_ARRAY = nest(100_000, (inner) => [inner]);
export const LONG_ARRAY = Array.from({ length: 100_000 }, (_, i) => i);

/** Paths a hostile window might send: traversal, device names, other drives, odd characters. */
export const HOSTILE_PATHS = [
  '../../etc/passwd',
  '/etc/passwd',
  '/etc/shadow',
  '/root/.ssh/id_rsa',
  '~/.bashrc',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\program.json',
  'file:///etc/passwd',
  '%2e%2e/%2e%2e/x.json',
  'CON',
  'nul.json',
  'a/b:c*?',
  '.',
  '..',
  ' ',
  'x\u0000y.json',
  '\u202Enosj.exe',
  `${'a'.repeat(300)}.json`,
  'a/'.repeat(1000),
  'a'.repeat(4097),
];

/** Names inside the sandbox: the open program, folders, files that are not programs. */
export const SANDBOX_NAMES = [
  'program.json',
  'new.json',
  'folder',
  'folder/inner.json',
  'not-json.json',
  'null.json',
  'not-a-template.docx',
  'data/settings.json',
  'data/backups',
  'out',
  'missing/deeper/x.json',
];

const scalarMisses = fc.constantFrom<unknown>(
  null,
  undefined,
  true,
  false,
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  2 ** 53,
  '',
  [],
  {},
  [''],
  'null',
  '{}',
);

/** A value of the wrong type for almost any key. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalarMisses },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.object({ maxDepth: 1 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      HUGE,
      DEEP_OBJECT,
      DEEP_ARRAY,
      LONG_ARRAY,
      new Map([['path', 'x']]),
      new Uint8Array(8),
    ),
  },
);
