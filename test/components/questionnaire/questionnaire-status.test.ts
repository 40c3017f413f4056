/**
 * What the questionnaire's status region says, and when it says nothing: it speaks only of the screen shown, says a
 * change in the number of questions once, and never repeats what the focused heading already reads.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/questionnaire/define.js';
import type { CareQuestionnaire } from '../../../src/components/questionnaire/questionnaire.js';
import { questionsFor } from '../../../src/engine/rate.js';
import { baseAnswers } from '../../vignettes.mjs';
import { answersBefore, pathIndex } from '../../helpers/question-path.js';

function root(element: CareQuestionnaire): ShadowRoot {
  return element.shadowRoot!;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function statusText(element: CareQuestionnaire): string {
  return text(root(element).querySelector('[role="status"]'));
}

function button(element: CareQuestionnaire, label: string): HTMLElement {
  const found = [...root(element).querySelectorAll<HTMLElement>('button')].find((candidate) =>
    text(candidate).includes(label),
  );
  if (!found) throw new Error(`no button "${label}" in: ${text(root(element).querySelector('[part="base"]'))}`);
  return found;
}

async function click(element: CareQuestionnaire, label: string): Promise<void> {
  button(element, label).click();
  await element.updateComplete;
}

/** Chooses the answers given and presses Continue, as a pointer user would. */
async function answer(element: CareQuestionnaire, ...values: string[]): Promise<void> {
  for (const value of values) {
    root(element).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
    await element.updateComplete;
  }
  root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await element.updateComplete;
}

async function newQuestionnaire(): Promise<CareQuestionnaire> {
  return fixture<CareQuestionnaire>(html`<care-questionnaire lang="en"></care-questionnaire>`);
}

describe('<care-questionnaire> status region', () => {
  it('is emptied when a question or the intro is shown after the crisis screen', async () => {
    const element = await newQuestionnaire();
    element.answers = { ...baseAnswers, safety: 'thoughts' };
    element.showResult();
    await element.updateComplete;
    expect(element.screen).to.equal('crisis');
    expect(statusText(element)).to.equal('The questions have stopped. Please reach out for help now.');

    await click(element, 'Back to my answer');
    expect(element.screen).to.equal('question');
    expect(statusText(element)).to.equal('');

    while (element.screen === 'question') await click(element, 'Back');
    expect(element.screen).to.equal('intro');
    expect(statusText(element)).to.equal('');
  });

  it('is emptied when Change my answers follows Copy summary', async () => {
    const element = await newQuestionnaire();
    element.answers = baseAnswers;
    element.showResult();
    await element.updateComplete;
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async () => {};
    try {
      await click(element, 'Copy summary');
      await element.updateComplete;
      expect(statusText(element)).to.equal('Summary copied.');
    } finally {
      clipboard.writeText = original;
    }
    await click(element, 'Change my answers');
    expect(element.screen).to.equal('question');
    expect(statusText(element)).to.equal('');
  });

  it('says once that the number of questions changed when an answer makes the path longer or shorter', async () => {
    const element = await newQuestionnaire();
    await click(element, 'Start');
    const said: string[] = [];
    const answers: Record<string, string> = {};
    const steps: [string, string][] = [
      ['for-whom', 'self'],
      ['help-with', 'both'],
      ['age-band', '18-64'],
      ['safety', 'no'],
      ['medical-emergency-now', 'no'],
      ['use-past-30-days', 'daily'],
    ];
    const lengths = [questionsFor({}).length];
    for (const [id, value] of steps) {
      answers[id] = value;
      lengths.push(questionsFor(answers).length);
      await answer(element, value);
      said.push(statusText(element));
    }
    const expected = lengths
      .slice(1)
      .map((length, step) => (length === lengths[step] ? '' : `There are now ${length} questions.`));
    expect(expected.filter(Boolean), 'the path changes on the way').to.have.length.at.least(1);
    expect(said).to.deep.equal(expected);

    // Back to "What would you like help with?", and mental health alone: fewer questions, said once.
    while (element.questionIndex > 1) await click(element, 'Back');
    expect(statusText(element)).to.equal('');
    await answer(element, 'mental-health');
    expect(statusText(element)).to.equal(`There are now ${questionsFor({ ...answers, 'help-with': 'mental-health' }).length} questions.`);
    await answer(element, '18-64');
    expect(statusText(element)).to.equal('');
  });

  it('leaves the outcome to the focused heading when Continue shows it, so it is heard once', async () => {
    const element = await newQuestionnaire();
    const answers = { ...baseAnswers, safety: 'thoughts' };
    element.answers = answersBefore(answers, 'safety');
    element.showQuestion(pathIndex(answers, 'safety'));
    await element.updateComplete;
    await answer(element, 'thoughts');
    expect(element.screen).to.equal('crisis');
    expect(text(root(element).activeElement)).to.equal('Please reach out for help now');
    expect(statusText(element)).to.equal('');

    const last = questionsFor(baseAnswers).at(-1)!;
    element.answers = answersBefore(baseAnswers, last.id);
    element.showQuestion(pathIndex(baseAnswers, last.id));
    await element.updateComplete;
    await answer(element, String(baseAnswers[last.id]));
    expect(element.screen).to.equal('result');
    expect(root(element).activeElement?.localName).to.equal('h2');
    expect(statusText(element)).to.equal('');
  });
});

describe('<care-questionnaire> "choose all that apply"', () => {
  it('ticks a checkbox with Space and stays on the question on Enter, as a native checkbox does', async () => {
    const element = await newQuestionnaire();
    const answers = { ...baseAnswers, 'use-past-30-days': 'daily' };
    element.answers = answersBefore(answers, 'substances');
    element.showQuestion(pathIndex(answers, 'substances'));
    await element.updateComplete;
    const [first] = root(element).querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    first.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.questionIndex).to.equal(pathIndex(answers, 'substances'));
    expect(text(root(element).querySelector('#error')), 'Enter did not submit').to.equal('');
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.answers.substances).to.deep.equal([first.value]);
    expect(element.questionIndex).to.equal(pathIndex(answers, 'substances'));
  });

  it('asks for at least one answer, in words, when Continue is pressed with none ticked', async () => {
    const element = await newQuestionnaire();
    const answers = { ...baseAnswers, 'use-past-30-days': 'daily' };
    element.answers = answersBefore(answers, 'substances');
    element.showQuestion(pathIndex(answers, 'substances'));
    await element.updateComplete;
    await answer(element);
    expect(text(root(element).querySelector('#error'))).to.equal('Choose at least one answer to continue.');
    await answer(element);
    expect(text(root(element).querySelector('#error'))).to.equal(
      'You still need to choose at least one answer to continue.',
    );
  });
});
