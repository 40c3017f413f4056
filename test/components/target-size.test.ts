/**
 * WCAG 2.5.8 Target size (minimum) asks for 24 × 24 CSS px; the widgets give every control outside running text
 * 44 × 44, at 320 px as on a desktop. Links inside a sentence (the 988 / 911 line, glossary terms, source titles) are
 * inline targets, which the criterion excepts.
 */
import { expect } from '@open-wc/testing';
import { narrowPage, removeNarrowPages } from '../helpers/narrow-page.js';
import type { CareQuestionnaire } from '../../src/components/questionnaire/questionnaire.js';
import { baseAnswers } from '../vignettes.mjs';

/** The controls a person taps in `root`, and the box each one takes: an answer's whole label, not its small input. */
function targets(root: ShadowRoot): { name: string; box: DOMRect }[] {
  const controls = root.querySelectorAll<HTMLElement>(
    'button:not([part~="trigger"]), a[part~="cta"], summary, label[part="option"]',
  );
  return [...controls]
    .filter((control) => control.getClientRects().length > 0)
    .map((control) => ({ name: control.textContent!.replace(/\s+/g, ' ').trim(), box: control.getBoundingClientRect() }));
}

describe('target size', () => {
  afterEach(() => removeNarrowPages());

  for (const width of [320, 1024]) {
    it(`gives every control outside running text at least 44 × 44 CSS px at ${width}px`, async () => {
      const page = await narrowPage(
        width,
        800,
        `<care-questionnaire lang="en" id="question" phone="+1-555-010-0199"></care-questionnaire>
        <care-questionnaire lang="en" id="result" phone="+1-555-010-0199" cta-href="/intake"></care-questionnaire>
        <care-questionnaire lang="en" id="crisis"></care-questionnaire>
        <care-comparison lang="en" layout="cards" config='{"contact": {"phone": "+1-555-0100", "url": "/intake"}}'></care-comparison>
        <care-comparison lang="en" layout="table" config='{"contact": {"phone": "+1-555-0100", "url": "/intake"}}'></care-comparison>
        <care-crisis-banner lang="en"></care-crisis-banner>
        <care-crisis-banner lang="en" variant="compact"></care-crisis-banner>`,
      );
      const question = page.querySelector<CareQuestionnaire>('#question')!;
      question.showQuestion(0);
      const result = page.querySelector<CareQuestionnaire>('#result')!;
      result.answers = baseAnswers;
      result.showResult();
      const crisis = page.querySelector<CareQuestionnaire>('#crisis')!;
      crisis.answers = { ...baseAnswers, safety: 'thoughts' };
      crisis.showResult();
      await Promise.all([question.updateComplete, result.updateComplete, crisis.updateComplete]);

      const roots = [...page.querySelectorAll('care-questionnaire, care-comparison, care-crisis-banner')].map(
        (element) => element.shadowRoot!,
      );
      const found = roots.flatMap(targets);
      expect(found.length, 'controls found').to.be.greaterThan(20);
      const small = found
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ name, box }) => `${name}: ${Math.round(box.width)} × ${Math.round(box.height)}`);
      expect(small).to.deep.equal([]);
    });
  }
});
