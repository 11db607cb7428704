/**
 * A file the user (or a hostile page, or a careless script) points the app at may be anything:
 * /etc/shadow, a key, an environment dump. Whatever it holds, no message about it quotes it: on
 * the Electron transport (dispatch), in the browser mode (HTTP), and in the command line.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../electron/cli/index.ts';
import { dispatch } from '../../../electron/node/dispatch.ts';
import { createHandlers } from '../../../electron/node/handlers/index.ts';
import { startBrowserServer, type BrowserServer } from '../../../electron/node/http-server.ts';
import { parseProgramText } from '../../../electron/node/program-file.ts';
import { Session } from '../../../electron/node/session.ts';
import { formatProblem, validateProgramFile } from '../../../shared/schema/validate.ts';
import { FIXTURE_TODAY, fixtureData } from '../../helpers/fixture.ts';
import { capture } from '../../helpers/cli.ts';

const secret = `SECRET-${randomBytes(12).toString('hex')}`;

/** Files that are not programs, each holding the secret somewhere a parser would stop at. */
const HOSTILE: Array<[string, string, RegExp]> = [
  ['text that is not JSON', secret, /is not valid JSON \(line 1, column 1: an unexpected character\)/],
  ['a shadow file', `root:${secret}:20200:0:99999:7:::\nbin:*:20200::::::\n`, /line 1, column 1/],
  ['a secret after blank lines', `\n\n  ${secret}\n`, /line 3, column 3: an unexpected character/],
  ['a bare word in JSON', `{"schemaVersion": 2,\n "token": ${secret}}`, /line 2, column 11/],
  ['a JSON string', JSON.stringify(secret), /holds a string, not a program/],
  ['a JSON object without a version', JSON.stringify({ apiKey: secret }), /no valid schemaVersion/],
  ['a version that is the secret', JSON.stringify({ schemaVersion: secret }), /no valid schemaVersion/],
  ['a truncated object', `{"key": "${secret}`, /the file ends too early/],
];

let dir: string;
let session: Session;
let server: BrowserServer;
const logged: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-leak-'));
  process.env.LIAISON_DATA_DIR = join(dir, 'data');
  session = await Session.start({
    mode: 'browser',
    version: 'test',
    dataDir: join(dir, 'data'),
    today: FIXTURE_TODAY,
  });
  server = await startBrowserServer({
    handlers: createHandlers(session),
    rendererDir: join(dir, 'renderer'),
  });
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  logged.length = 0;
  for (const method of ['log', 'warn', 'error'] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) =>
      logged.push(args.map(String).join(' ')),
    );
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Nothing of the secret: not the whole, not its random part, not its prefix. */
function expectClean(text: string): void {
  expect(text).not.toContain(secret.slice(7));
  expect(text).not.toContain('SECRET');
}

describe.each(HOSTILE)('a file holding %s', (what, content, position) => {
  let path: string;
  beforeEach(async () => {
    path = join(dir, `${what.replace(/\W+/g, '-')}.json`);
    await writeFile(path, content);
  });

  it('file:open over the Electron dispatch answers with a position, not the content', async () => {
    const envelope = await dispatch(createHandlers(session), 'file:open', { path });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.message).toMatch(position);
    expectClean(JSON.stringify(envelope));
    expectClean(logged.join('\n'));
  });

  it('file:open over the browser mode HTTP answers the same, status 200 with an error envelope', async () => {
    const res = await fetch(`${server.origin}/api/file:open`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ path }),
    });
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body).toMatch(position);
    expectClean(body);
    // The file that failed is remembered for "open again", never its content.
    const current = await fetch(`${server.origin}/api/file:current`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expectClean(await current.text());
    expectClean(logged.join('\n'));
  });

  it('liaison validate and liaison report exit 1 with a position, not the content', async () => {
    for (const args of [
      ['validate', path],
      ['report', path, '--stakeholder', 's-cfo', '--out', dir, '--today', FIXTURE_TODAY],
    ]) {
      const { lines, io } = capture();
      expect(await main(args, io)).toBe(1);
      expect(lines.err.join('\n')).toMatch(position);
      expectClean([...lines.out, ...lines.err].join('\n'));
    }
    expectClean(logged.join('\n'));
  });
});

describe('an invitation that is not a calendar', () => {
  it('liaison meetings import names the line, never its content', async () => {
    const ics = join(dir, 'hostile.ics');
    await writeFile(ics, `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${secret}\r\nEND:VCALENDAR\r\n`);
    const program = join(dir, 'program.json');
    const { lines, io } = capture();
    expect(await main(['meetings', 'import', program, '--ics', ics, '--today', FIXTURE_TODAY], io)).toBe(1);
    expect(lines.err.join('\n')).toMatch(/line 3/);
    expectClean([...lines.out, ...lines.err].join('\n'));
  });
});

describe('what a message may quote', () => {
  it('names each JSON syntax error by position and kind', () => {
    const message = (text: string) => {
      try {
        parseProgramText(text, 'p.json');
      } catch (error) {
        return (error as Error).message;
      }
      return 'parsed';
    };
    expect(message('{"schemaVersion": 2,}')).toBe(
      'p.json is not valid JSON (line 1, column 21: expected a field name in double quotes).',
    );
    expect(message('{\n  "a": 1\n  "b": 2\n}')).toBe(
      'p.json is not valid JSON (line 3, column 3: expected "," between two entries).',
    );
    expect(message('// notes\n{}')).toBe(
      'p.json is not valid JSON (line 1, column 1: a comment, which JSON does not allow).',
    );
    expect(message('{"a": "tab\there"}')).toMatch(/line 1, column 7: a tab, line break or control character/);
  });

  it("quotes a program's own value, cut short, so a wrong enum value is recognisable", () => {
    const file = fixtureData();
    const long = `pigeon ${'x'.repeat(200)}`;
    const problems = (channel: string) => {
      const result = validateProgramFile({
        ...file,
        stakeholders: file.stakeholders.map((s, i) =>
          i === 0 ? { ...s, preferences: { ...s.preferences, channel } } : s,
        ),
      });
      return result.ok ? [] : result.problems.map(formatProblem);
    };
    expect(problems('pigeon')[0]).toMatch(
      /^stakeholders\[0\]\.preferences\.channel: "pigeon" is not one of /,
    );
    const cut = problems(long)[0] ?? '';
    expect(cut).toContain(`"${long.slice(0, 40)}…"`);
    expect(cut).not.toContain(long.slice(0, 41));
  });
});
