/**
 * Importing CSV rows into the stakeholder map: each row updates the person it matches (by id,
 * else by email) or adds a new one; a row that cannot be used is rejected with its row number,
 * the field and why. Nothing here writes: the caller shows the outcome, and applies `file` only
 * when the user confirms, as one change (so one undo reverts the whole import).
 */
import { idsInUse, uniqueId } from '../record/ids.ts';
import { newStakeholder } from '../record/stakeholders.ts';
import type { ProgramFile, Stakeholder } from '../schema/program.ts';
import { FIELDS, fieldValue, parseField, withFields, type FieldKey, type FieldValue } from './fields.ts';
import { mappingProblems, type Mapping } from './mapping.ts';
import type { CsvTable } from './parse.ts';

export interface RowProblem {
  /** The field at fault, or null when the row as a whole is (unreadable, too many values). */
  field: FieldKey | null;
  message: string;
}

export interface RejectedRow {
  row: number;
  problems: RowProblem[];
}

export interface ImportedRow {
  row: number;
  id: string;
  name: string;
}

export interface ImportOutcome {
  /** The program with the import applied; the same object when nothing would change. */
  file: ProgramFile;
  added: ImportedRow[];
  updated: Array<ImportedRow & { fields: FieldKey[] }>;
  /** Rows that match a person and change nothing. */
  unchanged: ImportedRow[];
  rejected: RejectedRow[];
  /** Problems with the mapping itself; when any, no row was looked at. */
  mappingProblems: string[];
}

/** `row 4: Email: "bob@" is not an email address` — one line per rejected row. */
export function formatRejected(r: RejectedRow): string {
  const reasons = r.problems.map((p) => (p.field ? `${FIELDS[p.field].header}: ${p.message}` : p.message));
  return `row ${r.row}: ${reasons.join('; ')}`;
}

/** Whether an imported value says nothing new (an email differing only in case is the same). */
function same(key: FieldKey, a: FieldValue | undefined, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.join('\n') === b.join('\n');
  if (key === 'email' && typeof a === 'string' && typeof b === 'string')
    return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

/** Works out what importing `table` with `mapping` would do to `file`. */
export function planImport(file: ProgramFile, table: CsvTable, mapping: Mapping): ImportOutcome {
  const outcome: ImportOutcome = {
    file,
    added: [],
    updated: [],
    unchanged: [],
    rejected: table.problems.map((p) => ({ row: p.row, problems: [{ field: null, message: p.message }] })),
    mappingProblems: mappingProblems(table.headers, mapping),
  };
  if (outcome.mappingProblems.length > 0) return outcome;

  const people: Stakeholder[] = [...file.stakeholders];
  const byId = new Map(people.map((s, i) => [s.id, i]));
  const byEmail = new Map<string, number[]>();
  const indexEmail = (email: string, i: number) => {
    const key = email.trim().toLowerCase();
    if (key) byEmail.set(key, [...(byEmail.get(key) ?? []), i]);
  };
  people.forEach((s, i) => indexEmail(s.email, i));
  const taken = idsInUse(file);
  /** Which row last touched each person, to refuse a second row for the same person. */
  const touchedBy = new Map<number, number>();
  let changed = false;

  for (const { row, cells } of table.rows) {
    const problems: RowProblem[] = [];
    if (cells.length > table.headers.length && cells.slice(table.headers.length).some((c) => c.trim()))
      problems.push({
        field: null,
        message: `${cells.length} values, but the header has ${table.headers.length} columns`,
      });
    const values: Partial<Record<FieldKey, FieldValue>> = {};
    mapping.forEach((field, col) => {
      const raw = (cells[col] ?? '').trim();
      if (!field || raw === '') return; // an empty cell keeps what the person has
      const parsed = parseField(field, raw);
      if (parsed.ok) values[field] = parsed.value;
      else problems.push({ field, message: parsed.message });
    });

    const id = typeof values.id === 'string' ? values.id : undefined;
    const email = typeof values.email === 'string' ? values.email.toLowerCase() : undefined;
    const idMatch = id === undefined ? undefined : byId.get(id);
    const emailMatches = email ? (byEmail.get(email) ?? []) : [];
    let target = idMatch;
    if (id !== undefined && idMatch === undefined && taken.has(id))
      problems.push({ field: 'id', message: `"${id}" is already the id of another item in the file` });
    else if (emailMatches.length > 0 && (idMatch === undefined || !emailMatches.includes(idMatch))) {
      const owner = people[emailMatches[0] as number];
      if (id !== undefined && owner)
        problems.push({
          field: 'email',
          message: `belongs to ${owner.name} (${owner.id}), not to "${id}"`,
        });
      else if (emailMatches.length > 1)
        problems.push({ field: 'email', message: `matches ${emailMatches.length} people; add an Id column` });
      else target = emailMatches[0];
    }
    const earlier = target === undefined ? undefined : touchedBy.get(target);
    if (earlier !== undefined)
      problems.push({
        field: id !== undefined ? 'id' : 'email',
        message: `the same person as row ${earlier}`,
      });
    if (target === undefined && values.name === undefined && problems.every((p) => p.field !== 'name'))
      problems.push({ field: 'name', message: 'missing: a new stakeholder needs a name' });
    if (problems.length > 0) {
      outcome.rejected.push({ row, problems });
      continue;
    }

    if (target !== undefined) {
      const before = people[target] as Stakeholder;
      const fields = (Object.keys(values) as FieldKey[]).filter(
        (k) => k !== 'id' && !same(k, fieldValue(before, k), values[k] as FieldValue),
      );
      touchedBy.set(target, row);
      if (fields.length === 0) {
        outcome.unchanged.push({ row, id: before.id, name: before.name });
        continue;
      }
      const after = withFields(before, Object.fromEntries(fields.map((k) => [k, values[k]])));
      people[target] = after;
      if (fields.includes('email')) indexEmail(after.email, target);
      outcome.updated.push({ row, id: after.id, name: after.name, fields });
    } else {
      const name = values.name as string;
      const newId = id ?? uniqueId(taken, 's', name);
      taken.add(newId);
      const person = withFields(newStakeholder(newId, { name }), { ...values, id: newId });
      const index = people.push(person) - 1;
      byId.set(newId, index);
      indexEmail(person.email, index);
      touchedBy.set(index, row);
      outcome.added.push({ row, id: newId, name });
    }
    changed = true;
  }
  outcome.rejected.sort((a, b) => a.row - b.row);
  if (changed) outcome.file = { ...file, stakeholders: people };
  return outcome;
}
