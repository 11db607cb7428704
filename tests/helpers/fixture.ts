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
