/**
 * Stakeholders as CSV, for people who keep their lists in Excel. Private notes are never written;
 * expectations and the interaction log stay in the app (they do not fit one row per person).
 */
import type { Stakeholder } from '../schema/program.ts';
import { EXPORTED_FIELDS, FIELDS, formatField } from './fields.ts';
import { writeCsv } from './parse.ts';

/** The people, in the order given, one row each, under the headers the import recognises. */
export function stakeholdersToCsv(people: readonly Stakeholder[]): string {
  return writeCsv(
    EXPORTED_FIELDS.map((k) => FIELDS[k].header),
    people.map((s) => EXPORTED_FIELDS.map((k) => formatField(s, k))),
  );
}
