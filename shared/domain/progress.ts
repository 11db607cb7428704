/** Key results and metrics: how far from baseline to target, and whether the target is reached. */

interface Measured {
  baseline: number;
  target: number;
  current: number;
}

/**
 * True when `current` has reached `target` in the direction from `baseline`: lower is better when
 * target < baseline. With target equal to baseline the target is a level to hold: reached while
 * current equals it.
 */
export function isAtTarget({ baseline, target, current }: Measured): boolean {
  if (target > baseline) return current >= target;
  if (target < baseline) return current <= target;
  return current === target;
}

/** Share of the way from baseline to target, clamped to 0..1 (1 when at target). */
export function progressRatio(m: Measured): number {
  if (isAtTarget(m)) return 1;
  const span = m.target - m.baseline;
  if (span === 0) return 0;
  return Math.min(1, Math.max(0, (m.current - m.baseline) / span));
}
