import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { content, pageCounts, readDocxFiles, type ElementReading } from '../helpers/docx-reading.ts';
import { libreOfficeFailures, pythonDocxFailures } from '../helpers/office.ts';
import { FIXTURE, expect, test } from './fixtures.ts';
import { MeetingsPage } from './pages/meetings.ts';

const ICS = resolve(import.meta.dirname, '../fixtures/meetings-readiness-review.ics');
const MEETING = 'Q1 savings readiness review';
const DANA = 'Dana Whitfield';
const FEES = /^Expects "Fee savings start in Q1 FY27" — At risk/;
const FORECAST = /^We owe: Send the month-by-month fee savings forecast/;

/**
 * The fixture with each attendee's at-risk expectation moved last on the map, so that a document
 * listing them first proves the ordering, not the order they were typed in.
 */
function reorderedFixture(): string {
  const file = JSON.parse(readFileSync(FIXTURE, 'utf8')) as ProgramFile;
  for (const [person, expectation] of [
    ['s-cfo', 'e-cfo-fees'],
    ['s-sec', 'e-sec-pci'],
  ] as const) {
    const s = file.stakeholders.find((x) => x.id === person)!;
    const at = s.expectations.findIndex((e) => e.id === expectation);
    s.expectations.push(...s.expectations.splice(at, 1));
  }
  const path = join(mkdtempSync(join(tmpdir(), 'liaison-meet-fixture-')), 'program.json');
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

async function saved(path: string | null): Promise<ProgramFile> {
  return JSON.parse(await readFile(path as string, 'utf8')) as ProgramFile;
}

type Block = ElementReading;

/** The body of a .docx as python-docx reads it: paragraphs with their style, and tables. */
function docxBlocks(path: string): Block[] {
  return content(readDocxFiles([path])[0]!).body;
}

/**
 * The first row under "What they expect" in an attendee's part of the document (a Heading 2 under
 * the Heading 1 "Attendees", as Word's navigation pane shows it).
 */
function firstExpectationRow(blocks: Block[], attendeeHeading: string): string[] {
  const start = blocks.findIndex(
    (b) => b.kind === 'p' && b.style === 'Heading 2' && b.text === attendeeHeading,
  );
  expect(start, `no heading "${attendeeHeading}"`).toBeGreaterThanOrEqual(0);
  const expects = blocks.findIndex((b, i) => i > start && b.kind === 'p' && b.text === 'What they expect');
  const table = blocks.slice(expects).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  return table?.rows[1]?.cells.map((c) => c.text) ?? [];
}

test.describe('a meeting from an invitation to the exported checklist', () => {
  test.use({ programFile: reorderedFixture() });

  test('import, prepare, tick, reload, record the outcome, export', async ({ app }, testInfo) => {
    test.skip(app.mode !== 'browser', 'the output folder is typed in the browser mode');
    test.setTimeout(120_000);
    const meetings = new MeetingsPage(app.page);
    await meetings.open();

    // Import: two attendees are on the map (one written in another case), one is not.
    await meetings.importFile(ICS);
    const panel = meetings.importPanel();
    await expect(panel).toContainText('On the map: Dana Whitfield, Aisha Rahman');
    await expect(meetings.addToMap('noah.fischer@example.com')).toBeChecked();
    await expect(panel.getByLabel('Name for noah.fischer@example.com')).toHaveValue('Noah Fischer');
    await app.page.screenshot({ path: testInfo.outputPath('1-import-review.png'), fullPage: true });
    await meetings.confirmImport();
    await expect(meetings.detail().getByRole('heading', { name: MEETING })).toBeVisible();
    let file = await saved(app.programPath);
    const meeting = file.meetings.find((m) => m.title === MEETING)!;
    expect(meeting).toMatchObject({
      start: '2026-11-20T09:00',
      attendeeIds: ['s-cfo', 's-sec', 's-noah-fischer'],
    });
    expect(file.stakeholders.find((s) => s.id === 's-noah-fischer')).toMatchObject({
      name: 'Noah Fischer',
      email: 'noah.fischer@example.com',
      group: 'peer',
      influence: 'medium',
      interest: 'medium',
      stance: 'neutral',
      notes: '',
    });

    // Prepare, and tick two items.
    await meetings.prepare();
    await expect(app.page.getByRole('status').filter({ hasText: 'Prepared:' })).toBeVisible();
    file = await saved(app.programPath);
    const checklist = file.meetings.find((m) => m.id === meeting.id)?.checklist ?? [];
    expect(checklist.length).toBeGreaterThan(5);
    expect(checklist.filter((c) => c.done)).toEqual([]);
    // At-risk first: the CFO's first item is the at-risk expectation, though last on the map.
    await expect(meetings.attendeeGroup('Dana Whitfield').getByRole('checkbox').first()).toHaveAccessibleName(
      FEES,
    );
    await meetings.item(DANA, FEES).check();
    await meetings.item(DANA, FORECAST).check();
    await expect(meetings.progress()).toHaveText(`2 of ${checklist.length} items ticked`);
    await expect(async () => {
      const ticked = (await saved(app.programPath)).meetings.find((m) => m.id === meeting.id)?.checklist;
      expect(ticked?.filter((c) => c.done).map((c) => c.sourceId)).toEqual([
        'e-cfo-fees',
        'a-savings-forecast',
      ]);
    }).toPass();
    // Tall enough to show the whole checklist (the content pane scrolls inside the window).
    await app.page.setViewportSize({ width: 1360, height: 1500 });
    await app.page.screenshot({ path: testInfo.outputPath('2-prepared-checklist.png') });
    await app.page.setViewportSize({ width: 1360, height: 820 });

    // Reload the app: the ticks are still there.
    await app.page.reload();
    await meetings.open();
    await meetings.select(MEETING);
    await expect(meetings.item(DANA, FEES)).toBeChecked();
    await expect(meetings.item(DANA, FORECAST)).toBeChecked();
    await expect(meetings.item(DANA, /^Expects "No disruption/)).not.toBeChecked();
    await expect(meetings.progress()).toHaveText(`2 of ${checklist.length} items ticked`);

    // After the meeting.
    await meetings.tab('After the meeting');
    const dana = meetings.outcomeCard('Dana Whitfield');
    await dana.getByLabel('Summary for Dana Whitfield').fill('Worried the PCI slip delays Q1 savings.');
    await dana.getByLabel('Sentiment of Dana Whitfield').selectOption('concerned');
    const aisha = meetings.outcomeCard('Aisha Rahman');
    await aisha.getByLabel('Summary for Aisha Rahman').fill('Agreed to the December assessment slot.');
    await aisha.getByLabel('Sentiment of Aisha Rahman').selectOption('positive');
    await aisha.getByRole('button', { name: 'Add an action owed to Aisha Rahman' }).click();
    await aisha
      .getByLabel('Action 1 for Aisha Rahman', { exact: true })
      .fill('Send the PCI findings owner list');
    await aisha.getByLabel('Owner of action 1 for Aisha Rahman').selectOption({ label: 'Priya Nandakumar' });
    await aisha.getByLabel('Due date of action 1 for Aisha Rahman').fill('2026-11-27');
    await app.page.setViewportSize({ width: 1360, height: 1500 });
    await app.page.screenshot({ path: testInfo.outputPath('3-after-the-meeting.png') });
    await app.page.setViewportSize({ width: 1360, height: 820 });
    await app.page.getByRole('button', { name: 'Record outcome' }).click();
    await expect(app.page.getByRole('status').filter({ hasText: 'Recorded for 3 attendees' })).toBeVisible();
    await expect(app.page.getByRole('region', { name: 'Recorded for this meeting' })).toContainText(
      'Worried the PCI slip delays Q1 savings.',
    );
    file = await saved(app.programPath);
    for (const id of ['s-cfo', 's-sec', 's-noah-fischer']) {
      const person = file.stakeholders.find((s) => s.id === id)!;
      expect(person.lastUpdateAt).toBe('2026-11-20');
      expect(person.interactions.at(-1)).toMatchObject({ date: '2026-11-20', channel: 'meeting' });
    }
    expect(file.stakeholders.find((s) => s.id === 's-cfo')?.interactions.at(-1)?.sentiment).toBe('concerned');
    expect(file.actions.at(-1)).toMatchObject({
      title: 'Send the PCI findings owner list',
      ownerId: 's-em',
      due: '2026-11-27',
      status: 'open',
      owedToIds: ['s-sec'],
    });

    // Export the checklist as Word.
    await meetings.tab('Checklist');
    const out = join(app.dir, 'documents');
    await meetings.useOutputFolder(out);
    await expect(app.page.getByTestId('meeting-output-dir')).toHaveText(out);
    await app.page.getByRole('button', { name: 'Export as Word' }).click();
    await expect(app.page.getByTestId('generation-summary')).toHaveText('1 written.');
    const [name] = await readdir(out);
    expect(name).toBe(`2026-11-20 Checkout Payments Migration - ${MEETING} (meeting-checklist).docx`);
    const docx = join(out, name!);
    expect(pythonDocxFailures([docx])).toEqual([]);
    expect(libreOfficeFailures([docx])).toEqual([]);
    const blocks = docxBlocks(docx);
    // Ticked in the app above, so ticked in her part of the document too; Aisha's is still open.
    expect(firstExpectationRow(blocks, 'Dana Whitfield, Chief Financial Officer')[0]).toBe(
      '☑ Fee savings start in Q1 FY27',
    );
    expect(firstExpectationRow(blocks, 'Dana Whitfield, Chief Financial Officer')[1]).toMatch(/^At risk/);
    expect(firstExpectationRow(blocks, 'Aisha Rahman, Head of Security & Compliance')[0]).toBe(
      '☐ PCI DSS 4.0 attestation before any live traffic',
    );
    // The ticks travel with the document, and so does the new promise to Aisha.
    const text = blocks
      .map((b) => (b.kind === 'p' ? b.text : b.rows.flatMap((r) => r.cells.map((c) => c.text)).join(' ')))
      .join('\n');
    expect(text).toContain('☑ Dana Whitfield expects "Fee savings start in Q1 FY27"');
    expect(text).toContain('Send the PCI findings owner list');
    expect(text).toContain('Noah Fischer');
    expect((await saved(app.programPath)).reports.at(-1)).toMatchObject({ template: 'meeting-checklist' });

    // Pages of the document, to look at.
    const pdfDir = testInfo.outputPath('document');
    expect(pageCounts([docx], { pdfDir })[0]).toBeGreaterThan(0);
    const pdf = join(pdfDir, name!.replace(/\.docx$/, '.pdf'));
    spawnSync('pdftoppm', ['-png', '-r', '70', pdf, join(pdfDir, 'page')]);
  });
});

test('a meeting made in the app: attendees found by search, edited, and prepared again keeping the ticks', async ({
  app,
}, testInfo) => {
  const meetings = new MeetingsPage(app.page);
  const page = app.page;
  await meetings.open();
  await page.getByRole('button', { name: 'New meeting' }).click();
  await page.getByRole('button', { name: 'Add meeting' }).click();
  await expect(page.getByText('Give the meeting a title.')).toBeVisible();
  await page.getByLabel('Title').fill('Budget check-in');
  await page.getByLabel('Starts').fill('2026-11-27T14:00');
  const search = page.getByLabel('Add people from the map');
  await search.fill('financial');
  await page.screenshot({ path: testInfo.outputPath('new-meeting-form.png') });
  await page
    .getByRole('list', { name: 'Matching people' })
    .getByRole('button', { name: /Dana Whitfield/ })
    .click();
  await search.fill('security');
  await search.press('Enter');
  await expect(page.getByRole('list', { name: 'Chosen attendees' })).toHaveText(
    /Dana Whitfield.*Aisha Rahman/,
  );
  await page.getByLabel('Agenda, one item a line').fill('Forecast\nRisks');
  await page.getByRole('button', { name: 'Add meeting' }).click();
  await expect(meetings.detail().getByRole('heading', { name: 'Budget check-in' })).toBeVisible();
  let file = await saved(app.programPath);
  expect(file.meetings.at(-1)).toEqual({
    id: 'mt-budget-check-in',
    title: 'Budget check-in',
    start: '2026-11-27T14:00',
    attendeeIds: ['s-cfo', 's-sec'],
    agenda: ['Forecast', 'Risks'],
  });

  await meetings.prepare();
  await meetings.item(DANA, FEES).check();
  await meetings.item('Agenda', 'Forecast').check();
  await expect(meetings.progress()).toHaveText(/^2 of \d+ items ticked$/);

  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'Remove Aisha Rahman' }).click();
  await page.getByLabel('Agenda, one item a line').fill('Forecast\nBudget');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The record has changed since this checklist was prepared.')).toBeVisible();
  await meetings.prepare();
  await expect(page.getByRole('status').filter({ hasText: 'Prepared again' })).toHaveText(
    /^Prepared again: 1 new, 2 ticks kept, \d+ no longer apply and were removed\.$/,
  );
  await expect(meetings.item(DANA, FEES)).toBeChecked();
  await expect(meetings.item('Agenda', 'Forecast')).toBeChecked();
  await expect(meetings.item('Agenda', 'Budget')).not.toBeChecked();
  await expect(meetings.attendeeGroup('Aisha Rahman')).toHaveCount(0);
  file = await saved(app.programPath);
  const checklist = file.meetings.at(-1)?.checklist ?? [];
  expect(checklist.filter((c) => c.done).map((c) => c.id)).toEqual([
    'mt-budget-check-in:s-cfo:expectation:e-cfo-fees',
    'mt-budget-check-in:meeting:agenda:forecast',
  ]);
  expect(checklist.some((c) => c.text.includes('Aisha'))).toBe(false);
});

test('a pasted list of addresses: the user supplies the start and leaves an unknown person out', async ({
  app,
}) => {
  const meetings = new MeetingsPage(app.page);
  await meetings.open();
  await meetings.pasteInvitation(
    'Subject: Vendor sync\nTo: Dana Whitfield <DANA.WHITFIELD@example.com>, "Berg, Jonas" <jonas.berg@provider.example>',
  );
  const panel = meetings.importPanel();
  await expect(panel.getByLabel('Notes on the invitation')).toContainText('Enter the title and the start');
  await expect(panel.getByLabel('Title')).toHaveValue('Vendor sync');
  await expect(
    panel.getByRole('checkbox', { name: 'jonas.berg@provider.example is external' }),
  ).toBeChecked();
  await meetings.confirmImport();
  await expect(panel.getByRole('alert')).toHaveText('The meeting needs a start (date and time).');
  await panel.getByLabel('Starts').fill('2026-11-26T16:30');
  await meetings.addToMap('jonas.berg@provider.example').uncheck();
  await meetings.confirmImport();
  await expect(meetings.detail().getByRole('heading', { name: 'Vendor sync' })).toBeVisible();
  const file = await saved(app.programPath);
  expect(file.meetings.at(-1)).toMatchObject({ start: '2026-11-26T16:30', attendeeIds: ['s-cfo'] });
  expect(file.stakeholders.some((s) => s.email === 'jonas.berg@provider.example')).toBe(false);
});

test('a file that is not a calendar is refused with the reason, and nothing changes', async ({ app }) => {
  const meetings = new MeetingsPage(app.page);
  const before = await readFile(app.programPath as string, 'utf8');
  await meetings.open();
  await meetings.importFile(resolve(import.meta.dirname, '../fixtures/meetings-broken.ics'));
  await expect(meetings.importPanel().getByRole('alert')).toHaveText(
    'meetings-broken.ics: This is not a calendar file ical.js can read: a line that is not NAME:value on line 6.',
  );
  await expect(app.page.getByRole('button', { name: 'Import meeting' })).toHaveCount(0);
  expect(await readFile(app.programPath as string, 'utf8')).toBe(before);
});

test('the checklist copied as text, ticks and all, without anyone’s private notes', async ({ app }) => {
  test.skip(app.mode !== 'browser', 'reading the clipboard needs the browser context’s permission');
  const meetings = new MeetingsPage(app.page);
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await meetings.open();
  await meetings.select('Monthly steering committee');
  await meetings.prepare();
  await meetings.item(DANA, FEES).check();
  await expect(meetings.progress()).toHaveText(/^1 of \d+ items ticked$/);
  await app.page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(app.page.getByText('The checklist is on the clipboard as text.')).toBeVisible();
  const text = await app.page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Monthly steering committee');
  // Her part of the checklist, under its own heading.
  expect(text).toMatch(/Dana Whitfield, Chief Financial Officer\s+What they expect/);
  expect(text).toContain('☑ Dana Whitfield expects "Fee savings start in Q1 FY27"');
  // Private notes never leave the app, not even through the clipboard.
  expect(text).not.toContain('Prefers numbers over adjectives');
  expect(text).not.toContain('rushed audit');
});

test('no outcome can be recorded before the meeting has happened', async ({ app }) => {
  const meetings = new MeetingsPage(app.page);
  await meetings.open();
  await meetings.select('Monthly steering committee');
  await meetings.tab('After the meeting');
  await expect(meetings.detail()).toContainText(
    'Record what happened once the meeting has taken place, from 24 Nov 2026.',
  );
  await expect(app.page.getByRole('button', { name: 'Record outcome' })).toHaveCount(0);
});
