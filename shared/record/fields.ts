/** Checks a form runs at the field, before an edit is sent: numbers, 1-5 scales, dates, periods. */
import { formatDate, isIsoDate } from '../domain/dates.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A number typed by a user (`1,200,000`, ` 2.4 `), or what is wrong with it. */
export function parseNumber(text: string, what = 'This'): Parsed<number> {
  const clean = text.trim().replace(/,/g, '');
  if (clean === '') return { ok: false, message: `${what} needs a number.` };
  const value = Number(clean);
  if (!Number.isFinite(value)) return { ok: false, message: `${what}: "${text.trim()}" is not a number.` };
  return { ok: true, value };
}

/** A likelihood or impact: a whole number from 1 to 5. */
export function parseLikert(text: string, what: string): Parsed<number> {
  const n = parseNumber(text, what);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value) || n.value < 1 || n.value > 5)
    return { ok: false, message: `${what} must be a whole number from 1 to 5 (got ${text.trim()}).` };
  return n;
}

/** A date as YYYY-MM-DD (what a date input gives), or what is wrong with it. */
export function parseDate(text: string, what: string): Parsed<string> {
  if (!text) return { ok: false, message: `${what} needs a date.` };
  if (!isIsoDate(text)) return { ok: false, message: `${what}: "${text}" is not a date (YYYY-MM-DD).` };
  return { ok: true, value: text };
}

/** The reporting period's end is not before its start. */
export function periodProblem(start: string, end: string): string | null {
  if (isIsoDate(start) && isIsoDate(end) && end < start)
    return `The period ends (${formatDate(end)}) before it starts (${formatDate(start)}).`;
  return null;
}

/** A title, required. */
export function parseTitle(text: string, what = 'The title'): Parsed<string> {
  const value = text.trim();
  return value ? { ok: true, value } : { ok: false, message: `${what} cannot be empty.` };
}
