/**
 * Wall-clock times in named time zones (IANA names such as `Europe/Madrid`), with the platform's
 * Intl data: an invitation's time written in UTC or in the organiser's zone becomes the local
 * `YYYY-MM-DDTHH:mm` the program file stores. Pure: the zone is always passed in.
 */

/** A wall-clock time, to the minute. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the platform knows the zone by this name. */
export function isTimeZone(name: string): boolean {
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** The zone this machine is in, e.g. `Europe/Madrid`. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2026-11-24T15:00` */
export function formatWallTime(w: WallTime): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The wall-clock time in `timeZone` at an instant (milliseconds since the epoch). */
export function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  const parts = formatter(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

const asUtc = (w: WallTime): number => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

/**
 * The instant a wall-clock time in `timeZone` names. In the hour skipped when clocks go forward,
 * the time is read with the offset from before the change (02:30 becomes 03:30).
 */
export function instantOf(w: WallTime, timeZone: string): number {
  const guess = asUtc(w);
  const offsetAt = (t: number): number => asUtc(wallTimeAt(t, timeZone)) - t;
  const first = guess - offsetAt(guess);
  const second = guess - offsetAt(first);
  return Math.max(first, second);
}
