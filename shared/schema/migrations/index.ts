/**
 * Numbered, pure migrations of the program file: each takes the raw JSON of version `from` and
 * returns the raw JSON of version `from + 1`. They run in memory; the store keeps a backup of the
 * old file before the first save in the new version. Unknown keys pass through untouched.
 *
 * Each migration lives in `NNNN-<name>.ts` beside this file, with a test that builds the old shape
 * and checks the new.
 */
import { linksTrackersCommunications } from './0002-links-trackers-communications.ts';

export interface Migration {
  /** The version this migration reads; it writes `from + 1`. */
  from: number;
  name: string;
  up: (data: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [linksTrackersCommunications];

export type MigrationOutcome =
  | { kind: 'current'; data: Record<string, unknown> }
  | { kind: 'migrated'; data: Record<string, unknown>; from: number; to: number; applied: string[] }
  | { kind: 'newer'; version: number }
  | { kind: 'unversioned' };

/**
 * Brings raw file data up to `target`. A file newer than the app knows is refused (`newer`) and
 * must never be rewritten; a file without a usable `schemaVersion` is `unversioned`.
 */
export function migrate(
  data: Record<string, unknown>,
  target: number,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationOutcome {
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { kind: 'unversioned' };
  if (version > target) return { kind: 'newer', version };
  if (version === target) return { kind: 'current', data };
  let current = structuredClone(data);
  const applied: string[] = [];
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from schema version ${v} to ${v + 1}`);
    current = { ...step.up(current), schemaVersion: v + 1 };
    applied.push(step.name);
  }
  return { kind: 'migrated', data: current, from: version, to: target, applied };
}
