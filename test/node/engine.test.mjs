import assert from 'node:assert/strict';
import { test } from 'node:test';

const data = await import('../../dist/data.js');

/** The first option of every question, except feelings that make most days hard: an intensive outpatient start. */
const iopAnswers = Object.fromEntries(
  data.questions.map((question) => [
    question.id,
    question.id === 'mental-health' ? 'a-lot' : question.multiple ? [question.options[0].value] : question.options[0].value,
  ]),
);

test('the recommendation engine runs in Node, where there is no DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const recommendation = data.recommend(iopAnswers);
  assert.equal(recommendation.level, 'iop');
  assert.equal(recommendation.crisis, false);
  assert.ok(recommendation.reasons.length > 0);
  assert.match(recommendation.reasons[0].text.es, /\S/);
});

test('recommend(answers) equals recommendFromRatings(rateAnswers(answers)) from the published module', () => {
  assert.deepEqual(data.recommend(iopAnswers), data.recommendFromRatings(data.rateAnswers(iopAnswers)));
});

test('a red-flag answer sets crisis and suggests no level', () => {
  const recommendation = data.recommend({ ...iopAnswers, safety: 'plan-or-recent' });
  assert.equal(recommendation.crisis, true);
  assert.equal(recommendation.level, null);
});
