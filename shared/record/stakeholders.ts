/** A new person on the map, wherever they come from (the table, a CSV, an invitation). */
import type { Stakeholder } from '../schema/program.ts';

/**
 * Neutral defaults the user refines on the map: a peer, medium influence and interest, neutral
 * stance, a monthly status update (a partner update if external) in business language, no notes.
 */
export function newStakeholder(
  id: string,
  person: { name: string; email?: string; external?: boolean },
): Stakeholder {
  return {
    id,
    name: person.name.trim(),
    title: '',
    organization: '',
    email: person.email ?? '',
    group: 'peer',
    influence: 'medium',
    interest: 'medium',
    stance: 'neutral',
    ...(person.external ? { external: true } : {}),
    preferences: {
      template: person.external ? 'partner-update' : 'status-update',
      language: 'business',
      detail: 'summary',
      channel: 'email',
      cadence: 'monthly',
      topics: [],
    },
    expectations: [],
    interactions: [],
    notes: '',
  };
}
