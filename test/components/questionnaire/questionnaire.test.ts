import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resizeViewport } from '../../helpers/viewport.js';
import { narrowPage, removeNarrowPages } from '../../helpers/narrow-page.js';
import '../../../src/components/questionnaire/define.js';
import '../../../src/components/comparison/define.js';
import type {
  CareCompleteDetail,
  CareConfigErrorDetail,
  CareCtaDetail,
  CareQuestionnaire,
  CareQuickExitDetail,
  CareStepDetail,
} from '../../../src/components/questionnaire/questionnaire.js';
import { questions } from '../../../src/data/questions.js';
import { levels } from '../../../src/data/levels.js';
import { sources } from '../../../src/data/sources.js';
import { recommend } from '../../../src/engine/recommend.js';
import { questionsFor } from '../../../src/engine/rate.js';
import type { Answers } from '../../../src/engine/types.js';
import { baseAnswers } from '../../vignettes.mjs';
import { answersBefore, pathIndex } from '../../helpers/question-path.js';

const storageKeyPrefix = 'care-level-widgets:questionnaire';

/** A well adult asking for themselves about weekly drinking: every question is asked. */
const base: Answers = baseAnswers;

/** The base, sent by family and not wanting change as much as they do: intensive outpatient, with no first step. */
const iopAnswers: Answers = { ...base, readiness: 'others-want-it' };

/** A daily drinker with sweats and shakes whose housemates drink: 24-hour withdrawal management first, then IOP. */
const withdrawalFirstAnswers: Answers = {
  ...base,
  'use-past-30-days': 'daily',
  withdrawal: 'moderate',
  home: 'hard-to-stay-well',
};

/** The ids of the substance questions, which someone seeking help with mental health alone is never asked. */
const substanceQuestionIds = questions
  .filter((question) => JSON.stringify(question.askedWhen ?? {}).includes('"help-with"'))
  .map((question) => question.id);

function root(element: CareQuestionnaire): ShadowRoot {
  return element.shadowRoot!;
}

/** A node's text, whitespace collapsed. */
function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function headingText(element: CareQuestionnaire): string {
  return text(root(element).querySelector('h2'));
}

function progressText(element: CareQuestionnaire): string {
  return text(root(element).querySelector('[part="progress"]'));
}

function promptText(element: CareQuestionnaire): string {
  return text(root(element).querySelector('.prompt'));
}

function statusText(element: CareQuestionnaire): string {
  return text(root(element).querySelector('[role="status"]'));
}

function radios(element: CareQuestionnaire): HTMLInputElement[] {
  return [...root(element).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

function checkboxes(element: CareQuestionnaire): HTMLInputElement[] {
  return [...root(element).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
}

function checkedValue(element: CareQuestionnaire): string | undefined {
  return radios(element).find((radio) => radio.checked)?.value;
}

function checkedValues(element: CareQuestionnaire): string[] {
  return checkboxes(element)
    .filter((checkbox) => checkbox.checked)
    .map((checkbox) => checkbox.value);
}

function button(element: CareQuestionnaire, label: string): HTMLElement {
  const found = [...root(element).querySelectorAll<HTMLElement>('button, a')].find((candidate) =>
    text(candidate).includes(label),
  );
  if (!found) throw new Error(`no button "${label}" in: ${text(root(element))}`);
  return found;
}

function submitButton(element: CareQuestionnaire): HTMLButtonElement {
  return root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!;
}

/**
 * The focused element in the shadow root. Compare it to an answer as a boolean: a failing `to.equal(input)` makes the
 * runner hang while it serializes the elements, instead of reporting the failure.
 */
function focusedInside(element: CareQuestionnaire): Element | null {
  return root(element).activeElement;
}


/**
 * Waits for the render, and with it for focus to move. Only microtasks: the test runner runs two pages at once, and
 * a page in the background gets no animation frames and timers slowed to one a second.
 */
async function settle(element: CareQuestionnaire): Promise<void> {
  await element.updateComplete;
}

/** Clicks an answer (or each answer of a list) and Continue, as a pointer user would. */
async function answerWithPointer(element: CareQuestionnaire, value: string | readonly string[]): Promise<void> {
  for (const chosen of [value].flat()) {
    const input = [...radios(element), ...checkboxes(element)].find((candidate) => candidate.value === chosen);
    if (!input) throw new Error(`no answer "${chosen}" in: ${text(root(element))}`);
    input.click();
    await element.updateComplete;
  }
  submitButton(element).click();
  await settle(element);
}

function crisisLine(element: CareQuestionnaire): Element | null {
  return root(element).querySelector('[part="crisis-line"]');
}

function expectCrisisLine(element: CareQuestionnaire, label: string): void {
  const line = crisisLine(element);
  expect(line, label).to.exist;
  expect(line!.classList.contains('crisis-line'), label).to.equal(true);
  const hrefs = [...line!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
  expect(hrefs, label).to.include.members(['tel:911', 'tel:988']);
}

async function newQuestionnaire(template = html`<care-questionnaire lang="en"></care-questionnaire>`) {
  return fixture<CareQuestionnaire>(template);
}

describe('<care-questionnaire>', () => {
  afterEach(async () => {
    sessionStorage.clear();
    await resizeViewport(800, 600);
  });

  it('can be completed with the keyboard alone, with axe passing at every step and at the result', async function () {
    this.timeout(120000);
    const element = await newQuestionnaire();
    expect(headingText(element)).to.equal('Where could I start?');
    expect(text(root(element))).to.contain('informed by the six dimensions used in the ASAM Criteria');
    expect(text(root(element))).to.contain('not a diagnosis');
    expect(text(root(element))).to.contain('There are 10 to 21 short questions');
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(text(focusedInside(element))).to.equal('Start');
    await sendKeys({ press: 'Enter' });
    await settle(element);

    const given: Record<string, string | readonly string[]> = {};
    const fullPath = questionsFor(iopAnswers);
    for (const [index, question] of fullPath.entries()) {
      const focused = focusedInside(element)!;
      expect(focused.tagName, `focus on question ${index + 1}`).to.equal('H2');
      const total = questionsFor(given).length;
      expect(text(focused)).to.equal(`Question ${index + 1} of ${total}: ${question.prompt.self.en}`);
      await expect(element).to.be.accessible();

      const wanted = [iopAnswers[question.id]].flat();
      if (question.multiple) {
        // Checkboxes: Tab from one to the next, Space to check each wanted answer.
        const last = Math.max(...wanted.map((value) => question.options.findIndex((option) => option.value === value)));
        for (const [position, option] of question.options.slice(0, last + 1).entries()) {
          await sendKeys({ press: 'Tab' });
          expect(focusedInside(element) === checkboxes(element)[position], `focus on answer ${position + 1}`).to.equal(true);
          if (wanted.includes(option.value)) await sendKeys({ press: ' ' });
        }
        expect(checkedValues(element), question.id).to.deep.equal(wanted);
        // Enter on a checkbox does not submit: Tab on to Continue.
        for (let rest = last + 1; rest <= question.options.length; rest += 1) await sendKeys({ press: 'Tab' });
        expect(focusedInside(element) === submitButton(element), 'focus on Continue').to.equal(true);
      } else {
        await sendKeys({ press: 'Tab' });
        expect(focusedInside(element) === radios(element)[0], 'focus on the first answer').to.equal(true);
        const target = question.options.findIndex((option) => option.value === wanted[0]);
        if (target === 0) {
          await sendKeys({ press: ' ' });
        } else {
          for (let step = 0; step < target; step += 1) await sendKeys({ press: 'ArrowDown' });
        }
        expect(checkedValue(element), question.id).to.equal(wanted[0]);
      }
      given[question.id] = iopAnswers[question.id];
      await sendKeys({ press: 'Enter' });
      await settle(element);
    }

    const expected = recommend(iopAnswers);
    expect(expected.level).to.equal('iop');
    expect(element.screen).to.equal('result');
    expect(element.answers).to.deep.equal(iopAnswers);
    expect(headingText(element)).to.equal('A place to start: Intensive outpatient program (IOP)');
    expect(focusedInside(element)!.tagName).to.equal('H2');
    const result = text(root(element).querySelector('[part="result"]'));
    for (const reason of expected.reasons) expect(result).to.contain(reason.text.en);
    expect(result).to.contain('not a diagnosis or a placement');
    expect(result).to.contain('licensed professional’s full assessment decides');
    expect(result).to.contain(levels.iop.schedule.value.description.en);
    expect(result).to.contain(levels.iop.typicalLength.value.en);
    expect(result).to.contain('informed by the six dimensions used in the ASAM Criteria');
    expect(statusText(element), 'the focused heading says it; the status region does not say it again').to.equal('');
    await expect(element).to.be.accessible();
  });

  it('keeps answers when going Back and Continue', async () => {
    const element = await newQuestionnaire();
    button(element, 'Start').click();
    await settle(element);
    await answerWithPointer(element, 'self');
    await answerWithPointer(element, 'substances');
    expect(element.questionIndex).to.equal(2);

    button(element, 'Back').click();
    await settle(element);
    expect(headingText(element)).to.contain('Question 2 of');
    expect(checkedValue(element)).to.equal('substances');
    expect(focusedInside(element)!.tagName).to.equal('H2');

    button(element, 'Back').click();
    await settle(element);
    expect(checkedValue(element)).to.equal('self');

    submitButton(element).click();
    await settle(element);
    expect(headingText(element)).to.contain('Question 2 of');
    expect(checkedValue(element)).to.equal('substances');

    button(element, 'Back').click();
    await settle(element);
    button(element, 'Back').click();
    await settle(element);
    expect(element.screen, 'Back from the first question goes to the introduction').to.equal('intro');
    expect(element.answers).to.deep.equal({ 'for-whom': 'self', 'help-with': 'substances' });
  });

  it('asks for an answer, in words, before moving on, and says it again in other words', async () => {
    const element = await newQuestionnaire();
    element.showQuestion(0);
    await settle(element);
    submitButton(element).click();
    await settle(element);
    const error = root(element).querySelector('#error')!;
    expect(text(error)).to.equal('Choose an answer to continue.');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(root(element).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('error');
    expect(focusedInside(element) === radios(element)[0], 'focus on the first answer').to.equal(true);
    expect(element.questionIndex).to.equal(0);
    await expect(element).to.be.accessible();

    // The same text again would not be announced again: a second press changes it.
    submitButton(element).click();
    await settle(element);
    expect(text(error)).to.equal('You still need to choose an answer to continue.');
    submitButton(element).click();
    await settle(element);
    expect(text(error)).to.equal('Choose an answer to continue.');

    radios(element)[0].click();
    await settle(element);
    expect(text(error)).to.equal('');
  });

  describe('branching', () => {
    it('asks someone seeking help with mental health alone no substance question: 10 questions', async () => {
      const element = await newQuestionnaire();
      button(element, 'Start').click();
      await settle(element);
      expect(progressText(element)).to.equal('Question 1 of 10');
      await answerWithPointer(element, 'self');
      await answerWithPointer(element, 'mental-health');
      const asked: string[] = [];
      while (element.screen === 'question') {
        const question = questionsFor(element.answers)[element.questionIndex];
        asked.push(question.id);
        expect(progressText(element), question.id).to.equal(`Question ${element.questionIndex + 1} of 10`);
        await answerWithPointer(element, question.options[0].value);
      }
      expect(asked).to.have.length(8);
      for (const id of substanceQuestionIds) expect(asked, id).not.to.include(id);
      expect(element.screen).to.equal('result');
    });

    it('asks more questions for both, using daily, as substances open branches, and stays truthful when Back changes the branch', async () => {
      const element = await newQuestionnaire();
      const steps: CareStepDetail[] = [];
      element.addEventListener('care-step', (event) => steps.push(event.detail));
      button(element, 'Start').click();
      await settle(element);
      await answerWithPointer(element, 'self');
      await answerWithPointer(element, 'both');
      await answerWithPointer(element, '18-64');
      await answerWithPointer(element, 'no');
      await answerWithPointer(element, 'no');
      expect(promptText(element)).to.equal(questions.find((q) => q.id === 'use-past-30-days')!.prompt.self.en);
      await answerWithPointer(element, 'daily');
      expect(progressText(element)).to.equal('Question 7 of 15');
      expect(steps.at(-1)).to.deep.equal({ index: 6, questionId: 'substances', total: 15 });
      await answerWithPointer(element, ['alcohol', 'cannabis']);
      expect(progressText(element), 'how often alcohol itself is used').to.equal('Question 8 of 18');

      // Back to "What would you like help with?", and mental health alone instead.
      while (element.questionIndex > 1) {
        button(element, 'Back').click();
        await settle(element);
        expect(progressText(element)).to.equal(`Question ${element.questionIndex + 1} of 18`);
      }
      expect(checkedValue(element)).to.equal('both');
      await answerWithPointer(element, 'mental-health');
      expect(progressText(element)).to.equal('Question 3 of 10');
      expect(checkedValue(element), 'the age band is kept').to.equal('18-64');
      await answerWithPointer(element, '18-64');
      await answerWithPointer(element, 'no');
      await answerWithPointer(element, 'no');
      expect(progressText(element)).to.equal('Question 6 of 10');
      expect(promptText(element)).to.equal(questions.find((q) => q.id === 'mental-health')!.prompt.self.en);
      expect(steps.at(-1)).to.deep.equal({ index: 5, questionId: 'mental-health', total: 10 });
      // The skipped answers are kept, so changing back restores them.
      expect(element.answers['use-past-30-days']).to.equal('daily');
      expect(element.answers.substances).to.deep.equal(['alcohol', 'cannabis']);

      while (element.questionIndex > 1) {
        button(element, 'Back').click();
        await settle(element);
        expect(progressText(element)).to.equal(`Question ${element.questionIndex + 1} of 10`);
      }
      await answerWithPointer(element, 'both');
      expect(progressText(element)).to.equal('Question 3 of 18');
      await answerWithPointer(element, '18-64');
      await answerWithPointer(element, 'no');
      await answerWithPointer(element, 'no');
      expect(checkedValue(element)).to.equal('daily');
      await answerWithPointer(element, 'daily');
      expect(checkedValues(element)).to.deep.equal(['alcohol', 'cannabis']);
      expect(progressText(element)).to.equal('Question 7 of 18');

      // Not using now: no withdrawal question, so the count drops.
      button(element, 'Back').click();
      await settle(element);
      await answerWithPointer(element, 'not-at-all');
      expect(progressText(element)).to.equal('Question 7 of 15');
    });

    it('stays on a question of the path when answers set by code shorten it', async () => {
      const element = await newQuestionnaire();
      element.answers = iopAnswers;
      element.showQuestion(14);
      await settle(element);
      expect(progressText(element)).to.equal('Question 15 of 17');
      element.answers = { ...iopAnswers, 'help-with': 'mental-health' };
      await settle(element);
      expect(element.screen).to.equal('question');
      expect(progressText(element)).to.equal('Question 10 of 10');
      expect(promptText(element)).to.equal(questions.find((q) => q.id === 'readiness')!.prompt.self.en);
    });

    it('shows checkboxes for the substances question and accepts several answers', async () => {
      const element = await newQuestionnaire();
      const answers = { ...base, 'use-past-30-days': 'daily' };
      element.answers = answersBefore(answers, 'substances');
      element.showQuestion(pathIndex(answers, 'substances'));
      await settle(element);
      const question = questions.find((candidate) => candidate.id === 'substances')!;
      expect(promptText(element)).to.equal(question.prompt.self.en);
      expect(radios(element)).to.have.length(0);
      expect(checkboxes(element).map((box) => box.value)).to.deep.equal(question.options.map((option) => option.value));
      await expect(element).to.be.accessible();

      submitButton(element).click();
      await settle(element);
      expect(text(root(element).querySelector('#error'))).to.equal('Choose at least one answer to continue.');
      expect(element.screen).to.equal('question');
      expect(focusedInside(element) === checkboxes(element)[0], 'focus on the first checkbox').to.equal(true);

      await answerWithPointer(element, ['opioids', 'alcohol', 'stimulants']);
      expect(element.answers.substances).to.deep.equal(['alcohol', 'opioids', 'stimulants']);
      expect(promptText(element)).to.not.equal(question.prompt.self.en);

      button(element, 'Back').click();
      await settle(element);
      expect(checkedValues(element)).to.deep.equal(['alcohol', 'opioids', 'stimulants']);
      checkboxes(element)
        .find((box) => box.value === 'opioids')!
        .click();
      await settle(element);
      expect(element.answers.substances).to.deep.equal(['alcohol', 'stimulants']);
    });
  });

  describe('someone else', () => {
    it('words the questions and the crisis line for them after "For someone I care about"', async () => {
      const element = await newQuestionnaire();
      button(element, 'Start').click();
      await settle(element);
      expect(text(crisisLine(element))).to.contain('In danger now? Call 911');
      await answerWithPointer(element, 'someone-else');
      expect(promptText(element)).to.equal('What would they like help with?');
      expect(text(crisisLine(element))).to.contain('If they are in danger now, call 911');
      expectCrisisLine(element, 'someone else');
      await answerWithPointer(element, 'substances');
      await answerWithPointer(element, '18-64');
      expect(promptText(element)).to.match(/\btheir\b/);
      expect(promptText(element)).to.match(/\bthey\b/);
      await expect(element).to.be.accessible();

      element.answers = { ...iopAnswers, 'for-whom': 'someone-else' };
      element.showResult();
      await settle(element);
      expect(text(crisisLine(element))).to.contain('If they are in danger now, call 911');
    });
  });

  describe('crisis line', () => {
    it('shows 911 and 988 as links on the intro, every question and the result, but not the crisis screen', async () => {
      const element = await newQuestionnaire();
      expectCrisisLine(element, 'intro');
      expect(text(crisisLine(element))).to.equal(
        'In danger now? Call 911. To talk with someone now, call or text 988.',
      );
      element.answers = iopAnswers;
      for (const index of questionsFor(iopAnswers).keys()) {
        element.showQuestion(index);
        await settle(element);
        expectCrisisLine(element, `question ${index + 1}`);
      }
      element.showResult();
      await settle(element);
      expect(element.screen).to.equal('result');
      expectCrisisLine(element, 'result');
      await expect(element).to.be.accessible();

      element.answers = { ...iopAnswers, safety: 'thoughts' };
      element.showResult();
      await settle(element);
      expect(element.screen).to.equal('crisis');
      expect(crisisLine(element)).to.equal(null);
    });
  });

  describe('crisis answers', () => {
    /** Every red-flag answer, with answers that put its question on the path (withdrawal needs use now). */
    const everyone: Answers = { ...base, 'help-with': 'both', 'use-past-30-days': 'daily', overdose: 'past-3-months' };
    const crisisOptions = questions.flatMap((question) =>
      question.options.filter((option) => option.crisis).map((option) => ({ question, option })),
    );

    it('the questions have red-flag answers to test', () => {
      expect(crisisOptions.length).to.be.at.least(5);
    });

    for (const { question, option } of crisisOptions) {
      it(`stop the questions and show crisis help first: ${question.id} = ${option.value}`, async () => {
        const element = await newQuestionnaire();
        const completed: CareCompleteDetail[] = [];
        element.addEventListener('care-complete', (event) => completed.push(event.detail));
        const index = pathIndex(everyone, question.id);
        element.answers = answersBefore(everyone, question.id);
        element.showQuestion(index);
        await settle(element);
        expect(promptText(element)).to.equal(question.prompt.self.en);
        await answerWithPointer(element, option.value);

        expect(element.screen).to.equal('crisis');
        expect(headingText(element)).to.equal('Please reach out for help now');
        expect(focusedInside(element)!.tagName).to.equal('H2');
        const banner = root(element).querySelector('care-crisis-banner')!;
        expect(banner).to.exist;
        await (banner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const bannerLinks = [...banner.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
        expect(bannerLinks).to.include.members(['tel:988', 'sms:988', 'tel:911', 'tel:18006624357']);
        expect(root(element).querySelector('[part="result"]')).to.equal(null);
        for (const level of Object.values(levels)) expect(text(root(element))).not.to.contain(level.longName.en);
        expect(root(element).querySelector('form')).to.equal(null);
        const emergency = root(element).querySelector('.emergency');
        expect(!!emergency, '911 box only for danger now').to.equal(option.emergency === true);

        expect(completed).to.have.length(1);
        expect(completed[0].recommendation.crisis).to.equal(true);
        expect(completed[0].recommendation.level).to.equal(null);
        expect(completed[0].recommendation.crisisKinds).to.include(option.crisis);
        expect(completed[0].recommendation.emergency).to.equal(option.emergency === true);

        button(element, 'Back to my answer').click();
        await settle(element);
        expect(element.screen).to.equal('question');
        expect(element.questionIndex).to.equal(index);
        expect(checkedValue(element)).to.equal(option.value);
      });
    }

    for (const [value, emergency] of [
      ['thoughts', ''],
      ['plan-or-recent', 'If you might act on these thoughts, or you have hurt yourself, call 911 now'],
      ['harm-others', 'If you feel you might hurt someone now, call 911 now.'],
    ] as const) {
      it(`${emergency ? 'put' : 'do not put'} a 911 box on the crisis screen for safety = ${value}`, async () => {
        const element = await newQuestionnaire();
        element.answers = { ...base, safety: value };
        element.showResult();
        await settle(element);
        expect(element.screen).to.equal('crisis');
        const box = root(element).querySelector('.emergency');
        if (emergency) {
          expect(text(box)).to.contain(emergency);
          expect(box!.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
        } else {
          expect(box).to.equal(null);
          expect(root(element).querySelector('[part="cta"][href="tel:911"]')).to.equal(null);
        }
        await expect(element).to.be.accessible();
      });
    }

    it('speaks to someone else in the 911 box when answering for them', async () => {
      const element = await newQuestionnaire();
      element.answers = { ...base, 'for-whom': 'someone-else', safety: 'plan-or-recent' };
      element.showResult();
      await settle(element);
      expect(text(root(element).querySelector('.emergency'))).to.contain(
        'If they are in danger now, or have hurt themselves, call 911 now.',
      );
    });

    it('put a 911 call first for a medical emergency, and pass axe', async () => {
      const element = await newQuestionnaire();
      element.answers = { 'medical-emergency-now': 'yes' };
      element.showResult();
      await settle(element);
      expect(element.screen).to.equal('crisis');
      const emergency = root(element).querySelector('.emergency')!;
      expect(text(emergency)).to.contain('call 911 now');
      expect(emergency.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
      await expect(element).to.be.accessible();
    });

    it('shows the crisis screen when answers with a red flag are set on the result screen', async () => {
      const element = await newQuestionnaire();
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      expect(element.screen).to.equal('result');
      element.answers = { ...iopAnswers, safety: 'thoughts' };
      await settle(element);
      expect(element.screen).to.equal('crisis');
      expect(headingText(element)).to.equal('Please reach out for help now');
      expect(element.recommendation?.crisis).to.equal(true);
      expect(root(element).querySelector('[part="result"]')).to.equal(null);
      expect(statusText(element)).to.equal('The questions have stopped. Please reach out for help now.');
    });
  });

  describe('result', () => {
    it('recomputes the result when answers are set on the result screen', async () => {
      const element = await newQuestionnaire();
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      expect(headingText(element)).to.equal('A place to start: Intensive outpatient program (IOP)');
      element.answers = base;
      await settle(element);
      expect(element.screen).to.equal('result');
      expect(element.recommendation?.level).to.equal('outpatient');
      expect(headingText(element)).to.equal(`A place to start: ${levels.outpatient.longName.en}`);
    });

    it('shows a first step as "Start with …" and "Then: <level>"', async () => {
      const element = await newQuestionnaire();
      const expected = recommend(withdrawalFirstAnswers);
      expect(expected.firstSteps.map((step) => step.id)).to.deep.equal(['withdrawal-24-hour']);
      element.answers = withdrawalFirstAnswers;
      element.showResult();
      await settle(element);
      const box = root(element).querySelector('[part="first-steps"]');
      expect(box).to.exist;
      expect(text(box)).to.contain('Start with');
      expect(text(box)).to.contain(expected.firstSteps[0].text.en);
      const levelName = levels[expected.level!].longName.en;
      expect(text(box!.querySelector('.then'))).to.equal(`Then: ${levelName}`);
      expect(headingText(element)).to.equal(`A place to start: ${levelName}`);
      await expect(element).to.be.accessible();

      element.answers = iopAnswers;
      await settle(element);
      expect(root(element).querySelector('[part="first-steps"]')).to.equal(null);
    });

    it('shows notes under "Good to know"', async () => {
      const element = await newQuestionnaire();
      const answers: Answers = { ...base, 'use-past-30-days': 'daily', substances: ['opioids'], withdrawal: 'strong' };
      const expected = recommend(answers);
      expect(expected.notes.length).to.be.at.least(1);
      element.answers = answers;
      element.showResult();
      await settle(element);
      expect(text(root(element))).to.contain('Good to know');
      const notes = [...root(element).querySelectorAll('.notes .note')].map((note) => text(note));
      expect(notes).to.deep.equal(expected.notes.map((note) => note.text.en.replace(/\s+/g, ' ').trim()));
    });

    it('empties the status region on Start over', async () => {
      const element = await newQuestionnaire();
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      expect(statusText(element)).to.contain('Your result is ready');
      button(element, 'Start over').click();
      await settle(element);
      expect(element.screen).to.equal('question');
      expect(element.answers).to.deep.equal({});
      expect(statusText(element)).to.equal('');
    });
  });

  describe('Spanish', () => {
    it('follows its own lang', async () => {
      const element = await newQuestionnaire(html`<care-questionnaire lang="es"></care-questionnaire>`);
      expect(headingText(element)).to.equal('¿Por dónde podría empezar?');
      expect(text(root(element))).to.contain('seis dimensiones que se usan en los Criterios de ASAM');
      expect(text(crisisLine(element))).to.contain('¿Está en peligro ahora? Llame al 911.');
      button(element, 'Empezar').click();
      await settle(element);
      expect(headingText(element)).to.equal(`Pregunta 1 de 10: ${questions[0].prompt.self.es}`);
      expect(text(submitButton(element))).to.equal('Continuar');
      expect(text(root(element))).to.contain('Atrás');
      submitButton(element).click();
      await settle(element);
      expect(text(root(element).querySelector('#error'))).to.equal('Elija una respuesta para continuar.');
      await expect(element).to.be.accessible();
      await answerWithPointer(element, 'someone-else');
      expect(headingText(element)).to.equal('Pregunta 2 de 10: ¿Con qué necesita ayuda esa persona?');
      expect(text(crisisLine(element))).to.contain('Si esa persona está en peligro ahora, llame al 911.');

      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      expect(headingText(element)).to.equal('Por dónde empezar: Programa ambulatorio intensivo (IOP)');
      expect(text(root(element))).to.contain('no un diagnóstico');
      expect(text(root(element))).to.contain('Llamar a SAMHSA: 1-800-662-4357');
      await expect(element).to.be.accessible();
    });

    it('inherits an ancestor’s lang, including for the crisis banner', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div lang="es-US"><care-questionnaire></care-questionnaire></div>`,
      );
      const element = wrapper.querySelector('care-questionnaire')!;
      element.answers = { safety: 'thoughts' };
      element.showResult();
      await settle(element);
      expect(headingText(element)).to.equal('Por favor, pida ayuda ahora');
      const banner = root(element).querySelector('care-crisis-banner')!;
      await banner.updateComplete;
      expect(text(banner.shadowRoot!.querySelector('#heading'))).to.equal('Hay ayuda disponible ahora mismo');
      expect(text(root(element))).to.contain('Volver a mi respuesta');
    });
  });

  describe('events', () => {
    it('fires care-step on each move, bubbling and composed, with the question and the path length', async () => {
      const element = await newQuestionnaire();
      const steps: { detail: CareStepDetail; bubbles: boolean; composed: boolean }[] = [];
      const onStep = (event: CustomEvent<CareStepDetail>) =>
        steps.push({ detail: event.detail, bubbles: event.bubbles, composed: event.composed });
      document.addEventListener('care-step', onStep);
      try {
        button(element, 'Start').click();
        await settle(element);
        await answerWithPointer(element, 'self');
        await answerWithPointer(element, 'substances');
        button(element, 'Back').click();
        await settle(element);
      } finally {
        document.removeEventListener('care-step', onStep);
      }
      expect(steps.every((step) => step.bubbles && step.composed)).to.equal(true);
      expect(steps.map((step) => step.detail)).to.deep.equal([
        { index: 0, questionId: 'for-whom', total: 10 },
        { index: 1, questionId: 'help-with', total: 10 },
        { index: 2, questionId: 'age-band', total: questionsFor({ 'help-with': 'substances' }).length },
        { index: 1, questionId: 'help-with', total: questionsFor({ 'help-with': 'substances' }).length },
      ]);
    });

    it('fires care-complete with the recommendation and the answers', async () => {
      const element = await newQuestionnaire();
      element.answers = iopAnswers;
      element.showQuestion(questionsFor(iopAnswers).length - 1);
      await settle(element);
      const completed = oneEvent(element, 'care-complete');
      submitButton(element).click();
      const event = await completed;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.recommendation.level).to.equal('iop');
      expect(event.detail.recommendation.crisis).to.equal(false);
      expect(event.detail.answers).to.deep.equal(iopAnswers);
    });

    it('fires care-complete with only the answers on the path', async () => {
      const element = await newQuestionnaire();
      element.answers = { ...iopAnswers, 'help-with': 'mental-health' };
      element.showQuestion(9);
      await settle(element);
      const completed = oneEvent(element, 'care-complete');
      submitButton(element).click();
      const event = await completed;
      const onPath = questionsFor({ 'help-with': 'mental-health' }).map((question) => question.id);
      expect(Object.keys(event.detail.answers)).to.have.members(onPath);
      expect(element.answers.substances, 'kept for Back').to.deep.equal(['alcohol']);
    });

    it('fires no event for changes made by code', async () => {
      const element = await newQuestionnaire();
      const fired: string[] = [];
      for (const type of ['care-step', 'care-complete', 'care-cta'])
        element.addEventListener(type, () => fired.push(type));
      element.answers = iopAnswers;
      element.showQuestion(3);
      element.showResult();
      element.restart();
      await settle(element);
      expect(fired).to.deep.equal([]);
    });

    it('fires a cancelable care-cta when the next step is followed', async () => {
      const element = await newQuestionnaire(
        html`<care-questionnaire
          lang="en"
          phone="+1 (555) 010-0199"
          cta-href="https://example.org/intake"
        ></care-questionnaire>`,
      );
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      const ctas = [...root(element).querySelectorAll<HTMLAnchorElement>('[part="cta"]')];
      expect(ctas.map((link) => [text(link), link.getAttribute('href')])).to.deep.equal([
        ['Call us: +1 (555) 010-0199', 'tel:+15550100199'],
        ['Book an assessment', 'https://example.org/intake'],
      ]);

      const details: CareCtaDetail[] = [];
      element.addEventListener('care-cta', (event) => {
        expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
        details.push(event.detail);
        event.preventDefault();
      });
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      ctas[1].dispatchEvent(click);
      expect(click.defaultPrevented, 'cancelling care-cta cancels the navigation').to.equal(true);
      expect(details).to.deep.equal([{ level: 'iop', action: 'link', href: 'https://example.org/intake' }]);
    });
  });

  describe('next step', () => {
    it('falls back to the SAMHSA helpline, and ignores an unsafe link with a warning', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        const element = await newQuestionnaire(
          html`<care-questionnaire lang="en" cta-href="javascript:alert(1)" cta-label="Go"></care-questionnaire>`,
        );
        element.answers = iopAnswers;
        element.showResult();
        await settle(element);
        const hrefs = [...root(element).querySelectorAll('[part="cta"]')].map((link) => link.getAttribute('href'));
        expect(hrefs).to.deep.equal(['tel:18006624357', 'tel:18004874889']);
        expect(text(root(element))).to.contain('SAMHSA National Helpline');
        expect(warnings.some((message) => message.includes('javascript:alert(1)'))).to.equal(true);
      } finally {
        console.warn = warn;
      }
    });

    it('uses the contact from config, with attributes taking precedence', async () => {
      const config = JSON.stringify({
        contact: { phone: '555-0100', url: 'https://example.org/book', label: 'Book a call' },
      });
      const element = await newQuestionnaire(
        html`<care-questionnaire lang="en" config=${config}></care-questionnaire>`,
      );
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      let ctas = [...root(element).querySelectorAll('[part="cta"]')];
      expect(ctas.map((link) => text(link))).to.deep.equal(['Call us: 555-0100', 'Book a call']);

      element.phone = '555-0199';
      element.ctaLabel = 'Start intake';
      await settle(element);
      ctas = [...root(element).querySelectorAll('[part="cta"]')];
      expect(ctas.map((link) => text(link))).to.deep.equal(['Call us: 555-0199', 'Start intake']);
    });
  });

  describe('offered levels', () => {
    it('says honestly when the suggestion is not offered, and still shows it', async () => {
      const element = await newQuestionnaire(
        html`<care-questionnaire lang="en" offered="outpatient" phone="555-0100"></care-questionnaire>`,
      );
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      expect(headingText(element)).to.equal('A place to start: Intensive outpatient program (IOP)');
      expect(text(root(element).querySelector('.not-offered'))).to.equal(
        'We don’t offer this level of care ourselves. We can help you find a program that does. ' +
          'Find a program that offers it at FindTreatment.gov',
      );
      const locator = root(element).querySelector<HTMLAnchorElement>('.not-offered a.locator')!;
      expect(locator.getAttribute('href')).to.equal(sources['findtreatment-locator'].url);
      expect(locator.getAttribute('href')).to.match(/^https:\/\/findtreatment\.gov\b/);
      expect(text(locator)).to.contain('FindTreatment.gov');
      await expect(element).to.be.accessible();

      element.removeAttribute('phone');
      await settle(element);
      expect(text(root(element).querySelector('.not-offered'))).to.contain('The SAMHSA National Helpline can help');
      expect(root(element).querySelector('.not-offered a.locator')).to.exist;

      element.offered = 'iop outpatient';
      await settle(element);
      expect(root(element).querySelector('.not-offered')).to.equal(null);
      expect(root(element).querySelector('a.locator')).to.equal(null);
    });

    it('reads the offered levels from config', async () => {
      const config = JSON.stringify({ levels: ['inpatient', 'php'] });
      const element = await newQuestionnaire(
        html`<care-questionnaire lang="en" config=${config}></care-questionnaire>`,
      );
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      expect(root(element).querySelector('.not-offered')).to.exist;
    });
  });

  it('shows a message, logs once and fires care-config-error for a bad config, and still works', async () => {
    const error = console.error;
    const logged: string[] = [];
    console.error = (message: string) => logged.push(message);
    try {
      const element = document.createElement('care-questionnaire');
      element.lang = 'en';
      element.setAttribute('config', '{"levels": ["detox"]');
      const configError = oneEvent(element, 'care-config-error');
      const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
      container.append(element);
      const event = (await configError) as CustomEvent<CareConfigErrorDetail>;
      expect(event.detail.errors.length).to.be.at.least(1);
      await settle(element);
      expect(text(root(element).querySelector('.config-error'))).to.contain('settings could not be read');
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain('config');
      await expect(element).to.be.accessible();
      button(element, 'Start').click();
      await settle(element);
      expect(element.screen).to.equal('question');
    } finally {
      console.error = error;
    }
  });

  describe('comparison link', () => {
    it('marks the suggested level in the <care-comparison> named by id, beside the center’s own highlight', async () => {
      const page = fixtureSync<HTMLDivElement>(html`
        <div>
          <care-questionnaire lang="en" comparison="t" offered="php outpatient"></care-questionnaire>
          <care-comparison id="t" highlight="php" layout="table"></care-comparison>
        </div>
      `);
      const element = page.querySelector('care-questionnaire')!;
      const comparison = page.querySelector('care-comparison')!;
      element.answers = iopAnswers;
      element.showQuestion(questionsFor(iopAnswers).length - 1);
      await settle(element);
      root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settle(element);
      await comparison.updateComplete;
      expect(comparison.getAttribute('suggested')).to.equal('iop');
      expect(comparison.getAttribute('highlight')).to.equal('php');
      const headers = [...comparison.shadowRoot!.querySelectorAll('th[scope="col"]')].map((header) => text(header));
      expect(headers.find((header) => header.includes('Suggested for you'))).to.contain('IOP');
      expect(headers.find((header) => header.includes('Our program'))).to.contain('PHP');
      expect(headers.filter((header) => header.includes('Our program'))).to.have.length(1);

      button(element, 'Start over').click();
      await settle(element);
      await comparison.updateComplete;
      expect(comparison.hasAttribute('suggested')).to.equal(false);
      expect(comparison.getAttribute('highlight')).to.equal('php');
      const after = [...comparison.shadowRoot!.querySelectorAll('th[scope="col"]')].map((header) => text(header));
      expect(after.some((header) => header.includes('Suggested for you'))).to.equal(false);
      expect(after.find((header) => header.includes('Our program'))).to.contain('PHP');
    });

    it('finds the comparison inside the same shadow root, and warns once when there is none', async () => {
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<care-questionnaire lang="en" comparison="inner"></care-questionnaire><div id="inner"></div>';
      const element = shadow.querySelector('care-questionnaire')!;
      element.answers = iopAnswers;
      element.showResult();
      expect(shadow.getElementById('inner')!.getAttribute('suggested')).to.equal('iop');

      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        element.comparison = 'missing-comparison';
        element.showResult();
        element.showResult();
        expect(warnings.filter((message) => message.includes('missing-comparison'))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('storage', () => {
    it('stores nothing by default', async () => {
      sessionStorage.clear();
      const element = await newQuestionnaire();
      button(element, 'Start').click();
      await settle(element);
      await answerWithPointer(element, 'self');
      element.answers = iopAnswers;
      element.showResult();
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
    });

    it('with persist="session", restores answers and the step after a reload, and Start over forgets them', async () => {
      const first = await newQuestionnaire(html`<care-questionnaire lang="en" persist="session"></care-questionnaire>`);
      button(first, 'Start').click();
      await settle(first);
      await answerWithPointer(first, 'someone-else');
      expect(sessionStorage.getItem(storageKeyPrefix)).to.contain('for-whom');
      first.remove();

      const second = await newQuestionnaire(
        html`<care-questionnaire lang="en" persist="session"></care-questionnaire>`,
      );
      expect(second.screen).to.equal('question');
      expect(second.questionIndex).to.equal(1);
      expect(second.answers).to.deep.equal({ 'for-whom': 'someone-else' });
      expect(promptText(second), 'worded for them after a reload').to.equal('What would they like help with?');
      button(second, 'Back').click();
      await settle(second);
      expect(checkedValue(second)).to.equal('someone-else');

      second.answers = iopAnswers;
      second.showResult();
      second.remove();
      const third = await newQuestionnaire(html`<care-questionnaire lang="en" persist="session"></care-questionnaire>`);
      expect(third.screen).to.equal('result');
      button(third, 'Start over').click();
      await settle(third);
      expect(third.answers).to.deep.equal({});
      expect(sessionStorage.getItem(storageKeyPrefix)).to.contain('"answers":{}');
    });

    it('ignores saved progress it cannot read', async () => {
      sessionStorage.setItem(
        storageKeyPrefix,
        '{"answers":{"safety":"maybe","age-band":"18-64","age":"no","substances":["alcohol","beer"]},"screen":"??","questionIndex":99}',
      );
      const element = await newQuestionnaire(
        html`<care-questionnaire lang="en" persist="session"></care-questionnaire>`,
      );
      expect(element.answers).to.deep.equal({ 'age-band': '18-64', substances: ['alcohol'] });
      expect(element.screen).to.equal('intro');
      sessionStorage.setItem(storageKeyPrefix, 'not json');
      const again = await newQuestionnaire(html`<care-questionnaire lang="en" persist="session"></care-questionnaire>`);
      expect(again.screen).to.equal('intro');
    });
  });

  /** Presses Copy summary with the clipboard stubbed, and gives what was copied. */
  async function copiedSummary(element: CareQuestionnaire): Promise<string> {
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    let copied = '';
    clipboard.writeText = async (value: string) => {
      copied = value;
    };
    try {
      button(element, 'Copy summary').click();
      await settle(element);
      await settle(element);
    } finally {
      clipboard.writeText = original;
    }
    return copied;
  }

  describe('summary', () => {
    it('copies a plain-text summary and announces it, or says it could not', async () => {
      const element = await newQuestionnaire();
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      const copied = await copiedSummary(element);
      try {
        expect(copied).to.contain('A place to start: Intensive outpatient program (IOP)');
        expect(copied).to.contain(questions[0].prompt.self.en);
        expect(copied).to.contain(questions.find((question) => question.id === 'substances')!.prompt.self.en);
        expect(copied).to.contain('SAMHSA National Helpline');
        expect(copied).to.contain('Call SAMHSA: 1-800-662-4357 (tel:18006624357)');
        expect(text(root(element).querySelector('[role="status"]'))).to.equal('Summary copied.');

        clipboard.writeText = async () => {
          throw new DOMException('denied', 'NotAllowedError');
        };
        button(element, 'Copy summary').click();
        await settle(element);
        await settle(element);
        expect(text(root(element).querySelector('[role="status"]'))).to.contain('could not be copied');
      } finally {
        clipboard.writeText = original;
      }
    });

    it('prints only the summary, with the answers shown', async () => {
      const element = await newQuestionnaire();
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      const print = window.print;
      let printedWith: { attribute: boolean; open: boolean; sheets: number } | undefined;
      window.print = () => {
        printedWith = {
          attribute: element.hasAttribute('data-care-printing'),
          open: root(element).querySelector('details')!.open,
          sheets: document.adoptedStyleSheets.length,
        };
      };
      try {
        const sheetsBefore = document.adoptedStyleSheets.length;
        button(element, 'Print summary').click();
        expect(printedWith).to.deep.equal({ attribute: true, open: true, sheets: sheetsBefore + 1 });
        window.dispatchEvent(new Event('afterprint'));
        expect(element.hasAttribute('data-care-printing')).to.equal(false);
        expect(root(element).querySelector('details')!.open).to.equal(false);
        expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
      } finally {
        window.print = print;
      }
    });
  });

  describe('violence at home', () => {
    const unsafeAnswers: Answers = { ...base, home: 'unsafe' };
    const unsafeLabel = questions.find((question) => question.id === 'home')!.options.find((option) => option.value === 'unsafe')!
      .label.self.en;

    it('offers a shared-device warning and a quick exit on the home question only', async () => {
      const element = await newQuestionnaire();
      element.answers = base;
      element.showQuestion(pathIndex(base, 'home'));
      await settle(element);
      expect(text(root(element).querySelector('[part="quick-exit"]'))).to.contain('If someone else uses this device');
      element.showQuestion(pathIndex(base, 'home') - 1);
      await settle(element);
      expect(root(element).querySelector('[part="quick-exit"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('puts safety first on the result, with the quick exit', async () => {
      const element = await newQuestionnaire();
      element.answers = unsafeAnswers;
      element.showResult();
      await settle(element);
      const firstStep = text(root(element).querySelector('.first-steps li'));
      expect(firstStep).to.contain('National Domestic Violence Hotline');
      expect(root(element).querySelector('[part="quick-exit"] button')).to.not.equal(null);
      await expect(element).to.be.accessible();
    });

    it('leaves the answer and the steps it caused out of the copied and printed summary, and says so', async () => {
      const element = await newQuestionnaire();
      element.answers = unsafeAnswers;
      element.showResult();
      await settle(element);
      const copied = await copiedSummary(element);
      expect(copied).to.contain('A place to start');
      expect(copied).not.to.contain(unsafeLabel);
      expect(copied).not.to.contain('Domestic Violence');
      expect(copied).to.contain('One answer was left out of this summary for privacy.');
      const hiddenInPrint = [...root(element).querySelectorAll('.private')].map((item) => text(item));
      expect(hiddenInPrint.some((item) => item.includes(unsafeLabel))).to.equal(true);
      expect(hiddenInPrint.some((item) => item.includes('Domestic Violence'))).to.equal(true);
      expect(text(root(element).querySelector('.print-only'))).to.equal('One answer was left out of this summary for privacy.');
    });

    it('clears the answers and fires a cancelable care-quick-exit before leaving', async () => {
      const element = await newQuestionnaire();
      element.answers = unsafeAnswers;
      element.showResult();
      await settle(element);
      const events: CustomEvent<CareQuickExitDetail>[] = [];
      element.addEventListener('care-quick-exit', (event) => {
        events.push(event);
        event.preventDefault();
      });
      button(element, 'Leave this page now').click();
      await settle(element);
      expect(events).to.have.length(1);
      expect(events[0].detail.url).to.equal('https://www.google.com/');
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect(element.answers).to.deep.equal({});
      expect(element.screen).to.equal('intro');
      element.setAttribute('quick-exit-url', 'javascript:alert(1)');
      expect(element.quickExitUrl).to.equal('https://www.google.com/');
      element.setAttribute('quick-exit-url', 'https://weather.example/');
      expect(element.quickExitUrl).to.equal('https://weather.example/');
    });
  });

  describe('answering for someone else', () => {
    it('words the crisis screen and the level description for them', async () => {
      const element = await newQuestionnaire();
      element.answers = { ...base, 'for-whom': 'someone-else', safety: 'thoughts' };
      element.showResult();
      await settle(element);
      expect(text(root(element))).to.contain('Your answer tells us they may need help right away');
      element.answers = { ...base, 'for-whom': 'someone-else', 'mental-health': 'a-lot' };
      element.showResult();
      await settle(element);
      const result = text(root(element).querySelector('[part="result"]'));
      expect(result).to.contain('Where they sleep');
      expect(result).to.contain('while living at home');
      expect(result).not.to.match(/while you live|you sleep/);
    });
  });

  it('fits 320px without horizontal scrolling on a question, the result and the crisis screen', async () => {
    const page = await narrowPage(
      320,
      640,
      `<care-questionnaire lang="en" phone="+1 (555) 010-0199"
        cta-href="https://example.org/a-rather-long-intake-form-address"></care-questionnaire>`,
    );
    const element = page.querySelector('care-questionnaire') as CareQuestionnaire;
    const check = async (label: string) => {
      await settle(element);
      const width = page.documentElement.clientWidth;
      expect(page.documentElement.scrollWidth, label).to.be.at.most(width);
      for (const node of root(element).querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, `${label}: ${node.tagName}.${node.className}`).to.be.at.most(width);
      }
    };
    element.showQuestion(3);
    await check('question');
    element.answers = iopAnswers;
    element.showResult();
    await check('result');
    element.answers = { safety: 'plan-or-recent' };
    element.showResult();
    await check('crisis');
    removeNarrowPages();
  });
});
