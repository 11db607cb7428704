/**
 * The stakeholder fields a CSV row can carry, how each is read from a cell and written to one,
 * and the checks the stakeholder table shares with the import (a name, an email address, an
 * allowed value). Pure: used by the app, the command line and the tests alike.
 */
import { isIsoDate } from '../domain/dates.ts';
import {
  CADENCES,
  CHANNELS,
  DETAILS,
  GROUPS,
  LANGUAGES,
  LEVELS,
  STAKEHOLDER_TEMPLATES,
  STANCES,
  type Stakeholder,
} from '../schema/program.ts';

/** Where a field lives on a stakeholder: on the person or in their preferences. */
type Place = 'person' | 'preferences';

interface FieldSpec {
  /** The header written on export. */
  header: string;
  place: Place;
  kind: 'id' | 'text' | 'name' | 'email' | 'enum' | 'boolean' | 'date' | 'topics';
  values?: readonly string[];
  /** False for fields read on import but never written out (private notes). */
  exported: boolean;
}

export const FIELDS = {
  id: { header: 'Id', place: 'person', kind: 'id', exported: true },
  name: { header: 'Name', place: 'person', kind: 'name', exported: true },
  title: { header: 'Title', place: 'person', kind: 'text', exported: true },
  organization: { header: 'Organization', place: 'person', kind: 'text', exported: true },
  email: { header: 'Email', place: 'person', kind: 'email', exported: true },
  group: { header: 'Group', place: 'person', kind: 'enum', values: GROUPS, exported: true },
  influence: { header: 'Influence', place: 'person', kind: 'enum', values: LEVELS, exported: true },
  interest: { header: 'Interest', place: 'person', kind: 'enum', values: LEVELS, exported: true },
  stance: { header: 'Stance', place: 'person', kind: 'enum', values: STANCES, exported: true },
  external: { header: 'External', place: 'person', kind: 'boolean', exported: true },
  template: {
    header: 'Template',
    place: 'preferences',
    kind: 'enum',
    values: STAKEHOLDER_TEMPLATES,
    exported: true,
  },
  language: { header: 'Language', place: 'preferences', kind: 'enum', values: LANGUAGES, exported: true },
  detail: { header: 'Detail', place: 'preferences', kind: 'enum', values: DETAILS, exported: true },
  channel: { header: 'Channel', place: 'preferences', kind: 'enum', values: CHANNELS, exported: true },
  cadence: { header: 'Cadence', place: 'preferences', kind: 'enum', values: CADENCES, exported: true },
  topics: { header: 'Topics', place: 'preferences', kind: 'topics', exported: true },
  lastUpdateAt: { header: 'Last update', place: 'person', kind: 'date', exported: true },
  notes: { header: 'Notes', place: 'person', kind: 'text', exported: false },
} as const satisfies Record<string, FieldSpec>;

export type FieldKey = keyof typeof FIELDS;
export const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];
/** The columns of an export, in order. Private notes are never among them. */
export const EXPORTED_FIELDS = FIELD_KEYS.filter((k) => FIELDS[k].exported);

/** A value read from a cell, ready to set on a stakeholder. */
export type FieldValue = string | boolean | string[];

export type Parsed = { ok: true; value: FieldValue } | { ok: false; message: string };

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]+$/;

/** Null when `value` is empty or looks like an email address, else what is wrong. */
export function checkEmail(value: string): string | null {
  const v = value.trim();
  return v === '' || EMAIL.test(v) ? null : `"${v}" is not an email address`;
}

/** Null when the name is usable, else what is wrong. */
export function checkName(value: string): string | null {
  return value.trim() === '' ? 'a stakeholder needs a name' : null;
}

// Spellings people use in spreadsheets for the allowed values.
const ALIASES: Record<string, string> = {
  h: 'high',
  m: 'medium',
  med: 'medium',
  l: 'low',
  'bi-weekly': 'biweekly',
  fortnightly: 'biweekly',
  'ad-hoc': 'as-needed',
  adhoc: 'as-needed',
  core: 'core-team',
  coreteam: 'core-team',
};

/** "Core team" → "core-team", "High" → "high", "bi-weekly" → "biweekly". */
export function normalizeChoice(raw: string): string {
  const v = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return ALIASES[v] ?? v;
}

const TRUE = new Set(['yes', 'y', 'true', '1', 'x', 'external']);
const FALSE = new Set(['no', 'n', 'false', '0', 'internal']);

/** Reads one non-empty cell as the field's value, or says what is wrong with it. */
export function parseField(key: FieldKey, raw: string): Parsed {
  const spec: FieldSpec = FIELDS[key];
  const v = raw.trim();
  switch (spec.kind) {
    case 'id':
    case 'text':
      return { ok: true, value: v };
    case 'name': {
      const problem = checkName(v);
      return problem ? { ok: false, message: problem } : { ok: true, value: v };
    }
    case 'email': {
      const problem = checkEmail(v);
      return problem ? { ok: false, message: problem } : { ok: true, value: v };
    }
    case 'enum': {
      const choice = normalizeChoice(v);
      const values = spec.values ?? [];
      return values.includes(choice)
        ? { ok: true, value: choice }
        : { ok: false, message: `"${v}" is not one of ${values.join(', ')}` };
    }
    case 'boolean': {
      const b = v.toLowerCase();
      if (TRUE.has(b)) return { ok: true, value: true };
      if (FALSE.has(b)) return { ok: true, value: false };
      return { ok: false, message: `"${v}" is not yes or no` };
    }
    case 'date':
      return isIsoDate(v)
        ? { ok: true, value: v }
        : { ok: false, message: `"${v}" is not a date as YYYY-MM-DD` };
    case 'topics':
      return {
        ok: true,
        value: v
          .split(/[;,]/)
          .map((t) => t.trim())
          .filter((t, i, all) => t !== '' && all.indexOf(t) === i),
      };
  }
}

/** The field's value on a stakeholder, as one CSV cell. */
export function formatField(s: Stakeholder, key: FieldKey): string {
  switch (key) {
    case 'external':
      return s.external ? 'yes' : 'no';
    case 'topics':
      return s.preferences.topics.join('; ');
    case 'lastUpdateAt':
      return s.lastUpdateAt ?? '';
    case 'template':
    case 'language':
    case 'detail':
    case 'channel':
    case 'cadence':
      return s.preferences[key];
    default:
      return s[key];
  }
}

/** The field's current value on a stakeholder, for comparing with an imported one. */
export function fieldValue(s: Stakeholder, key: FieldKey): FieldValue | undefined {
  if (key === 'external') return s.external === true;
  const value: unknown =
    FIELDS[key].place === 'preferences'
      ? s.preferences[key as keyof Stakeholder['preferences']]
      : s[key as keyof Stakeholder];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' || typeof value === 'boolean' ? value : undefined;
}

/** A copy of `s` with `values` set; fields not in `values` are left as they are. */
export function withFields(s: Stakeholder, values: Partial<Record<FieldKey, FieldValue>>): Stakeholder {
  const person: Record<string, unknown> = {};
  const preferences: Record<string, unknown> = {};
  for (const key of Object.keys(values) as FieldKey[]) {
    const value = values[key];
    if (value === undefined) continue;
    if (FIELDS[key].place === 'preferences') preferences[key] = value;
    else person[key] = value;
  }
  // `external: false` is stored as absent, as the fixture and the schema's optional field have it.
  const next = { ...s, ...person, preferences: { ...s.preferences, ...preferences } } as Stakeholder;
  if (next.external === false) delete next.external;
  return next;
}
