/**
 * The changes the stakeholder screen makes to a program, as pure functions from one file to the
 * next (never in place), for `edit(label, change)`. Each returns the file it was given when there
 * is nothing to change.
 */
import { FIELDS, withFields, type FieldKey, type FieldValue } from '../../../../shared/csv/fields.ts';
import { idsInUse, uniqueId } from '../../../../shared/record/ids.ts';
import { newStakeholder } from '../../../../shared/record/stakeholders.ts';
import { NOT_SAVED } from '../../table/TableGrid.tsx';
import type {
  Expectation,
  Interaction,
  ProgramFile,
  Stakeholder,
} from '../../../../shared/schema/program.ts';

/** Applies `change` to the person with `id`. */
export function updatePerson(
  file: ProgramFile,
  id: string,
  change: (s: Stakeholder) => Stakeholder,
): ProgramFile {
  return { ...file, stakeholders: file.stakeholders.map((s) => (s.id === id ? change(s) : s)) };
}

/** Sets one or more fields (person or preferences) on each of `ids`. */
export function setFields(
  file: ProgramFile,
  ids: readonly string[],
  values: Partial<Record<FieldKey, FieldValue>>,
): ProgramFile {
  if (ids.length === 1) {
    // One person (a cell edited in place): found by id, not a new Set and 10,000 look-ups.
    const at = file.stakeholders.findIndex((s) => s.id === ids[0]);
    if (at < 0) return file;
    const person = file.stakeholders[at] as Stakeholder;
    return { ...file, stakeholders: file.stakeholders.with(at, withFields(person, values)) };
  }
  const wanted = new Set(ids);
  return {
    ...file,
    stakeholders: file.stakeholders.map((s) => (wanted.has(s.id) ? withFields(s, values) : s)),
  };
}

/**
 * Sets one field of one person as an undoable edit ("Change Dana Whitfield’s cadence"), for a
 * table cell edited in place. Resolves to the message to show at the cell, or null when saved.
 */
export async function editPersonField(
  edit: (label: string, change: (file: ProgramFile) => ProgramFile) => Promise<boolean>,
  person: { id: string; name: string },
  key: FieldKey,
  value: string | boolean,
): Promise<string | null> {
  const clean: FieldValue = typeof value === 'string' ? value.trim() : value;
  const ok = await edit(`Change ${person.name}’s ${FIELDS[key].header.toLowerCase()}`, (f) =>
    setFields(f, [person.id], { [key]: clean }),
  );
  return ok ? null : NOT_SAVED;
}

/** Adds a person; returns the new file and the new person's id. */
export function addPerson(
  file: ProgramFile,
  fields: { name: string; email?: string; group?: Stakeholder['group'] },
): { file: ProgramFile; id: string } {
  const id = uniqueId(idsInUse(file), 's', fields.name);
  const person = withFields(newStakeholder(id, { name: fields.name }), {
    ...(fields.email ? { email: fields.email.trim() } : {}),
    ...(fields.group ? { group: fields.group } : {}),
  });
  return { file: { ...file, stakeholders: [...file.stakeholders, person] }, id };
}

/**
 * Where the record names this person (owner, decider, attendee, sponsor...): a person named
 * anywhere cannot be deleted without leaving a dangling reference, which the file refuses.
 */
export function referencesTo(file: ProgramFile, id: string): string[] {
  const found: string[] = [];
  if (file.program.sponsorId === id) found.push('the program’s sponsor');
  for (const m of file.milestones) if (m.ownerId === id) found.push(`owner of milestone “${m.title}”`);
  for (const r of file.risks) if (r.ownerId === id) found.push(`owner of risk “${r.title}”`);
  for (const d of file.dependencies) if (d.ownerId === id) found.push(`owner of dependency “${d.title}”`);
  for (const d of file.decisions) if (d.deciderIds.includes(id)) found.push(`decider on “${d.title}”`);
  for (const a of file.actions) {
    if (a.ownerId === id) found.push(`owner of action “${a.title}”`);
    if (a.owedToIds.includes(id)) found.push(`owed action “${a.title}”`);
  }
  for (const m of file.meetings)
    if (m.attendeeIds.includes(id)) found.push(`attendee of meeting “${m.title}”`);
  for (const c of file.communications ?? [])
    if (c.stakeholderIds.includes(id)) found.push(`in planned communication “${c.purpose}”`);
  return found;
}

/** Removes the people with `ids` (the caller has checked no one refers to them). */
export function removePeople(file: ProgramFile, ids: readonly string[]): ProgramFile {
  const gone = new Set(ids);
  return { ...file, stakeholders: file.stakeholders.filter((s) => !gone.has(s.id)) };
}

/** Adds `topic` to each person's topics (once), or removes it. */
export function changeTopic(
  file: ProgramFile,
  ids: readonly string[],
  topic: string,
  add: boolean,
): ProgramFile {
  const wanted = new Set(ids);
  const t = topic.trim();
  return {
    ...file,
    stakeholders: file.stakeholders.map((s) => {
      if (!wanted.has(s.id)) return s;
      const has = s.preferences.topics.includes(t);
      if (has === add) return s;
      const topics = add ? [...s.preferences.topics, t] : s.preferences.topics.filter((x) => x !== t);
      return { ...s, preferences: { ...s.preferences, topics } };
    }),
  };
}

/** Adds an expectation to a person; returns the new file and the expectation's id. */
export function addExpectation(
  file: ProgramFile,
  personId: string,
  text: string,
): { file: ProgramFile; id: string } {
  const id = uniqueId(idsInUse(file), 'e', text.slice(0, 24));
  const expectation: Expectation = { id, text: text.trim(), linkedIds: [] };
  return {
    file: updatePerson(file, personId, (s) => ({ ...s, expectations: [...s.expectations, expectation] })),
    id,
  };
}

/** Changes one expectation of a person. */
export function updateExpectation(
  file: ProgramFile,
  personId: string,
  expectationId: string,
  change: (e: Expectation) => Expectation,
): ProgramFile {
  return updatePerson(file, personId, (s) => ({
    ...s,
    expectations: s.expectations.map((e) => (e.id === expectationId ? change(e) : e)),
  }));
}

export function removeExpectation(file: ProgramFile, personId: string, expectationId: string): ProgramFile {
  return updatePerson(file, personId, (s) => ({
    ...s,
    expectations: s.expectations.filter((e) => e.id !== expectationId),
  }));
}

/** Adds an entry to a person's interaction log (the screen shows it newest first). */
export function addInteraction(file: ProgramFile, personId: string, entry: Interaction): ProgramFile {
  return updatePerson(file, personId, (s) => ({ ...s, interactions: [...s.interactions, entry] }));
}

export function removeInteraction(file: ProgramFile, personId: string, index: number): ProgramFile {
  return updatePerson(file, personId, (s) => ({
    ...s,
    interactions: s.interactions.filter((_, i) => i !== index),
  }));
}
