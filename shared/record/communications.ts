/**
 * Planned communications (one-off touchpoints: "brief the CFO before the budget review"):
 * adding, changing, ticking off and removing one, as pure functions from one file to the next
 * for `edit(label, change)`. Each returns a new file; the one given is never changed.
 */
import { isIsoDate } from '../domain/dates.ts';
import type {
  Channel,
  Communication,
  CommunicationStatus,
  ProgramFile,
  StakeholderTemplate,
} from '../schema/program.ts';
import { idsInUse, uniqueId } from './ids.ts';

/** What the planned-communication form edits. */
export interface CommunicationFields {
  date: string;
  stakeholderIds: string[];
  purpose: string;
  channel: Channel;
  template?: StakeholderTemplate;
}

/** What is wrong with the form, by field; empty when it can be saved. */
export function communicationProblems(
  file: ProgramFile,
  fields: CommunicationFields,
): Partial<Record<'date' | 'stakeholderIds' | 'purpose', string>> {
  const known = new Set(file.stakeholders.map((s) => s.id));
  const problems: Partial<Record<'date' | 'stakeholderIds' | 'purpose', string>> = {};
  if (!isIsoDate(fields.date)) problems.date = `The date must be a day as YYYY-MM-DD, not "${fields.date}".`;
  if (fields.stakeholderIds.length === 0) problems.stakeholderIds = 'Choose at least one person.';
  else if (fields.stakeholderIds.some((id) => !known.has(id)))
    problems.stakeholderIds = 'Someone chosen is no longer on the map.';
  if (fields.purpose.trim() === '') problems.purpose = 'Say what the touchpoint is for.';
  return problems;
}

function fromFields(id: string, fields: CommunicationFields, status: CommunicationStatus): Communication {
  return {
    id,
    date: fields.date,
    stakeholderIds: [...new Set(fields.stakeholderIds)],
    purpose: fields.purpose.trim(),
    channel: fields.channel,
    ...(fields.template ? { template: fields.template } : {}),
    status,
  };
}

function mapCommunication(
  file: ProgramFile,
  id: string,
  change: (c: Communication) => Communication,
): ProgramFile {
  const list = file.communications ?? [];
  if (!list.some((c) => c.id === id)) throw new Error(`No planned communication with id "${id}".`);
  return { ...file, communications: list.map((c) => (c.id === id ? change(c) : c)) };
}

/** Adds a planned communication; returns the new file and its id. */
export function addCommunication(
  file: ProgramFile,
  fields: CommunicationFields,
): { file: ProgramFile; id: string } {
  const id = uniqueId(idsInUse(file), 'c', fields.purpose);
  const communications = [...(file.communications ?? []), fromFields(id, fields, 'planned')];
  return { file: { ...file, communications }, id };
}

/** Replaces what the form edits of one planned communication; its status and unknown keys stay. */
export function updateCommunication(file: ProgramFile, id: string, fields: CommunicationFields): ProgramFile {
  return mapCommunication(file, id, (c) => {
    const { template: _old, ...rest } = c;
    return { ...rest, ...fromFields(id, fields, c.status) };
  });
}

/** Ticks a planned communication done or skipped, or puts it back to planned. */
export function setCommunicationStatus(
  file: ProgramFile,
  id: string,
  status: CommunicationStatus,
): ProgramFile {
  return mapCommunication(file, id, (c) => (c.status === status ? c : { ...c, status }));
}

/** Removes a planned communication (nothing else refers to one). */
export function removeCommunication(file: ProgramFile, id: string): ProgramFile {
  const list = file.communications ?? [];
  if (!list.some((c) => c.id === id)) throw new Error(`No planned communication with id "${id}".`);
  return { ...file, communications: list.filter((c) => c.id !== id) };
}
