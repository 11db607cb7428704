import { describe, expect, it } from 'vitest';
import { planEmailCapture } from '../../../../shared/email/capture.ts';
import { dayOfDateHeader, firstLines, type EmailMessage } from '../../../../shared/email/message.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

/** The fixture as the app holds it: validated, so every log is there (if empty). */
function program() {
  const result = validateProgramFile(fixtureData());
  if (!result.ok) throw new Error('the fixture is not valid');
  return result.file;
}

const message = (over: Partial<EmailMessage> = {}): EmailMessage => ({
  source: 'a.eml',
  messageId: 'm-1@x',
  date: '2026-12-01',
  subject: 'Audit slot',
  from: [{ name: 'Jordan Blake', email: 'jordan.blake@vendor.example' }],
  to: [{ name: '', email: 'AISHA.rahman@example.com' }],
  cc: [],
  firstLines: 'We can do the 14th.',
  ...over,
});

describe('reading a message', () => {
  it('keeps the first lines, leaving out quotes, the reply header and the signature', () => {
    const text =
      'Hi,\n\nYes, the 14th works.\nOn Mon, 30 Nov 2026, Sam wrote:\n> old text\n-- \nJ. Blake\n+1 555';
    expect(firstLines(text)).toBe('Hi, Yes, the 14th works.');
    expect(firstLines('x'.repeat(400)).length).toBe(300);
  });

  it('takes the day as the sender wrote it', () => {
    expect(dayOfDateHeader('Tue, 1 Dec 2026 23:50:00 -0800')).toBe('2026-12-01');
    expect(dayOfDateHeader('2 Dec 26 09:00 +0000')).toBe('2026-12-02');
    expect(dayOfDateHeader('someday')).toBeNull();
  });
});

describe('logging emails', () => {
  it('logs a message for the people on the map only, and lists the others', () => {
    const plan = planEmailCapture(program(), [message()]);
    expect(plan.added).toEqual([
      {
        source: 'a.eml',
        subject: 'Audit slot',
        date: '2026-12-01',
        people: [{ id: 's-sec', name: 'Aisha Rahman' }],
      },
    ]);
    expect(plan.unknown).toEqual([{ name: 'Jordan Blake', email: 'jordan.blake@vendor.example' }]);
    expect(plan.file.stakeholders.find((s) => s.id === 's-sec')?.interactions.at(-1)).toMatchObject({
      summary: 'Audit slot: We can do the 14th.',
      sentiment: 'neutral',
      messageId: 'm-1@x',
    });
  });

  it('adds the unknown people the user chose, with the message in their log too', () => {
    const plan = planEmailCapture(
      program(),
      [message()],
      [{ name: 'Jordan Blake', email: 'jordan.blake@vendor.example' }],
    );
    expect(plan.addedPeople).toEqual([
      { id: 's-jordan-blake', name: 'Jordan Blake', email: 'jordan.blake@vendor.example' },
    ]);
    expect(plan.unknown).toEqual([]);
    expect(plan.added[0]?.people.map((p) => p.id)).toEqual(['s-jordan-blake', 's-sec']);
    expect(validateProgramFile(plan.file).ok).toBe(true);
  });

  it('gives a message without a Message-ID a key of its own, so it is still added once', () => {
    const once = planEmailCapture(program(), [message({ messageId: null })]).file;
    const twice = planEmailCapture(once, [message({ messageId: null })]);
    expect(twice.added).toEqual([]);
    expect(twice.duplicates).toEqual([{ source: 'a.eml', subject: 'Audit slot' }]);
  });

  it('refuses a message without a usable date', () => {
    const plan = planEmailCapture(program(), [message({ date: null })]);
    expect(plan.problems).toEqual([
      { source: 'a.eml', message: 'a.eml has no Date header Liaison can read.' },
    ]);
    expect(plan.added).toEqual([]);
  });
});
