/**
 * "Print summary" and "Copy summary" on the questionnaire's result: the printed page shows only the questionnaire,
 * and the clipboard gets the plain-text summary (questionnaire-summary.ts).
 */
import type { Locale } from '../../data/locale.js';
import type { Answers, Recommendation } from '../../engine/types.js';
import { summaryText, type NextStepLink } from './questionnaire-summary.js';
import { questionnaireStrings } from './questionnaire.strings.js';

let printStyleSheet: CSSStyleSheet | undefined;

/**
 * Printing the summary prints only this element: the rest of the page is hidden for the print, since a shadow root's
 * styles cannot reach it. Applied to the document just before `print()` and removed after.
 */
function getPrintStyleSheet(): CSSStyleSheet {
  printStyleSheet ??= new CSSStyleSheet();
  printStyleSheet.replaceSync(`
    @media print {
      body * { visibility: hidden !important; }
      [data-care-printing], [data-care-printing] * { visibility: visible !important; }
      [data-care-printing] { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important; }
    }
  `);
  return printStyleSheet;
}

/** Prints `host` alone, with `answers` (the result's list of answers) open for the print. */
export function printAlone(host: HTMLElement, answers: HTMLDetailsElement | null): void {
  const wasOpen = answers?.open ?? false;
  if (answers) answers.open = true;
  const canAdopt = 'adoptedStyleSheets' in document;
  const sheet = canAdopt ? getPrintStyleSheet() : undefined;
  if (sheet && !document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  host.setAttribute('data-care-printing', '');
  const cleanUp = () => {
    host.removeAttribute('data-care-printing');
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    if (answers) answers.open = wasOpen;
  };
  window.addEventListener('afterprint', cleanUp, { once: true });
  try {
    window.print();
  } catch {
    cleanUp();
  }
}

/** Puts the plain-text summary on the clipboard, with the next step's `links`; false when the browser refused. */
export async function copySummary(
  recommendation: Recommendation,
  answers: Answers,
  locale: Locale,
  links: readonly NextStepLink[],
): Promise<boolean> {
  const nextStep = links.map((link) => `${link.text} (${link.href})`);
  if (links.some((link) => link.action === 'helpline')) nextStep.unshift(questionnaireStrings[locale].helplineText);
  try {
    await navigator.clipboard.writeText(summaryText(recommendation, answers, locale, nextStep));
    return true;
  } catch {
    return false;
  }
}
