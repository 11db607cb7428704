/**
 * The command line says everything: `report` and `checklist` on an invalid file list every
 * problem with its path, exactly as `validate` does, and exit 1 without writing anything.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import { capture } from '../../../helpers/cli.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { brokenProgramText, fixtureData, fixtureText } from '../../../helpers/fixture.ts';

let dir: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'liaison-cli-data-'));
  process.env.LIAISON_DATA_DIR = dataDir;
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-cli-delivery-'));
  return () => rm(dir, { recursive: true, force: true });
});

describe('an invalid program file', () => {
  const commands: Array<[string, string[]]> = [
    ['report', ['--stakeholder', 's-cfo']],
    ['checklist', ['--meeting', 'mt-steerco']],
  ];
  for (const [command, args] of commands) {
    it(`${command} prints every problem with its path, as validate does, and exits 1`, async () => {
      const path = join(dir, 'p.json');
      const text = brokenProgramText();
      await writeFile(path, text);
      const out = join(dir, 'out');
      const validated = capture();
      expect(await main(['validate', path], validated.io)).toBe(1);

      const { lines, io } = capture();
      const code = await main([command, path, ...args, '--today', '2026-11-20', '--out', out], io);
      expect(code).toBe(1);
      expect(lines.out).toEqual([]);
      expect(lines.err[0]).toMatch(/^p\.json has \d+ problems\.$/);
      expect(lines.err.some((l) => l.startsWith('milestones[0].ownerId:') && l.includes('s-ghost'))).toBe(
        true,
      );
      expect(
        lines.err.some((l) => l.startsWith('milestones[2].window.latest:') && l.includes('before earliest')),
      ).toBe(true);
      expect(lines.err.some((l) => l.startsWith('risks[1].id:') && l.includes('duplicate id "m-pci"'))).toBe(
        true,
      );
      // The same lines validate prints: one way of saying it.
      expect(lines.err).toEqual(validated.lines.err);
      await expect(readdir(out)).rejects.toThrow();
      expect(await readFile(path, 'utf8')).toBe(text);
    });
  }
});

describe('a stale reporting period', () => {
  it('report warns before writing, and period next moves the period by its own length', async () => {
    const path = join(dir, 'p.json');
    await writeFile(path, fixtureText());
    const out = join(dir, 'out');
    const report = () =>
      main(['report', path, '--stakeholder', 's-cfo', '--today', '2026-12-01', '--out', out], io);
    let { lines, io } = capture();
    expect(await report()).toBe(0);
    const warning = lines.err.findIndex((l) => l.includes('The reporting period ended on 20 Nov 2026.'));
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(lines.err[warning]).toContain('liaison period next');

    ({ lines, io } = capture());
    expect(await main(['period', 'next', path], io)).toBe(0);
    expect(lines.out).toEqual([
      'The reporting period moved from 9 Nov – 20 Nov 2026 to 21 Nov – 2 Dec 2026.',
    ]);
    const saved = JSON.parse(await readFile(path, 'utf8')) as ProgramFile;
    expect(saved.program.period).toEqual({ start: '2026-11-21', end: '2026-12-02' });

    ({ lines, io } = capture());
    expect(await report()).toBe(0);
    expect(lines.err.filter((l) => l.includes('reporting period ended'))).toEqual([]);
  });

  it('period next refuses anything but "next <file>"', async () => {
    const { lines, io } = capture();
    expect(await main(['period', 'previous', join(dir, 'p.json')], io)).toBe(2);
    expect(lines.err[0]).toBe('period takes: period next <file>.');
  });
});

/** What Python's standard `email` module reads in an .eml file (the parser mail programs agree with). */
function parseWithPython(path: string): {
  to: string;
  address: string;
  toDecoded: string;
  unsent: string | null;
  subject: string;
  types: string[];
  html: string;
  text: string;
  attachments: Array<{ name: string; type: string; bytes: string }>;
} {
  const script = `
import sys, json, base64, email
from email import policy
from email.header import decode_header, make_header
raw = open(sys.argv[1], 'rb').read()
msg = email.message_from_bytes(raw, policy=policy.default)
legacy = email.message_from_bytes(raw)
body_html = msg.get_body(('html',))
body_text = msg.get_body(('plain',))
print(json.dumps({
  'to': str(msg['To']),
  'address': msg['To'].addresses[0].addr_spec,
  # The RFC 2047 decoder (the structured parser puts a space between adjacent encoded words).
  'toDecoded': str(make_header(decode_header(legacy['To']))),
  'unsent': msg['X-Unsent'],
  'subject': str(msg['Subject']),
  'types': [p.get_content_type() for p in msg.walk()],
  'html': body_html.get_content() if body_html else '',
  'text': body_text.get_content() if body_text else '',
  'attachments': [{'name': a.get_filename(), 'type': a.get_content_type(),
                   'bytes': base64.b64encode(a.get_content()).decode()} for a in msg.iter_attachments()],
}))
`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python could not parse ${path}: ${run.stderr}`);
  return JSON.parse(run.stdout) as ReturnType<typeof parseWithPython>;
}

describe('liaison report --email', () => {
  it('writes the brief and a draft to the reader, with both bodies and the .docx attached byte for byte', async () => {
    const path = join(dir, 'p.json');
    const data = fixtureData();
    const cfo = data.stakeholders.find((s) => s.id === 's-cfo')!;
    cfo.notes = 'PRIVATE-NOTE-7731 never to be sent';
    await writeFile(path, JSON.stringify(data));
    const out = join(dir, 'D');
    const { lines, io } = capture();
    const code = await main(
      ['report', path, '--stakeholder', 's-cfo', '--today', '2026-11-20', '--out', out, '--email'],
      io,
    );
    expect(code).toBe(0);
    const stem = '2026-11-20 Checkout Payments Migration - Dana Whitfield (executive-brief)';
    expect((await readdir(out)).sort()).toEqual([`${stem}.docx`, `${stem}.eml`]);
    expect(lines.out.map((l) => l.split('/').pop())).toEqual([`${stem}.docx`, `${stem}.eml`]);

    const eml = parseWithPython(join(out, `${stem}.eml`));
    expect(eml.to).toBe('Dana Whitfield <dana.whitfield@example.com>');
    expect(eml.address).toBe('dana.whitfield@example.com');
    expect(eml.unsent).toBe('1');
    expect(eml.subject).toBe('Checkout Payments Migration: Executive brief – 20 Nov 2026');
    expect(eml.types).toContain('text/html');
    expect(eml.types).toContain('text/plain');
    expect(eml.html).toContain('Keep it 30 days');
    expect(eml.text).toContain('Keep it 30 days');
    expect(eml.attachments).toHaveLength(1);
    const docx = await readFile(join(out, `${stem}.docx`));
    expect(eml.attachments[0]?.name).toBe(`${stem}.docx`);
    expect(eml.attachments[0]?.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(eml.attachments[0]?.bytes).toBe(docx.toString('base64'));
    // Private notes are never in a draft, in any part or encoding.
    const raw = await readFile(join(out, `${stem}.eml`), 'utf8');
    for (const text of [raw, eml.html, eml.text]) expect(text).not.toContain('PRIVATE-NOTE-7731');
  });

  it('keeps any name and subject readable (RFC 2047), and says why a reader with no email gets no draft', async () => {
    const path = join(dir, 'p.json');
    const data = fixtureData();
    data.program.name = 'Zahlungsumstellung «Kasse» – 決済';
    const sec = data.stakeholders.find((s) => s.id === 's-sec')!;
    sec.name = 'Åsa "Ops" O’Brien, Jr.';
    const provider = data.stakeholders.find((s) => s.id === 's-provider')!;
    provider.email = '';
    await writeFile(path, JSON.stringify(data));
    const out = join(dir, 'D');
    const { lines, io } = capture();
    expect(await main(['report', path, '--due', '--today', '2026-11-20', '--out', out, '--email'], io)).toBe(
      0,
    );
    const files = await readdir(out);
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(5);
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(4);
    expect(files.some((f) => f.includes('Sofia Marchetti') && f.endsWith('.eml'))).toBe(false);
    expect(lines.err).toContain('Sofia Marchetti: No email draft: Sofia Marchetti has no email address.');

    const draft = files.find((f) => f.includes('O’Brien') && f.endsWith('.eml'))!;
    const raw = await readFile(join(out, draft), 'utf8');
    const headers = raw.slice(0, raw.indexOf('\r\n\r\n'));
    // Every header line is plain ASCII: the names travel as encoded words.
    expect(/^[\x20-\x7e\r\n\t]*$/.test(headers)).toBe(true);
    const eml = parseWithPython(join(out, draft));
    expect(eml.address).toBe('aisha.rahman@example.com');
    expect(eml.toDecoded.replace(/\s+/g, ' ')).toBe('Åsa "Ops" O’Brien, Jr. <aisha.rahman@example.com>');
    expect(eml.subject).toBe('Zahlungsumstellung «Kasse» – 決済: Status update – 20 Nov 2026');
  });
});
