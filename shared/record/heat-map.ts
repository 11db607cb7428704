/** The 5 × 5 risk heat map: how many risks sit at each likelihood and impact. */
import type { Risk } from '../schema/program.ts';

/** Closed risks are off the map: it shows what can still hurt (open, mitigating, occurred). */
export function onHeatMap(r: Pick<Risk, 'status'>): boolean {
  return r.status !== 'closed';
}

/** counts[likelihood - 1][impact - 1]: the risks on the map at that cell. */
export function heatMapCounts(risks: readonly Risk[]): number[][] {
  const counts = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const r of risks) {
    const row = counts[r.likelihood - 1];
    if (onHeatMap(r) && row && r.impact >= 1 && r.impact <= 5)
      row[r.impact - 1] = (row[r.impact - 1] ?? 0) + 1;
  }
  return counts;
}

export type Band = 'high' | 'medium' | 'low';

/** A score's band: 12 and up is high (what at-risk standing counts), 5 to 10 medium, up to 4 low. */
export function scoreBand(score: number): Band {
  if (score >= 12) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}
