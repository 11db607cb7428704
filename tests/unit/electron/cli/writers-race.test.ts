import { describe, expect, it } from 'vitest';
import { writersRace } from '../../../helpers/writers-race.ts';

// npm run soak runs 200 rounds; here a few, to keep the suite quick.
const ROUNDS = Number(process.env.LIAISON_RACE_ROUNDS ?? 20);

describe('two command-line writers and the browser-mode server on one file', () => {
  it(`loses no update and breaks no file in ${ROUNDS} rounds; every refused write says why`, async () => {
    const figures = await writersRace({ rounds: ROUNDS });
    expect(figures.failures).toEqual([]);
    expect(figures.rounds).toBe(ROUNDS);
    expect(figures.lost).toBe(0);
    expect(figures.broken).toBe(0);
    expect(figures.silent).toBe(0);
    console.log(
      `writers race: ${ROUNDS} rounds in ${(figures.ms / 1000).toFixed(1)} s, refused ${figures.refused.length}`,
    );
    for (const line of figures.refused) console.log(`  refused: ${line}`);
  }, 600_000);
});
