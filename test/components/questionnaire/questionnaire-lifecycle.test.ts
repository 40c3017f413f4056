/**
 * <care-questionnaire> when it is upgraded late, moved, or shares the page with another persisted questionnaire.
 * This file defines the element itself, after the tests have created elements, so it must not import a define
 * module at the top.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CareQuestionnaire } from '../../../src/components/questionnaire/questionnaire.js';
import { vignettes } from '../../vignettes.mjs';

const storageKeyPrefix = 'care-level-widgets:questionnaire';
const iopAnswers = vignettes.find((vignette) => vignette.id === 'depression-most-days')!.answers;

function status(element: CareQuestionnaire): string {
  return element.shadowRoot!.querySelector('[role="status"]')!.textContent ?? '';
}

describe('<care-questionnaire> lifecycle', () => {
  afterEach(() => sessionStorage.clear());

  it('honours persist set as a property before the element is defined', async () => {
    sessionStorage.setItem(
      storageKeyPrefix,
      JSON.stringify({ answers: { 'for-whom': 'someone-else' }, screen: 'question', questionIndex: 1 }),
    );
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('care-questionnaire') as CareQuestionnaire;
    element.setAttribute('lang', 'en');
    (element as { persist?: string }).persist = 'session';
    container.append(element);
    await import('../../../src/components/questionnaire/define.js');
    await customElements.whenDefined('care-questionnaire');
    await element.updateComplete;
    expect(element.screen).to.equal('question');
    expect(element.questionIndex).to.equal(1);
    expect(element.shadowRoot!.querySelector('legend')!.textContent).to.match(/What would they like help with\?/);
  });

  it('keeps two persisted questionnaires without an id apart', async () => {
    await import('../../../src/components/questionnaire/define.js');
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <care-questionnaire lang="en" persist="session"></care-questionnaire>
        <care-questionnaire lang="en" persist="session"></care-questionnaire>
      </div>
    `);
    const [first, second] = page.querySelectorAll<CareQuestionnaire>('care-questionnaire');
    await first.updateComplete;
    first.answers = { 'for-whom': 'self' };
    first.showQuestion(1);
    second.answers = { 'for-whom': 'someone-else' };
    second.showQuestion(2);
    await Promise.all([first.updateComplete, second.updateComplete]);
    const copy = page.innerHTML;
    page.innerHTML = '';
    page.innerHTML = copy;
    const [firstAgain, secondAgain] = page.querySelectorAll<CareQuestionnaire>('care-questionnaire');
    await Promise.all([firstAgain.updateComplete, secondAgain.updateComplete]);
    expect(firstAgain.answers).to.deep.equal({ 'for-whom': 'self' });
    expect(firstAgain.questionIndex).to.equal(1);
    expect(secondAgain.answers).to.deep.equal({ 'for-whom': 'someone-else' });
    expect(secondAgain.questionIndex).to.equal(2);
  });

  it('does not announce its result again when moved to another place in the page', async () => {
    await import('../../../src/components/questionnaire/define.js');
    const page = await fixture<HTMLDivElement>(html`
      <div><section id="from"><care-questionnaire lang="en" persist="session"></care-questionnaire></section><section id="to"></section></div>
    `);
    const element = page.querySelector<CareQuestionnaire>('care-questionnaire')!;
    await element.updateComplete;
    element.answers = iopAnswers;
    element.showResult();
    await element.updateComplete;
    const announced = status(element);
    expect(announced).to.contain('Your result is ready');
    page.querySelector('#to')!.append(element);
    await element.updateComplete;
    expect(status(element)).to.equal(announced);
    expect(element.screen).to.equal('result');
  });

  it('shows crisis help when answers with a red flag are set on the result screen', async () => {
    await import('../../../src/components/questionnaire/define.js');
    const element = await fixture<CareQuestionnaire>(html`<care-questionnaire lang="en"></care-questionnaire>`);
    element.answers = iopAnswers;
    element.showResult();
    await element.updateComplete;
    expect(element.recommendation?.level).to.equal('iop');
    element.answers = { ...iopAnswers, safety: 'plan-or-recent' };
    await element.updateComplete;
    expect(element.screen).to.equal('crisis');
    expect(element.recommendation?.crisis).to.equal(true);
    expect(element.shadowRoot!.textContent).to.contain('call 911 now');
  });
});
