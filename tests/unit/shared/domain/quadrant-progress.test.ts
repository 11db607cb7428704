import { describe, expect, it } from 'vitest';
import { isAtTarget, progressRatio } from '../../../../shared/domain/progress.ts';
import { quadrantOf } from '../../../../shared/domain/quadrant.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

describe('influence/interest quadrant', () => {
  it('places the fixture people as the grid says', () => {
    const byId = Object.fromEntries(fixtureData().stakeholders.map((s) => [s.id, quadrantOf(s)]));
    expect(byId['s-cfo']).toBe('manage-closely');
    expect(quadrantOf({ influence: 'high', interest: 'medium' })).toBe('keep-satisfied');
    expect(quadrantOf({ influence: 'medium', interest: 'high' })).toBe('keep-informed');
    expect(quadrantOf({ influence: 'medium', interest: 'low' })).toBe('monitor');
  });
});

describe('key-result progress', () => {
  const krs = Object.fromEntries(
    fixtureData()
      .objectives.flatMap((o) => o.keyResults)
      .map((k) => [k.id, k]),
  );

  it('measures lower-is-better results toward a lower target', () => {
    // Fee rate 2.9 -> 2.4, now 2.84: 12% of the way.
    expect(progressRatio(krs['kr-fee']!)).toBeCloseTo(0.12, 5);
    expect(isAtTarget(krs['kr-fee']!)).toBe(false);
    expect(isAtTarget({ baseline: 2.9, target: 2.4, current: 2.3 })).toBe(true);
  });

  it('measures higher-is-better results and clamps overshoot', () => {
    expect(progressRatio(krs['kr-success']!)).toBeCloseTo(0.5, 5);
    expect(progressRatio({ baseline: 0, target: 100, current: 130 })).toBe(1);
    expect(progressRatio({ baseline: 0, target: 100, current: -5 })).toBe(0);
  });

  it('treats a target equal to its baseline as a level to hold', () => {
    expect(isAtTarget(krs['kr-sev1']!)).toBe(true);
    expect(isAtTarget({ baseline: 0, target: 0, current: 1 })).toBe(false);
  });
});
