/** The influence/interest grid of data-model.md. */
import type { Level } from '../schema/program.ts';

export const QUADRANTS = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  'manage-closely': 'Manage closely',
  'keep-satisfied': 'Keep satisfied',
  'keep-informed': 'Keep informed',
  monitor: 'Monitor',
};

/** High influence and high interest: manage closely; "lower" means medium or low. */
export function quadrantOf(p: { influence: Level; interest: Level }): Quadrant {
  const influential = p.influence === 'high';
  const interested = p.interest === 'high';
  if (influential && interested) return 'manage-closely';
  if (influential) return 'keep-satisfied';
  if (interested) return 'keep-informed';
  return 'monitor';
}
