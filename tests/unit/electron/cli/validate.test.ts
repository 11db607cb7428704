import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import type { Output } from '../../../../electron/cli/output.ts';
import { brokenProgramText, FIXTURE_PATH, fixtureData, fixtureText } from '../../../helpers/fixture.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

interface Captured extends Output {
  stdout: string[];
  stderr: string[];
}

/** An Output that keeps every line, as the user would have seen it on each stream. */
function capture(): Captured {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('liaison validate', () => {
  it('says the fixture is valid, with its counts, on one line and exits 0', async () => {
    const io = capture();
    const code = await main(['validate', FIXTURE_PATH], io);
    expect(code).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(io.stdout).toHaveLength(1);
    expect(io.stdout[0]).toMatch(/^payments-migration\.json is valid: /);
    expect(io.stdout[0]).toContain('10 stakeholders');
    expect(io.stdout[0]).toContain('8 milestones');
  });

  it('refuses a file too large for any program in one line, before reading it, and exits 1', async () => {
    // A sparse file: 600 MB long, nothing on disk. Node holds no string this long (about 512 MB).
    const path = join(dir, 'huge.json');
    await writeFile(path, '{');
    await truncate(path, 600 * 2 ** 20);
    const io = capture();
    const code = await main(['validate', path], io);
    expect(code).toBe(1);
    expect(io.stderr).toEqual([
      `${path} is too large to open (600 MB; a program file can be at most 512 MB).`,
    ]);
  });

  it('lists every problem of an invalid file with its path and exits 1', async () => {
    const path = join(dir, 'broken.json');
    const text = brokenProgramText();
    await writeFile(path, text);
    const io = capture();
    const code = await main(['validate', path], io);
    expect(code).toBe(1);
    expect(io.stdout).toEqual([]);
    // A heading with the count, then one line per problem, each starting with its path.
    const count = /^broken\.json has (\d+) problems\.$/.exec(io.stderr[0] ?? '');
    expect(count).not.toBeNull();
    const lines = io.stderr.slice(1);
    expect(lines).toHaveLength(Number(count?.[1]));
    for (const line of lines) expect(line).toMatch(/^[a-z]+\[\d+\]\.[\w.[\]]+: /);
    expect(lines.some((l) => l.startsWith('milestones[0].ownerId:') && l.includes('s-ghost'))).toBe(true);
    expect(
      lines.some((l) => l.startsWith('milestones[2].window.latest:') && l.includes('before earliest')),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('risks[1].id:') && l.includes('duplicate id "m-pci"'))).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  const unreadable: Array<[string, string | null, RegExp]> = [
    ['a missing file', null, /missing\.json does not exist\.$/],
    [
      'broken JSON',
      '{"schemaVersion": 1, "program": {',
      /^program\.json is not valid JSON \(the file ends too early/,
    ],
    ['a file holding null', 'null', /^program\.json holds null, not a program\.$/],
    [
      'a newer schemaVersion',
      JSON.stringify({ ...fixtureData(), schemaVersion: 99 }),
      /^program\.json was written by a newer Liaison \(file format 99; .*the file was not changed\.$/,
    ],
    ['an empty file', '', /^program\.json is empty/],
  ];
  for (const [what, content, message] of unreadable) {
    it(`reports ${what} in exactly one stderr line, exits 1 and leaves the file as it was`, async () => {
      const path = join(dir, content === null ? 'missing.json' : 'program.json');
      if (content !== null) await writeFile(path, content);
      const io = capture();
      const code = await main(['validate', path], io);
      expect(code).toBe(1);
      expect(io.stdout).toEqual([]);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(message);
      if (content === null) expect(await readdir(dir)).toEqual([]);
      else {
        expect(await readFile(path, 'utf8')).toBe(content);
        expect(await readdir(dir)).toEqual(['program.json']);
      }
    });
  }

  const usageErrors: Array<[string, string[], RegExp]> = [
    ['no arguments', [], /^Usage: liaison/],
    ['an unknown command', ['frobnicate'], /^Unknown command "frobnicate"\.$/],
    [
      'an impossible --today',
      ['validate', FIXTURE_PATH, '--today', '2026-13-01'],
      /--today must be a date as YYYY-MM-DD, not "2026-13-01"/,
    ],
    ['validate without a file', ['validate'], /^validate takes exactly one file\.$/],
    ['an unknown option', ['validate', FIXTURE_PATH, '--frob'], /frob/],
  ];
  for (const [what, argv, message] of usageErrors) {
    it(`exits 2 on ${what}, explaining why on stderr`, async () => {
      const io = capture();
      const code = await main(argv, io);
      expect(code).toBe(2);
      expect(io.stdout).toEqual([]);
      expect(io.stderr[0]).toMatch(message);
    });
  }

  it('prints the usage on stdout and exits 0 for --help', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('validate <file>');
    expect(io.stderr).toEqual([]);
  });
});

describe('the liaison binary', () => {
  it('validates a file as a user would run it: exit 0 when valid, 1 with the problems when not', async () => {
    const ok = spawnSync(process.execPath, ['bin/liaison.cjs', 'validate', FIXTURE_PATH], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^payments-migration\.json is valid: 10 stakeholders/);

    const path = join(dir, 'broken.json');
    await writeFile(path, brokenProgramText());
    const bad = spawnSync(process.execPath, ['bin/liaison.cjs', 'validate', path], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^milestones\[0\]\.ownerId: /m);
    // The fixture itself is read-only input: the run must not have touched it.
    expect(await readFile(FIXTURE_PATH, 'utf8')).toBe(fixtureText());
  });
});
