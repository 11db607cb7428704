/**
 * The invitation import (issue 17): one event with 10,000 and with 50,000 attendees, read, matched
 * to the map and applied, all unknown attendees added. Target: 50,000 takes at most 7 times as long
 * as 10,000 (linear is 5).
 */
import { applyImport, planImport } from '../shared/meetings/import.ts';
import { parseInvitation } from '../shared/meetings/invitation.ts';
import { fixtureData, FIXTURE_TODAY } from '../tests/helpers/fixture.ts';
import { largeInvitation } from '../tests/helpers/large-invitation.ts';
import { figureOf, printFigures, type Figure } from './measure.ts';

const RUNS = 7;

export function benchInvitations(): void {
  const file = fixtureData();
  const options = { timeZone: 'Europe/Madrid', today: FIXTURE_TODAY };
  const importAll = (text: string) => () => {
    const parsed = parseInvitation(text, options);
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    const plan = planImport(file, parsed.value.drafts);
    return applyImport(file, plan, plan.newPeople);
  };
  const sizes = [10_000, 50_000].map((attendees) => {
    const text = largeInvitation(attendees);
    const name = `${attendees.toLocaleString('en-GB')} attendees (${(text.length / 1024 / 1024).toFixed(1)} MB)`;
    return { name, step: importAll(text), times: [] as number[] };
  });
  // Interleaved runs, so a busy machine slows both sizes alike and the ratio stays fair.
  for (const size of sizes) size.step();
  for (let i = 0; i < RUNS; i++)
    for (const size of sizes) {
      const start = performance.now();
      size.step();
      size.times.push(performance.now() - start);
    }
  const [small, large] = sizes.map(({ name, times }) => figureOf(name, times)) as [Figure, Figure];
  printFigures('Invitation import (parse + match + apply, every attendee added)', [small, large]);
  const ratio = large.medianMs / small.medianMs;
  console.log(`  50,000 / 10,000: ${ratio.toFixed(2)}× (target ≤ 7; linear is 5)`);
}
