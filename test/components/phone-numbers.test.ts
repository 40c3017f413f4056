/**
 * WCAG 1.4.10 and 1.4.12 for phone numbers: in every element, at 320 CSS px (a 1280 px window at 400% zoom) with the
 * text spacing of WCAG 1.4.12 applied, no number is split over two lines ("Call 1-800-662-" / "4357").
 */
import { expect } from '@open-wc/testing';
import { narrowPage, removeNarrowPages } from '../helpers/narrow-page.js';
import type { CareQuestionnaire } from '../../src/components/questionnaire/questionnaire.js';
import { baseAnswers } from '../vignettes.mjs';

/** The spacing WCAG 1.4.12 says a person may set, as a user style sheet or a bookmarklet applies it. */
const textSpacing = `<style>
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
</style>`;

/** Non-breaking hyphens (U+2011) count as hyphens, so a number written with them is found too. */
const phoneNumber = /\+?\(?\d[\d\s().\u2011-]*\d/g;

interface ShownNumber {
  readonly number: string;
  /** How many lines it takes now. */
  readonly lines: number;
  /** Whether it may wrap at a narrower width or a larger text size than this page's. */
  readonly mayWrap: boolean;
  /**
   * Whether it is laid out apart from the words around it: a flex or grid item of its own, as the number in a flex
   * button becomes when it is not wrapped with its words ("Call" / "us:" squeezed beside it).
   */
  readonly apartFromItsWords: boolean;
}

/** Every phone number (seven digits or more) shown in `root` and in the shadow roots inside it, and on how many lines. */
function shownNumbers(root: Document | ShadowRoot): ShownNumber[] {
  const found: ShownNumber[] = [];
  // The page is a frame: its own document makes the walker and the ranges, and nodes are told apart by type.
  const page = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  const walker = page.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const { shadowRoot } = node as Element;
      if (shadowRoot) found.push(...shownNumbers(shadowRoot));
      continue;
    }
    const parent = node.parentElement;
    if (!parent || parent.closest('.visually-hidden, script, style')) continue;
    for (const match of node.textContent!.matchAll(phoneNumber)) {
      if (match[0].replace(/\D/g, '').length < 7) continue;
      const range = page.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => rect.top);
      if (tops.length === 0) continue;
      const lines = new Set(tops.map((top) => Math.round((top - tops[0]) / 8))).size;
      const style = getComputedStyle(parent);
      const mayWrap = style.whiteSpace !== 'nowrap' && style.getPropertyValue('text-wrap-mode') !== 'nowrap';
      const runContainer = parent.classList.contains('phone-number') ? parent.parentElement! : parent;
      const apartFromItsWords = /flex|grid/.test(getComputedStyle(runContainer).display);
      found.push({ number: match[0].replace(/\u2011/g, '-'), lines, mayWrap, apartFromItsWords });
    }
  }
  return found;
}

describe('phone numbers', () => {
  afterEach(() => removeNarrowPages());

  it('stay on one line in every element at 320px with increased text spacing, and nothing scrolls sideways', async () => {
    const page = await narrowPage(
      320,
      640,
      `${textSpacing}
      <care-crisis-banner lang="en"></care-crisis-banner>
      <care-crisis-banner lang="es"></care-crisis-banner>
      <care-crisis-banner lang="en" variant="compact"></care-crisis-banner>
      <care-questionnaire lang="en" id="crisis"></care-questionnaire>
      <care-questionnaire lang="en" id="result" phone="+1-555-010-0199"></care-questionnaire>
      <care-questionnaire lang="es" id="helpline"></care-questionnaire>
      <care-comparison lang="en" layout="cards" config='{"contact": {"phone": "+1-800-555-0100"}}'></care-comparison>
      <care-comparison lang="en" layout="table" levels="iop" config='{"contact": {"phone": "+1-800-555-0100"}}'></care-comparison>`,
    );
    const crisis = page.querySelector<CareQuestionnaire>('#crisis')!;
    crisis.answers = { ...baseAnswers, safety: 'thoughts' };
    crisis.showResult();
    const results = page.querySelectorAll<CareQuestionnaire>('#result, #helpline');
    for (const result of results) {
      result.answers = { ...baseAnswers, home: 'unsafe' };
      result.showResult();
    }
    await Promise.all([crisis.updateComplete, ...[...results].map((result) => result.updateComplete)]);
    await crisis.shadowRoot!.querySelector<CareQuestionnaire>('care-crisis-banner')!.updateComplete;
    for (const details of page.querySelectorAll('care-comparison')) {
      details.shadowRoot!.querySelectorAll('details').forEach((more) => (more.open = true));
    }

    const numbers = shownNumbers(page);
    const shown = new Set(numbers.map(({ number }) => number));
    for (const expected of ['1-800-662-4357', '1-800-487-4889', '1-800-799-7233', '+1-555-010-0199', '+1-800-555-0100']) {
      expect([...shown], expected).to.include(expected);
    }
    const split = numbers.filter(({ lines }) => lines > 1).map(({ number }) => number);
    expect(split, 'numbers split over two lines').to.deep.equal([]);
    const unprotected = [...new Set(numbers.filter(({ mayWrap }) => mayWrap).map(({ number }) => number))];
    expect(unprotected, 'numbers that would split on a narrower line').to.deep.equal([]);
    const apart = [...new Set(numbers.filter((shown) => shown.apartFromItsWords).map(({ number }) => number))];
    expect(apart, 'numbers laid out apart from the words around them').to.deep.equal([]);
    expect(page.documentElement.scrollWidth).to.be.at.most(page.documentElement.clientWidth);
  });
});
