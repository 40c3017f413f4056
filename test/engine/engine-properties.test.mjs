/**
 * Properties of the recommendation engine over generated input, in Node on the published `/data` entry: raising a
 * rating never lowers the level, a red flag always wins, withdrawal management never reaches people it must not,
 * and the question paths stay short and truthful.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';

const data = await import('../../dist/data.js');
const { levelIds, questions, questionsFor, rateAnswers, recommend, recommendFromRatings } = data;

const intensity = (level) => levelIds.length - 1 - levelIds.indexOf(level);
const severity = fc.constantFrom(0, 1, 2, 3, 4);
const dimension = fc.constantFrom(1, 2, 3, 4, 5, 6);
const substanceIds = ['alcohol', 'opioids', 'prescribed-opioids', 'sedatives', 'prescribed-benzodiazepines', 'stimulants', 'cannabis', 'other'];

/** Ratings with the new inputs beside the dimensions, no red flag. */
const safeRatings = fc.record({
  dimensions: fc.record({ 1: severity, 2: severity, 3: severity, 4: severity, 5: severity, 6: severity }),
  helpWith: fc.constantFrom('substances', 'mental-health', 'both', null),
  usingNow: fc.constantFrom(true, false, null),
  substances: fc.option(fc.subarray(substanceIds), { nil: null }),
  medication: fc.constantFrom('none', 'buprenorphine', 'methadone', 'naltrexone', null),
  pregnant: fc.boolean(),
  ageBand: fc.constantFrom('under-18', '18-64', '65-plus', null),
  subject: fc.constantFrom('self', 'other'),
});

/** Any answer to every question (multiple-choice ones get any subset), whether the path asks it or not. */
const anyAnswers = fc.record(
  Object.fromEntries(
    questions.map((question) => [
      question.id,
      question.multiple
        ? fc.subarray(question.options.map((option) => option.value))
        : fc.constantFrom(...question.options.map((option) => option.value)),
    ]),
  ),
  { requiredKeys: [] },
);

/** Answers with no red flag: every red-flag option replaced by its question's first option. */
const safeAnswers = anyAnswers.map((answers) => {
  const safe = { ...answers };
  for (const question of questions) {
    const flagged = question.options.find((option) => option.crisis && option.value === safe[question.id]);
    if (flagged) safe[question.id] = question.options[0].value;
  }
  return safe;
});

const withdrawalSteps = (result) => result.firstSteps.filter((step) => step.id.startsWith('withdrawal-'));

describe('recommendFromRatings: properties', () => {
  test('raising any one rating never lowers the level, except the home to 4 (unsafe: safety first, level from the rest)', () => {
    fc.assert(
      fc.property(safeRatings, dimension, severity, (ratings, raised, to) => {
        fc.pre(to > ratings.dimensions[raised] && !(raised === 6 && to === 4));
        const before = recommendFromRatings(ratings).level;
        const after = recommendFromRatings({ ...ratings, dimensions: { ...ratings.dimensions, [raised]: to } }).level;
        assert.ok(intensity(after) >= intensity(before), `${before} -> ${after}`);
      }),
      { numRuns: 2000 },
    );
  });

  test('a red flag always wins: crisis, no level, no notes, whatever else is true', () => {
    fc.assert(
      fc.property(safeRatings, fc.subarray(['self-harm', 'harm-others', 'medical-emergency', 'severe-withdrawal'], { minLength: 1 }), (ratings, kinds) => {
        const result = recommendFromRatings({ ...ratings, crisisKinds: kinds });
        assert.equal(result.crisis, true);
        assert.equal(result.level, null);
        assert.deepEqual(result.firstSteps, []);
        assert.deepEqual(result.notes, []);
        assert.ok(result.reasons.every((reason) => reason.level === null && reason.severity === 4));
      }),
      { numRuns: 500 },
    );
  });

  test('a 0 or 1 in every topic is outpatient care', () => {
    fc.assert(
      fc.property(safeRatings, fc.record({ 1: fc.constantFrom(0, 1), 2: fc.constantFrom(0, 1), 3: fc.constantFrom(0, 1), 4: fc.constantFrom(0, 1), 5: fc.constantFrom(0, 1), 6: fc.constantFrom(0, 1) }), (ratings, low) => {
        assert.equal(recommendFromRatings({ ...ratings, dimensions: low }).level, 'outpatient');
      }),
    );
  });

  test('readiness alone never goes above IOP, and relapse alone never above PHP', () => {
    for (const level of [0, 1, 2, 3, 4]) {
      assert.ok(intensity(recommendFromRatings({ dimensions: { 4: level } }).level) <= intensity('iop'));
      assert.ok(intensity(recommendFromRatings({ dimensions: { 5: level } }).level) <= intensity('php'));
    }
    assert.equal(recommendFromRatings({ dimensions: { 5: 4, 6: 2 } }).level, 'inpatient');
    assert.equal(recommendFromRatings({ dimensions: { 5: 4, 6: 1 } }).level, 'php');
  });

  test('withdrawal management never shows for someone not using now', () => {
    fc.assert(
      fc.property(safeRatings, (ratings) => {
        const result = recommendFromRatings({ ...ratings, usingNow: false });
        assert.deepEqual(withdrawalSteps(result), []);
        assert.ok(!result.notes.some((note) => note.id === 'after-withdrawal-overdose-risk'));
      }),
      { numRuns: 500 },
    );
  });

  test('withdrawal management never shows for someone on opioid medication with no other risk substance', () => {
    fc.assert(
      fc.property(
        safeRatings,
        fc.constantFrom('buprenorphine', 'methadone', 'naltrexone'),
        fc.subarray(['opioids', 'prescribed-opioids', 'prescribed-benzodiazepines', 'stimulants', 'cannabis']),
        (ratings, medication, substances) => {
          const result = recommendFromRatings({ ...ratings, medication, substances });
          assert.deepEqual(withdrawalSteps(result), []);
          assert.ok(result.notes.some((note) => note.id === 'keep-taking-addiction-medication'));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('opioids now without medication put medication first, never detox alone', () => {
    const result = recommendFromRatings({ dimensions: { 1: 3 }, usingNow: true, substances: ['opioids'], medication: 'none' });
    assert.deepEqual(result.firstSteps.map((step) => step.id), ['start-opioid-medication']);
  });

  test('hand-written 3rd-edition ratings alone keep working, as the documented input', () => {
    assert.equal(recommendFromRatings({ dimensions: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 } }).level, 'outpatient');
    assert.equal(recommendFromRatings({ dimensions: { 3: 2 } }).level, 'iop');
    assert.equal(recommendFromRatings({ dimensions: { 3: 3 } }).level, 'php');
    assert.equal(recommendFromRatings({ dimensions: { 6: 3 } }).level, 'iop');
    assert.equal(recommendFromRatings({ dimensions: { 6: 3, 5: 2 } }).level, 'inpatient');
    assert.equal(recommendFromRatings({ dimensions: { 6: 3 }, helpWith: 'mental-health' }).level, 'outpatient');
    assert.equal(recommendFromRatings({ dimensions: { 3: 2.2, 2: -1, 5: 'x' } }).level, 'php');
    assert.deepEqual(recommendFromRatings({ dimensions: { 1: 3 } }).firstSteps.map((step) => step.id), ['withdrawal-24-hour']);
    assert.doesNotThrow(() => recommendFromRatings(null));
  });
});

describe('recommend: properties over answers', () => {
  test('equals recommendFromRatings(rateAnswers(answers)), and a red-flag answer on the path always wins', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = recommend(answers);
        assert.deepEqual(result, recommendFromRatings(rateAnswers(answers)));
        const path = questionsFor(answers);
        const flagged = path.some((question) =>
          question.options.some((option) => option.crisis && [answers[question.id]].flat().includes(option.value)),
        );
        assert.equal(result.crisis, flagged);
        if (flagged) assert.equal(result.level, null);
      }),
      { numRuns: 1000 },
    );
  });

  test('the detox note never appears for someone not using now, or for mental health alone', () => {
    fc.assert(
      fc.property(safeAnswers, (answers) => {
        const notUsing = { ...answers, 'use-past-30-days': 'not-at-all' };
        const mentalHealthOnly = { ...answers, 'help-with': 'mental-health' };
        for (const variant of [notUsing, mentalHealthOnly]) {
          const result = recommend(variant);
          assert.deepEqual(withdrawalSteps(result), []);
          assert.ok(!result.notes.some((note) => note.id === 'after-withdrawal-overdose-risk'));
          assert.ok(!result.notes.some((note) => note.id === 'alcohol-do-not-stop-suddenly'));
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('someone with no substance use answering for themselves sees at most 10 questions; nobody more than 21', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        assert.ok(questionsFor(answers).length <= 21);
        const mentalHealthSelf = questionsFor({ ...answers, 'for-whom': 'self', 'help-with': 'mental-health' });
        assert.ok(mentalHealthSelf.length <= 10);
        assert.ok(!mentalHealthSelf.some((question) => question.topic === 'withdrawal'));
      }),
      { numRuns: 1000 },
    );
  });

  test('skipped questions on the path are reported, answers off the path are ignored', () => {
    const result = recommend({ 'for-whom': 'self', 'help-with': 'mental-health', withdrawal: 'strong' });
    assert.ok(result.unanswered.includes('mental-health'));
    assert.ok(!result.unanswered.includes('withdrawal'));
    assert.deepEqual(result.ratings.ignored, [{ questionId: 'withdrawal', value: 'strong', reason: 'not-asked' }]);
    assert.ok(result.notes.some((note) => note.id === 'unanswered-questions'));
  });

  test('answers for someone else are worded for them, in both languages', () => {
    const result = recommend({ 'for-whom': 'someone-else', 'help-with': 'mental-health', 'mental-health': 'a-lot' });
    assert.equal(result.ratings.subject, 'other');
    assert.match(result.reasons[0].text.en, /\btheir\b|\bthey\b|\bthem\b/);
    assert.match(result.reasons[0].text.es, /esa persona/);
  });
});
