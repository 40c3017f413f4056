/**
 * The questionnaire's state machine in Node, where there is no DOM: which screen each move shows, what the status
 * region says, where focus goes, which event fires, and when progress is saved or forgotten.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { baseAnswers } from '../../vignettes.mjs';

const flow = await import('../../../dist/components/questionnaire/questionnaire-flow.js');
const { questionsFor } = await import('../../../dist/data.js');
const { initialFlowState, start, answer, tick, next, back, backFromCrisis, changeAnswers, startOver, restart } = flow;

/** A state deep-frozen, so a function that changed its input would throw. */
function frozen(value) {
  if (value && typeof value === 'object') Object.values(value).forEach(frozen);
  return Object.freeze(value);
}

/** The state on question `id` of the path `answers` lead to, with the answers before it given. */
function onQuestion(answers, id) {
  const path = questionsFor(answers);
  const index = path.findIndex((question) => question.id === id);
  const before = Object.fromEntries(path.slice(0, index).map((question) => [question.id, answers[question.id]]));
  return frozen(flow.showQuestion({ ...initialFlowState, answers: before }, index).state);
}

describe('questionnaire flow', () => {
  test('Start shows the first question, empties the status region, focuses its heading and fires care-step', () => {
    const step = start(frozen(initialFlowState));
    assert.equal(step.state.screen, 'question');
    assert.equal(step.state.questionIndex, 0);
    assert.equal(step.announce, null);
    assert.equal(step.focus, 'heading');
    assert.equal(step.storage, 'save');
    const path = questionsFor({});
    assert.deepEqual(step.event, { type: 'care-step', detail: { index: 0, questionId: path[0].id, total: path.length } });
  });

  test('Continue without an answer asks for one, alternating its words, and moves focus to the first answer', () => {
    const first = next(frozen(start(initialFlowState).state));
    assert.equal(first.state.screen, 'question');
    assert.equal(first.state.answerMissing, true);
    assert.equal(first.state.missingPresses, 1);
    assert.equal(first.focus, 'first-option');
    assert.equal(first.event, undefined);
    assert.equal(first.storage, undefined);
    assert.equal(next(frozen(first.state)).state.missingPresses, 2);
    const answered = answer(frozen(first.state), 'for-whom', 'self');
    assert.equal(answered.state.answerMissing, false);
    assert.equal(answered.state.missingPresses, 0);
    assert.equal(answered.storage, 'save');
  });

  test('Continue after an answer shows the next question and fires care-step', () => {
    const answered = answer(frozen(start(initialFlowState).state), 'for-whom', 'someone-else');
    const step = next(frozen(answered.state));
    assert.equal(step.state.questionIndex, 1);
    assert.equal(step.event.type, 'care-step');
    assert.equal(step.event.detail.index, 1);
    assert.equal(step.focus, 'heading');
  });

  test('says the number of questions once when the path grows or shrinks, and nothing otherwise', () => {
    const both = { 'for-whom': 'self', 'help-with': 'both' };
    const index = questionsFor(both).findIndex((question) => question.id === 'help-with');
    let state = frozen(flow.showQuestion({ ...initialFlowState, answers: both }, index).state);
    assert.equal(next(state).announce, null, 'the path did not change since the question was shown');
    state = answer(state, 'help-with', 'mental-health').state;
    const shorter = next(frozen(state));
    const total = questionsFor(state.answers).length;
    assert.deepEqual(shorter.announce, { key: 'pathLength', total });
    const again = next(frozen(answer(shorter.state, 'age-band', '18-64').state));
    assert.equal(again.announce, null);
  });

  test('Back goes to the question before, keeping the answers, and from the first to the intro', () => {
    let state = next(answer(start(initialFlowState).state, 'for-whom', 'self').state).state;
    const previous = back(frozen(state));
    assert.equal(previous.state.questionIndex, 0);
    assert.equal(previous.state.answers['for-whom'], 'self');
    assert.equal(previous.event.type, 'care-step');
    state = previous.state;
    const intro = back(frozen(state));
    assert.equal(intro.state.screen, 'intro');
    assert.equal(intro.state.answers['for-whom'], 'self');
    assert.equal(intro.announce, null);
    assert.equal(intro.focus, 'heading');
    assert.equal(intro.storage, 'save');
    assert.equal(intro.event, undefined);
  });

  test('a red-flag answer stops the questions with crisis help, heard once, and "Back to my answer" returns to it', () => {
    const state = onQuestion({ ...baseAnswers, safety: 'thoughts' }, 'safety');
    const crisis = next(frozen(answer(state, 'safety', 'thoughts').state));
    assert.equal(crisis.state.screen, 'crisis');
    assert.equal(crisis.state.recommendation.crisis, true);
    assert.equal(crisis.announce, null, 'the focused heading says it: the status region stays quiet');
    assert.equal(crisis.focus, 'heading');
    assert.equal(crisis.suggest, null);
    assert.equal(crisis.event.type, 'care-complete');
    assert.equal(crisis.event.detail.recommendation.crisis, true);

    const returned = backFromCrisis(frozen(crisis.state));
    assert.equal(returned.state.screen, 'question');
    assert.equal(questionsFor(returned.state.answers)[returned.state.questionIndex].id, 'safety');
    assert.equal(returned.state.recommendation, null);
    assert.equal(returned.announce, null);
  });

  test('the last answer shows the result, not announced, and care-complete carries only the answers on the path', () => {
    const last = questionsFor(baseAnswers).at(-1);
    const state = onQuestion(baseAnswers, last.id);
    const withSkipped = { ...state, answers: { ...state.answers, 'alcohol-days': 'daily' } };
    const result = next(frozen(answer(withSkipped, last.id, baseAnswers[last.id]).state));
    assert.equal(result.state.screen, 'result');
    assert.equal(result.announce, null);
    assert.equal(result.suggest, result.state.recommendation.level);
    assert.equal(result.event.type, 'care-complete');
    assert.deepEqual(result.event.detail.answers, baseAnswers);
    assert.equal(result.state.answers['alcohol-days'], 'daily', 'kept for going back');
  });

  test('Change my answers shows the last question; Start over forgets the answers and shows the first', () => {
    const shown = frozen(flow.showResult({ ...initialFlowState, answers: baseAnswers }));
    assert.deepEqual(shown.announce, { key: 'result', level: shown.state.recommendation.level });
    const change = changeAnswers(shown.state);
    assert.equal(change.state.questionIndex, questionsFor(baseAnswers).length - 1);
    assert.equal(change.announce, null);
    assert.equal(change.event.type, 'care-step');

    const over = startOver(shown.state);
    assert.deepEqual(over.state.answers, {});
    assert.equal(over.state.screen, 'question');
    assert.equal(over.state.questionIndex, 0);
    assert.equal(over.suggest, null);
    assert.equal(over.storage, 'save');
    assert.equal(over.announce, null);
    assert.equal(over.event.type, 'care-step');
  });

  test('restart goes to the intro, forgets saved progress and the suggestion, and fires nothing', () => {
    const step = restart(frozen(flow.showResult({ ...initialFlowState, answers: baseAnswers }).state));
    assert.equal(step.state.screen, 'intro');
    assert.deepEqual(step.state.answers, {});
    assert.equal(step.state.recommendation, null);
    assert.equal(step.storage, 'clear');
    assert.equal(step.suggest, null);
    assert.equal(step.event, undefined);
  });

  test('ticking and unticking a multiple-choice answer keeps the others', () => {
    const state = onQuestion({ ...baseAnswers, 'use-past-30-days': 'daily' }, 'substances');
    const two = tick(tick(state, 'substances', 'alcohol', true).state, 'substances', 'opioids', true).state;
    assert.deepEqual(two.answers.substances, ['alcohol', 'opioids']);
    assert.deepEqual(tick(frozen(two), 'substances', 'alcohol', false).state.answers.substances, ['opioids']);
  });

  test('answers set on the result follow it: a new outcome is announced, the same one is not', () => {
    const shown = frozen(flow.showResult({ ...initialFlowState, answers: baseAnswers }).state);
    const same = flow.answersSet({ ...shown, answers: { ...baseAnswers } });
    assert.equal(same.announce, undefined);
    assert.equal(same.state.screen, 'result');
    const crisis = flow.answersSet({ ...shown, answers: { ...baseAnswers, safety: 'plan-or-recent' } });
    assert.equal(crisis.state.screen, 'crisis');
    assert.deepEqual(crisis.announce, { key: 'crisis' });
    assert.equal(crisis.suggest, null);
  });

  test('answers set on a question keep it on the path', () => {
    const state = onQuestion(baseAnswers, 'readiness');
    const shortened = flow.answersSet({ ...state, answers: { 'help-with': 'mental-health' } });
    assert.equal(shortened.state.questionIndex, questionsFor({ 'help-with': 'mental-health' }).length - 1);
  });

  test('restores saved progress, dropping what it cannot read', () => {
    const restored = flow.restore(initialFlowState, {
      answers: { safety: 'maybe', 'age-band': '18-64', age: 'no', substances: ['alcohol', 'beer'] },
      screen: '??',
      questionIndex: 99,
    });
    assert.deepEqual(restored.state.answers, { 'age-band': '18-64', substances: ['alcohol'] });
    assert.equal(restored.state.screen, 'intro');
    assert.equal(restored.storage, undefined);
    assert.equal(flow.restore(initialFlowState, null).state, initialFlowState);
    assert.equal(flow.restore(initialFlowState, 'text').state, initialFlowState);

    const question = flow.restore(initialFlowState, { answers: {}, screen: 'question', questionIndex: 99 });
    assert.equal(question.state.questionIndex, questionsFor({}).length - 1);
    const result = flow.restore(initialFlowState, flow.savedProgress({ ...initialFlowState, answers: baseAnswers, screen: 'result' }));
    assert.equal(result.state.screen, 'result');
    assert.equal(result.announce.key, 'result');
  });

  test('the intro counts the shortest and the longest path', () => {
    const { fewest, most } = flow.questionPathLengths();
    assert.equal(fewest, questionsFor({ 'help-with': 'mental-health' }).length);
    assert.ok(most > fewest);
  });
});
