/**
 * The spec's realistic program file, kept in the project (tests/fixtures, the same content as
 * ../shared/fixtures/payments-migration.json), and copies to mutate.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProgramFile } from '../../shared/schema/program.ts';

export const FIXTURE_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../fixtures/payments-migration.json',
);

/** The day the fixture is written for. */
export const FIXTURE_TODAY = '2026-11-20';

const text = readFileSync(FIXTURE_PATH, 'utf8');

/** A fresh deep copy of the fixture, as parsed JSON (not yet validated). */
export function fixtureData(): ProgramFile {
  return JSON.parse(text) as ProgramFile;
}

export function fixtureText(): string {
  return text;
}

/** The fixture with a dangling owner, a reversed window and a duplicate id, as file text. */
export function brokenProgramText(): string {
  const data = fixtureData();
  data.milestones[0]!.ownerId = 's-ghost';
  data.milestones[2]!.window.latest = '2026-11-01';
  data.risks[1]!.id = 'm-pci';
  return JSON.stringify(data, null, 2);
}

/** The fixture with six more critical-path milestones (10 to 15 Mar 2027) and four more open risks. */
export function crowdedFixture(): ProgramFile {
  const file = fixtureData();
  const base = file.milestones.find((x) => x.id === 'm-cutover')!;
  for (let i = 0; i < 6; i++)
    file.milestones.push({
      ...base,
      id: `m-more-${i}`,
      title: `Regional rollout phase ${i + 1}`,
      window: { earliest: `2027-03-1${i}`, likely: `2027-03-1${i}`, latest: `2027-03-2${i}` },
    });
  for (let i = 0; i < 4; i++)
    file.risks.push({ ...file.risks[1]!, id: `r-more-${i}`, title: `Further risk ${i + 1}` });
  return file;
}
