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

test('rates the answers and suggests a level from the ratings alone, in two published steps', () => {
  const ratings = data.rateAnswers(iopAnswers);
  // Feelings that make most days hard rate the emotional topic (ASAM dimension 3), and nothing else.
  assert.deepEqual(ratings.dimensions, { 1: 0, 2: 0, 3: 2, 4: 0, 5: 0, 6: 0 });
  assert.equal(ratings.crisis, false);
  assert.deepEqual(ratings.unanswered, []);
  const recommendation = data.recommendFromRatings(ratings);
  assert.equal(recommendation.level, 'iop');
  assert.ok(recommendation.reasons.length > 0);
  const calmer = data.recommendFromRatings({ ...ratings, dimensions: { ...ratings.dimensions, 3: 0 } });
  assert.equal(calmer.level, 'outpatient', 'without the emotional rating, outpatient care is enough');
});

test('a red-flag answer sets crisis and suggests no level', () => {
  const recommendation = data.recommend({ ...iopAnswers, safety: 'plan-or-recent' });
  assert.equal(recommendation.crisis, true);
  assert.equal(recommendation.level, null);
});
