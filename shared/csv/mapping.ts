/**
 * Which CSV column fills which stakeholder field: a first guess from the header names, which the
 * user can change before importing, and the checks a mapping must pass.
 */
import { FIELD_KEYS, FIELDS, type FieldKey } from './fields.ts';

/** For each CSV column, in order, the field it fills, or null when it is ignored. */
export type Mapping = Array<FieldKey | null>;

// Header spellings, normalized (lowercase letters and digits only), beyond the field names.
const SYNONYMS: Record<string, FieldKey> = {
  stakeholderid: 'id',
  personid: 'id',
  fullname: 'name',
  displayname: 'name',
  stakeholder: 'name',
  person: 'name',
  contact: 'name',
  jobtitle: 'title',
  role: 'title',
  position: 'title',
  organisation: 'organization',
  org: 'organization',
  company: 'organization',
  department: 'organization',
  team: 'organization',
  emailaddress: 'email',
  mail: 'email',
  category: 'group',
  stakeholdergroup: 'group',
  power: 'influence',
  attitude: 'stance',
  support: 'stance',
  isexternal: 'external',
  reporttemplate: 'template',
  detaillevel: 'detail',
  levelofdetail: 'detail',
  preferredchannel: 'channel',
  frequency: 'cadence',
  updatefrequency: 'cadence',
  updatecadence: 'cadence',
  topic: 'topics',
  tags: 'topics',
  lastupdate: 'lastUpdateAt',
  lastupdated: 'lastUpdateAt',
  lastcontact: 'lastUpdateAt',
  note: 'notes',
  comments: 'notes',
};

/**
 * A header (or a name) folded for comparing: accents, case, spaces and punctuation ignored, so
 * "E-mail" meets "email" and "José Núñez" meets "jose nunez".
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const BY_NAME = new Map<string, FieldKey>([
  ...FIELD_KEYS.map((k) => [k.toLowerCase(), k] as const),
  ...FIELD_KEYS.map((k) => [normalizeHeader(FIELDS[k].header), k] as const),
  ...Object.entries(SYNONYMS),
]);

/** The field a header most likely means, or null. */
export function guessField(header: string): FieldKey | null {
  return BY_NAME.get(normalizeHeader(header)) ?? null;
}

/** A first mapping from the headers; a field already taken by an earlier column is not guessed again. */
export function guessMapping(headers: readonly string[]): Mapping {
  const taken = new Set<FieldKey>();
  return headers.map((h) => {
    const field = guessField(h);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** For each field a mapping fills, the quoted names of its columns (any CSV import's mapping). */
export function columnsByField<F extends string>(
  headers: readonly string[],
  mapping: ReadonlyArray<F | null>,
): Map<F, string[]> {
  const columns = new Map<F, string[]>();
  mapping.forEach((field, i) => {
    if (field) columns.set(field, [...(columns.get(field) ?? []), `"${headers[i] ?? i + 1}"`]);
  });
  return columns;
}

/**
 * `"E-mail" → Email, "Notes" (ignored)`, for the command line, with `label` naming each field.
 */
export function describeColumns<F extends string>(
  headers: readonly string[],
  mapping: ReadonlyArray<F | null>,
  label: (field: F) => string,
): string {
  return headers
    .map((h, i) => {
      const field = mapping[i];
      return field ? `"${h}" → ${label(field)}` : `"${h}" (ignored)`;
    })
    .join(', ');
}

/** What makes a mapping unusable, one message each; empty when it can be imported. */
export function mappingProblems(headers: readonly string[], mapping: Mapping): string[] {
  const problems: string[] = [];
  const columns = columnsByField(headers, mapping);
  for (const [field, names] of columns)
    if (names.length > 1) problems.push(`${names.join(' and ')} both fill ${FIELDS[field].header}.`);
  if (!columns.has('name') && !columns.has('email') && !columns.has('id'))
    problems.push('No column fills Name, Email or Id: there is nothing to find or create people by.');
  return problems;
}

/** `"E-mail" → Email, "Notes" (ignored)`, for the command line. */
export function describeMapping(headers: readonly string[], mapping: Mapping): string {
  return describeColumns(headers, mapping, (f) => FIELDS[f].header);
}
