/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. All arithmetic is on the calendar in UTC, so a date
 * never shifts with the machine's time zone; ISO strings compare correctly as plain strings.
 */

/** A branded calendar date; plain strings are accepted where a date is read from the file. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Sorts ISO dates and date-times (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`, timestamps) earliest first, as
 * plain strings compare. Not `localeCompare`: the same order, but its first call loads ICU's
 * collation data, ~10 ms of a cold `liaison report` here.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True for a real calendar date written as YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** True for a local meeting start written as YYYY-MM-DDTHH:mm. */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  return m !== null && isIsoDate(m[1] ?? '');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: IsoDate): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function format(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

/** `date` plus `months` calendar months; the day is clamped to the month's end (Jan 31 + 1 = Feb 28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const day = Math.min(d, daysInMonth(first.getUTCFullYear(), first.getUTCMonth() + 1));
  return format(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day)));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ya, ma, da] = parts(a);
  const [yb, mb, db] = parts(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}

/** Today's date on the local calendar of this machine. */
export function localToday(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-20` as `20 Nov 2026`: unambiguous in every locale a reader may be in. */
export function formatDate(date: IsoDate): string {
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** A range as `1 Dec – 9 Jan 2027`, or a single date when all ends agree. */
export function formatRange(earliest: IsoDate, latest: IsoDate): string {
  if (earliest === latest) return formatDate(earliest);
  const [ya, ma, da] = parts(earliest);
  const [yb] = parts(latest);
  const start = ya === yb ? `${da} ${MONTHS[ma - 1] ?? ''}` : formatDate(earliest);
  return `${start} – ${formatDate(latest)}`;
}
