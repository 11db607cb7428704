/**
 * State that survives a reload: kept in localStorage under `liaison.<key>`, read back only if it
 * still passes `isValid` (a stored value from an older version, or edited by hand, is ignored).
 */
import { useCallback, useState } from 'react';

const PREFIX = 'liaison.';

/** The stored value of `key`, or `fallback` when there is none or it is not valid any more. */
export function readPersisted<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): T {
  try {
    const text = localStorage.getItem(PREFIX + key);
    if (text === null) return fallback;
    const value: unknown = JSON.parse(text);
    return isValid(value) ? value : fallback;
  } catch {
    // No storage (a locked-down profile) or a damaged value: start from the fallback.
    return fallback;
  }
}

/** Stores `value` under `key`; a failure to store only means it is not remembered. */
export function writePersisted(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the app works on, it just forgets this on reload.
  }
}

/** useState that is remembered across reloads. */
export function usePersisted<T>(
  key: string,
  fallback: T,
  isValid: (value: unknown) => value is T,
): [T, (next: T) => void] {
  const [value, setValue] = useState(() => readPersisted(key, fallback, isValid));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      writePersisted(key, next);
    },
    [key],
  );
  return [value, set];
}

/** A validator for one of a fixed list of strings. */
export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
