/**
 * The program record editor, end to end: every edit goes through the real handlers and store, and
 * after each step the program file on disk holds the change.
 */
import { readFile } from 'node:fs/promises';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { expect, test, useGeneratedProgram } from './fixtures.ts';
import { ProgramPage } from './pages/program.ts';

async function saved(path: string | null): Promise<ProgramFile> {
  return JSON.parse(await readFile(path as string, 'utf8')) as ProgramFile;
}

/** Waits until the file on disk satisfies `check` (saves are asynchronous), then returns it. */
async function onDisk(path: string | null, check: (file: ProgramFile) => boolean): Promise<ProgramFile> {
  await expect.poll(async () => check(await saved(path)), { timeout: 5_000 }).toBe(true);
  return saved(path);
}

const byId = <T extends { id: string }>(list: T[], id: string): T | undefined =>
  list.find((x) => x.id === id);

test('create a milestone, refuse a dependency cycle by name, slip a committed date', async ({
  app,
}, testInfo) => {
  const program = new ProgramPage(app.page);
  await program.open('Milestones');
  await expect(program.timeline().locator('[data-milestone]')).toHaveCount(8);

  // Create a milestone: it opens in its form, is on the timeline, and is in the file.
  const form = await program.add('milestone', 'EU data residency sign-off');
  await expect(form).toContainText('EU data residency sign-off');
  await expect(program.timeline().locator('[data-milestone="m-eu-data-residency-sign-off"]')).toBeVisible();
  let file = await onDisk(app.programPath, (f) => f.milestones.length === 9);
  expect(byId(file.milestones, 'm-eu-data-residency-sign-off')).toMatchObject({
    title: 'EU data residency sign-off',
    status: 'planned',
    window: { earliest: '2026-12-04', likely: '2026-12-18', latest: '2027-01-01' },
  });

  // A dependency that would close a cycle is refused, naming every milestone in it.
  await program.select('Milestones', 'PCI DSS 4.0 assessment passed');
  await program
    .detail()
    .getByLabel('Add a dependency')
    .selectOption({ label: '10% of live traffic on the new provider' });
  await expect(program.detail().getByRole('alert')).toHaveText(
    '"PCI DSS 4.0 assessment passed" cannot depend on "10% of live traffic on the new provider": ' +
      '"10% of live traffic on the new provider" already depends on it, so this would make a dependency cycle: ' +
      'PCI DSS 4.0 assessment passed → 10% of live traffic on the new provider → PCI DSS 4.0 assessment passed.',
  );
  await program.detail().screenshot({ path: testInfo.outputPath('cycle-refused.png') });
  expect(byId((await saved(app.programPath)).milestones, 'm-pci')?.dependsOn).toEqual(['m-sandbox']);
  // An allowed one is added and saved.
  await program.detail().getByLabel('Add a dependency').selectOption({ label: 'Holiday code freeze ends' });
  file = await onDisk(app.programPath, (f) => byId(f.milestones, 'm-pci')?.dependsOn.length === 2);
  expect(byId(file.milestones, 'm-pci')?.dependsOn).toEqual(['m-sandbox', 'm-freeze-end']);

  // Dates out of order are refused at the field; nothing is sent.
  await program.select('Milestones', 'Shadow traffic at 1%');
  const dates = program.detail().getByRole('group', { name: 'Dates' });
  await dates.getByLabel('Latest').fill('2026-12-10');
  await dates.getByRole('button', { name: 'Apply dates' }).click();
  await expect(dates.getByRole('alert')).toHaveText('Latest (10 Dec 2026) is before likely (15 Dec 2026).');
  expect(byId((await saved(app.programPath)).milestones, 'm-shadow')?.window.latest).toBe('2026-12-22');

  // Slipping a committed likely date asks why, then keeps the old date as the baseline.
  await dates.getByLabel('Latest').fill('2027-01-08');
  await dates.getByLabel('Likely').fill('2026-12-29');
  await dates.getByRole('button', { name: 'Apply dates' }).click();
  const ask = app.page.getByRole('dialog', { name: 'Why did the date move?' });
  await expect(ask).toContainText('was committed for 15 Dec 2026');
  await program.detail().screenshot({ path: testInfo.outputPath('slip-asks-why.png') });
  await expect(ask.getByRole('button', { name: 'Save the new date' })).toBeDisabled();
  await ask.getByLabel('Reason the date moved').fill('The harness needs a second region first.');
  await ask.getByRole('button', { name: 'Save the new date' }).click();
  file = await onDisk(app.programPath, (f) => byId(f.milestones, 'm-shadow')?.window.likely === '2026-12-29');
  expect(byId(file.milestones, 'm-shadow')).toMatchObject({
    window: { earliest: '2026-12-08', likely: '2026-12-29', latest: '2027-01-08' },
    baseline: '2026-12-15',
    changeReason: 'The harness needs a second region first.',
  });
  await expect(program.detail().getByTestId('committed-note')).toHaveText(
    'Committed 15 Dec 2026 · likely now 29 Dec 2026, 14 days later',
  );
  await expect(program.row('Milestones', 'Shadow traffic at 1%')).toContainText('was 15 Dec 2026');

  // A second move asks nothing more and never moves the baseline.
  await dates.getByLabel('Likely').fill('2027-01-04');
  await dates.getByRole('button', { name: 'Apply dates' }).click();
  await expect(ask).toHaveCount(0);
  file = await onDisk(app.programPath, (f) => byId(f.milestones, 'm-shadow')?.window.likely === '2027-01-04');
  expect(byId(file.milestones, 'm-shadow')).toMatchObject({
    baseline: '2026-12-15',
    changeReason: 'The harness needs a second region first.',
  });
  await program.timeline().screenshot({ path: testInfo.outputPath('timeline-after-slip.png') });
});

test('add a risk, find it on the heat map, filter by a cell, edit it in the table', async ({
  app,
}, testInfo) => {
  const program = new ProgramPage(app.page);
  await program.open('Risks');
  await expect(program.heatCell(4, 5)).toHaveText('1');

  const form = await program.add('risk', 'Provider deprecates the v1 refunds API');
  await form.getByLabel('Likelihood (1-5)').selectOption('4');
  await form.getByLabel('Impact (1-5)').selectOption('5');
  await form.getByLabel('Mitigation').fill('Move refunds to v2 before March.');
  await form.getByLabel('Mitigation').blur();
  // Topics are tags; the input suggests those already used in the file.
  const topic = form.getByLabel('Topics');
  await expect(form.locator('datalist option[value="reliability"]')).toHaveCount(1);
  await topic.fill('Refunds');
  await topic.press('Enter');
  await expect(form.getByRole('button', { name: 'Remove topic refunds' })).toBeVisible();
  const file = await onDisk(
    app.programPath,
    (f) => byId(f.risks, 'r-provider-deprecates-the-v1')?.topics.length === 1,
  );
  expect(byId(file.risks, 'r-provider-deprecates-the-v1')).toMatchObject({
    title: 'Provider deprecates the v1 refunds API',
    likelihood: 4,
    impact: 5,
    status: 'open',
    mitigation: 'Move refunds to v2 before March.',
    topics: ['refunds'],
  });
  // The new risk has no business phrasing yet: it is marked, and the honest panel says so.
  await expect(program.row('Risks', 'Provider deprecates the v1 refunds API')).toContainText(
    'no business text',
  );
  await expect(program.honestPanel()).toContainText('risk "Provider deprecates the v1 refunds API"');

  await expect(program.heatCell(4, 5)).toHaveText('2');
  await program.heatCell(4, 5).click();
  await expect(app.page.getByTestId('row-count')).toHaveText('2 of 2');
  await app.page.screenshot({ path: testInfo.outputPath('risks-filtered.png') });
  await app.page.getByRole('button', { name: 'Show all risks' }).click();
  await expect(app.page.getByTestId('row-count')).toHaveText('7 of 7');

  // Inline: the status of a risk, edited in the table.
  const row = program.row('Risks', 'Settlement reconciliation mismatches');
  await program.editCell('Risks', 'Settlement reconciliation mismatches', 'status');
  await row.getByLabel('Status of Settlement reconciliation mismatches').selectOption('closed');
  await onDisk(app.programPath, (f) => byId(f.risks, 'r-recon')?.status === 'closed');
  await expect(program.heatCell(3, 4)).toHaveText('');
});

test('record a decision outcome, undo it, and redo it', async ({ app }) => {
  const program = new ProgramPage(app.page);
  await program.open('Decisions');
  const form = await program.select(
    'Decisions',
    'How long do we keep the legacy gateway as a fallback after cutover?',
  );
  await form.getByLabel(/^Outcome/).selectOption({ label: 'Keep it 90 days' });
  await form.getByRole('button', { name: 'Record outcome' }).click();
  await expect(form.getByTestId('decision-outcome')).toContainText('Decided: Keep it 90 days');
  let file = await onDisk(app.programPath, (f) => byId(f.decisions, 'd-fallback')?.status === 'decided');
  expect(byId(file.decisions, 'd-fallback')).toMatchObject({
    status: 'decided',
    outcome: 'opt-90',
    recommendation: 'opt-30',
  });
  await expect(
    program.row('Decisions', 'How long do we keep the legacy gateway as a fallback after cutover?'),
  ).toContainText('Keep it 90 days');

  await app.page.getByRole('button', { name: /^Undo edit decision outcome/ }).click();
  file = await onDisk(app.programPath, (f) => byId(f.decisions, 'd-fallback')?.status === 'open');
  expect(byId(file.decisions, 'd-fallback')?.outcome).toBe('');
  await app.page.getByRole('button', { name: /^Redo edit decision outcome/ }).click();
  await onDisk(app.programPath, (f) => byId(f.decisions, 'd-fallback')?.outcome === 'opt-90');
});

test('the honest-status panel flags a green program with a troubled critical path and links to the milestone', async ({
  app,
}, testInfo) => {
  const program = new ProgramPage(app.page);
  await program.open('Program');
  await expect(program.honestPanel()).toContainText('nothing to flag');
  await app.page.getByLabel('Red / amber / green').selectOption('green');
  await onDisk(app.programPath, (f) => f.program.status.rag === 'green');
  await expect(program.honestPanel()).toContainText(
    'The program is green, but critical-path milestone "PCI DSS 4.0 assessment passed" is at-risk.',
  );
  await app.page.screenshot({ path: testInfo.outputPath('honest-status.png') });
  await program.honestPanel().getByRole('button', { name: 'Go to it' }).click();
  await expect(app.page.getByRole('region', { name: 'Milestones' })).toBeVisible();
  await expect(program.detail()).toContainText('PCI DSS 4.0 assessment passed');
  await expect(program.detail()).toBeInViewport();
});

test('fields refuse bad input at the field, before anything is sent', async ({ app }) => {
  const program = new ProgramPage(app.page);
  await program.open('Program');
  const before = await readFile(app.programPath as string, 'utf8');
  await app.page.getByLabel('Period end').fill('2026-11-01');
  await app.page.getByLabel('Period end').blur();
  await expect(app.page.getByRole('alert')).toHaveText(
    'The period ends (1 Nov 2026) before it starts (9 Nov 2026).',
  );
  await app.page.getByLabel('Planned').fill('1.2m');
  await app.page.getByLabel('Planned').blur();
  await expect(app.page.getByText('Planned: "1.2m" is not a number.')).toBeVisible();
  expect(await readFile(app.programPath as string, 'utf8')).toBe(before);
  await app.page.getByLabel('Planned').fill('1,300,000');
  await app.page.getByLabel('Planned').blur();
  await onDisk(app.programPath, (f) => f.program.budget.planned === 1_300_000);

  // In a table too: the message is at the cell, and nothing is sent until the value is a number.
  await program.open('Metrics');
  const row = program.row('Metrics', 'p95 authorization latency');
  await program.cell('Metrics', 'p95 authorization latency', 'baseline').dblclick();
  await row.getByLabel('Baseline of p95 authorization latency').fill('fast');
  await row.getByLabel('Baseline of p95 authorization latency').press('Enter');
  await expect(app.page.getByRole('alert')).toHaveText('Baseline: "fast" is not a number.');
  expect(byId((await saved(app.programPath)).metrics, 'met-latency')?.baseline).toBe(820);
  await row.getByLabel('Baseline of p95 authorization latency').fill('850');
  await row.getByLabel('Baseline of p95 authorization latency').press('Enter');
  await onDisk(app.programPath, (f) => byId(f.metrics, 'met-latency')?.baseline === 850);
});

test('an empty cell edits with the mouse like any other', async ({ app }) => {
  const program = new ProgramPage(app.page);
  await program.open('Metrics');
  await program.add('metric', 'Refund latency');
  const unit = program.cell('Metrics', 'Refund latency', 'unit');
  await expect(unit).toHaveText('');
  // Not 0 px tall: the whole cell is the target.
  expect((await unit.boundingBox())?.height).toBeGreaterThan(20);
  await program.editCell('Metrics', 'Refund latency', 'unit');
  await unit.getByLabel('Unit of Refund latency').fill('ms');
  await unit.getByLabel('Unit of Refund latency').press('Enter');
  await expect(unit).toHaveText('ms');
  const file = await onDisk(app.programPath, (f) => f.metrics.some((m) => m.unit === 'ms'));
  expect(file.metrics.find((m) => m.title === 'Refund latency')?.unit).toBe('ms');
});

test('deleting a milestone says what links to it, and removes those links with it', async ({ app }) => {
  const program = new ProgramPage(app.page);
  await program.open('Milestones');
  const form = await program.select('Milestones', 'Holiday code freeze ends');
  await form.getByRole('button', { name: 'Delete milestone' }).click();
  const confirm = form.getByRole('alertdialog', { name: 'Delete milestone?' });
  await expect(confirm).toContainText('milestone "10% of live traffic on the new provider" depends on it');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  const file = await onDisk(app.programPath, (f) => f.milestones.length === 7);
  expect(byId(file.milestones, 'm-freeze-end')).toBeUndefined();
  expect(byId(file.milestones, 'm-live10')?.dependsOn).toEqual(['m-pci', 'm-shadow']);
  await expect(program.detail()).toHaveCount(0);
  await expect(program.timeline().locator('[data-milestone]')).toHaveCount(7);
});

test('each editor shows the fixture (with a screenshot of each)', async ({ app }, testInfo) => {
  const program = new ProgramPage(app.page);
  await program.open('Program');
  await expect(app.page.getByTestId('program-name')).toHaveText('Checkout Payments Migration');
  await app.page.screenshot({ path: testInfo.outputPath('overview.png') });
  await program.open('Milestones');
  await expect(program.timeline().locator('[data-milestone]')).toHaveCount(8);
  await program.timeline().screenshot({ path: testInfo.outputPath('timeline.png') });
  await program.select('Milestones', 'PCI DSS 4.0 assessment passed');
  await expect(program.detail()).toContainText('PCI DSS 4.0 assessment passed');
  await program.detail().screenshot({ path: testInfo.outputPath('milestone-form.png') });
  await program.open('Risks');
  await expect(program.heatCell(1, 1)).toBeVisible();
  await program.heatMap().screenshot({ path: testInfo.outputPath('heat-map.png') });
  await expect(app.page.getByTestId('row-count')).toHaveText('6 of 6');
  await app.page.screenshot({ path: testInfo.outputPath('risks.png') });
  await program.select('Risks', 'Settlement reconciliation mismatches');
  await expect(program.detail()).toContainText('Settlement reconciliation mismatches');
  await program.detail().screenshot({ path: testInfo.outputPath('risk-form.png') });
  const decision = 'How long do we keep the legacy gateway as a fallback after cutover?';
  await program.open('Decisions');
  await program.select('Decisions', decision);
  await expect(program.detail()).toContainText(decision);
  await program.detail().screenshot({ path: testInfo.outputPath('decision-form.png') });
  const firstOf = {
    Objectives: 'Lower the cost of accepting card payments',
    Dependencies: 'Rounding-aware reconciliation job',
    Wins: 'Sandbox integration finished a week early',
    Metrics: 'Checkout payment success rate',
    Actions: 'Send the vault design to the assessor for pre-review',
  } as const;
  for (const [section, title] of Object.entries(firstOf) as Array<[keyof typeof firstOf, string]>) {
    await program.open(section);
    // An objective's title is the value of its field; the others are table cells.
    const shown =
      section === 'Objectives'
        ? app.page.getByLabel(`Objective ${title}`)
        : app.page.getByText(title, { exact: true }).first();
    await expect(shown, section).toBeVisible();
    await app.page.screenshot({ path: testInfo.outputPath(`${section.toLowerCase()}.png`) });
  }
});

test.describe('with a large program (1,000 people, 5,000 items)', () => {
  useGeneratedProgram('program-large', 1000, 5000);

  // How fast is for `npm run bench` (bench/browser/program.ts); this checks what a user would see.
  test('the sections open and edit, drawing only the rows in view', async ({ app }, testInfo) => {
    const program = new ProgramPage(app.page);
    await expect(app.page.getByTestId('program-name')).toContainText('Generated program');
    await program.open('Milestones');
    await expect(app.page.getByTestId('row-count')).toHaveText('1000 of 1000');
    expect(await program.table('Milestones').locator('[role=rowgroup] [role=row]').count()).toBeLessThan(60);
    expect(await program.timeline().locator('[data-milestone]').count()).toBeLessThan(60);
    await program.select('Milestones', 'Milestone 0');
    await expect(program.detail()).toContainText('Milestone 0');
    const row = program.row('Milestones', 'Milestone 0');
    await program.editCell('Milestones', 'Milestone 0', 'status');
    const current = await row.getByLabel('Status of Milestone 0').inputValue();
    const next = current === 'late' ? 'done' : 'late';
    await row.getByLabel('Status of Milestone 0').selectOption(next);
    // Shown once main has validated and saved the 5,000-item file.
    await expect(program.cell('Milestones', 'Milestone 0', 'status')).toHaveText(next);
    await onDisk(app.programPath, (f) => byId(f.milestones, 'm-0')?.status === next);
    await program.open('Risks');
    await expect(app.page.getByTestId('row-count')).toHaveText('1000 of 1000');
    await expect(program.heatMap()).toBeVisible();
    await app.page.screenshot({ path: testInfo.outputPath('large-risks.png') });
  });
});
