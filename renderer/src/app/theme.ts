/**
 * Light or dark: the system's choice (prefers-color-scheme) until the user picks one with the
 * switch in the top bar; the pick is remembered. The theme is `data-theme` on the root element,
 * which selects the colour variables of styles.css.
 */
import { useEffect } from 'react';
import { oneOf, readPersisted, usePersisted } from './persisted.ts';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const KEY = 'theme';
const isChoice = oneOf(THEME_CHOICES);
const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

/** Sets the root element's theme for `choice`. */
export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && systemDark());
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Applies the remembered theme at once, before the first render, so the window never flashes. */
export function applyStoredTheme(): void {
  applyTheme(readPersisted<ThemeChoice>(KEY, 'system', isChoice));
}

/** The user's choice and how to change it; follows the system while the choice is "system". */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = usePersisted<ThemeChoice>(KEY, 'system', isChoice);
  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system') return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [choice]);
  return [choice, setChoice];
}
