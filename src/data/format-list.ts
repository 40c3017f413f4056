import type { Locale } from './locale.js';

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
