/** The languages every user-visible string exists in. */
export const supportedLocales = ['en', 'es'] as const;

/** A language every widget can show. */
export type Locale = (typeof supportedLocales)[number];

/**
 * A value given once per supported language. Leaving a language out is a type error, so a missing translation can
 * never reach the screen as a blank.
 */
export type Localized<T = string> = { readonly [L in Locale]: T };

/** Maps a BCP 47 tag (`es-MX`, `EN`) to a supported locale, falling back to English. */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (supportedLocales as readonly string[]).includes(primary) ? (primary as Locale) : 'en';
}
