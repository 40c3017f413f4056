import { html, type TemplateResult } from 'lit';

/**
 * A phone number inside a sentence or a link: digits, optionally led by `+` or `(`, joined by hyphens, dots, spaces
 * or parentheses. Counted as a phone number only with seven digits or more, so "988", "911" and short codes such
 * as "88788" are left as words.
 */
const phoneNumberPattern = /\+?\(?\d[\d\s().-]*\d/g;
const minimumDigits = 7;

/**
 * `text` with every phone number in it wrapped in `<span class="phone-number">`, which the shared theme styles keep
 * on one line: "Call 1-800-662-4357" never ends a line with "1-800-662-" on a phone or at 400% zoom. The visible
 * characters stay the ones written, so a copied number dials as it reads. Text with a number comes back in one
 * `<span>`, so that in a flex button ("Call us: …") it stays one run of text rather than becoming two flex items.
 */
export function keepPhoneNumbersWhole(text: string): string | TemplateResult {
  const pieces: (string | TemplateResult)[] = [];
  let end = 0;
  for (const match of text.matchAll(phoneNumberPattern)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits < minimumDigits) continue;
    pieces.push(text.slice(end, match.index), html`<span class="phone-number">${match[0]}</span>`);
    end = match.index + match[0].length;
  }
  return pieces.length === 0 ? text : html`<span>${pieces}${text.slice(end)}</span>`;
}
