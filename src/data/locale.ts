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

/**
 * "A, B, and C" / "A, B y C", as `Intl.ListFormat` writes a conjunction, with the Spanish "e" before an "i" sound.
 * Written out because creating an Intl.ListFormat loads locale data: about 70 ms of a widget's first render in
 * Chromium, for each language.
 */
export function formatList(locale: Locale, items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1];
  const rest = items.slice(0, -1).join(', ');
  if (locale === 'es') return `${rest} ${/^(?:i|hi(?![aeiou]))/i.test(last) ? 'e' : 'y'} ${last}`;
  return items.length === 2 ? `${rest} and ${last}` : `${rest}, and ${last}`;
}
