/**
 * Version 2 (data-model.md, "Version 2"): milestones may depend on dependencies, expectations may
 * link metrics and the budget, tracked items carry `externalKey` and `source`, interactions carry
 * `messageId` and `subject`, and the file gains `communications[]`. Every addition is optional, so
 * a version 1 file is already a valid version 2 file: the migration only moves the version (which
 * `migrate` sets) and gives the file its empty list of planned communications.
 */
import type { Migration } from './index.ts';

export const linksTrackersCommunications: Migration = {
  from: 1,
  name: '0002-links-trackers-communications',
  up: (data) => (Array.isArray(data.communications) ? data : { ...data, communications: [] }),
};
