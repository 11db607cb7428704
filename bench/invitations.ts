/**
 * The invitation import (issue 17): one event with 10,000 and with 50,000 attendees, read, matched
 * to the map and applied, all unknown attendees added. Target: 50,000 takes at most 7 times as long
 * as 10,000 (linear is 5).
 */
import { applyImport, planImport } from '../shared/meetings/import.ts';
import { parseInvitation } from '../shared/meetings/invitation.ts';
import { fixtureData, FIXTURE_TODAY } from '../tests/helpers/fixture.ts';
import { largeInvitation } from '../tests/helpers/large-invitation.ts';
import { measure, printFigures } from './measure.ts';

export async function benchInvitations(): Promise<void> {
  const file = fixtureData();
  const options = { timeZone: 'Europe/Madrid', today: FIXTURE_TODAY };
  const importAll = (text: string) => () => {
    const parsed = parseInvitation(text, options);
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    const plan = planImport(file, parsed.value.drafts);
    return applyImport(file, plan, plan.newPeople);
  };
  const run = (attendees: number) => {
    const text = largeInvitation(attendees);
    const label = `${attendees.toLocaleString('en-GB')} attendees (${(text.length / 1024 / 1024).toFixed(1)} MB)`;
    return measure(label, 5, importAll(text));
  };
  const small = await run(10_000);
  const large = await run(50_000);
  printFigures('Invitation import (parse + match + apply, every attendee added)', [small, large]);
  const ratio = large.medianMs / small.medianMs;
  console.log(`  50,000 / 10,000: ${ratio.toFixed(2)}× (target ≤ 7; linear is 5)`);
}
