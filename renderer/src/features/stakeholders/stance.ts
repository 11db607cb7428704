/** The colours of the five stances, shared by the grid, its legend and the detail panel. */
import type { Stance } from '../../../../shared/schema/program.ts';

export const STANCE_COLOURS: Record<Stance, string> = {
  champion: '#1e7d4f',
  supporter: '#64b386',
  neutral: '#8a94a3',
  skeptic: '#d08a12',
  blocker: '#b3261e',
};
