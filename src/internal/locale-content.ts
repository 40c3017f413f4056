import type { Locale } from '../data/locale.js';

/**
 * Resolves once the text of `locale` is in memory, or returns undefined when it already is: with the npm modules and
 * the single file, every language always is. The script tag's chunks replace this module (see
 * scripts/locale-text-plugin.mjs) with one that fetches the Spanish text the first time an element shows Spanish.
 */
export function localeContentReady(locale: Locale): Promise<void> | undefined {
  void locale;
  return undefined;
}

/** Whether `locale`'s text can be shown: false only for a language whose text could not be fetched. */
export function localeAvailable(locale: Locale): boolean {
  void locale;
  return true;
}
