/**
 * The clinical vignettes (test/vignettes.mjs) walked through the questionnaire's state machine in Node, on the built
 * package, as a person would answer them: each profile ends on the screen it must (crisis help or a result), with a
 * level a clinician would accept and the first steps and notes it must carry and none it must not.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { walkAnswers } from '../helpers/answer-paths.mjs';
import { vignettes } from '../vignettes.mjs';

const { recommendationRules, firstSteps, notes } = await import('../../dist/data.js');

/** What the questionnaire shows at the end of the vignette's answers. */
const outcomeOf = (vignette) => walkAnswers(vignette.answers).state.recommendation;

describe('clinical vignettes', () => {
  for (const vignette of vignettes) {
    test(`${vignette.id}: ${vignette.profile}`, () => {
      const { state, event } = walkAnswers(vignette.answers);
      const result = state.recommendation;
      const context = `${vignette.id}: ${JSON.stringify({ level: result.level, reasons: result.reasons.map((r) => r.id), firstSteps: result.firstSteps.map((s) => s.id), notes: result.notes.map((n) => n.id) })}`;
      assert.equal(result.crisis, vignette.crisis === true, context);
      assert.equal(state.screen, vignette.crisis ? 'crisis' : 'result', context);
      assert.equal(event.type, 'care-complete', context);
      assert.equal(event.detail.recommendation, result, context);
      if (vignette.crisis) {
        assert.equal(result.level, null, context);
        assert.equal(result.emergency, vignette.emergency, context);
        assert.deepEqual(result.notes, [], context);
        return;
      }
      assert.ok(vignette.accepted.includes(result.level), `${context} is not one of ${vignette.accepted}`);
      assert.deepEqual(result.unanswered, [], `${vignette.id} leaves questions on its path unanswered`);
      const steps = result.firstSteps.map((step) => step.id);
      if (vignette.firstSteps) assert.deepEqual(steps, vignette.firstSteps, context);
      for (const step of vignette.notFirstSteps ?? []) assert.ok(!steps.includes(step), `${context} shows first step ${step}`);
      const shown = result.notes.map((note) => note.id);
      for (const note of vignette.notes ?? []) assert.ok(shown.includes(note), `${context} lacks note ${note}`);
      for (const note of vignette.notNotes ?? []) assert.ok(!shown.includes(note), `${context} shows note ${note}`);
    });
  }

  test('every rule, first step and note is needed by some vignette', () => {
    const results = vignettes.map(outcomeOf);
    const reasons = new Set(results.flatMap((result) => result.reasons.map((reason) => reason.id)));
    const steps = new Set(results.flatMap((result) => result.firstSteps.map((step) => step.id)));
    const shown = new Set(results.flatMap((result) => result.notes.map((note) => note.id)));
    const unused = [
      ...recommendationRules.map((rule) => rule.id).filter((id) => !reasons.has(id) && id !== 'physical-inpatient'),
      ...Object.keys(firstSteps).filter((id) => !steps.has(id) && id !== 'withdrawal-hospital'),
      ...Object.keys(notes).filter((id) => !shown.has(id) && id !== 'unanswered-questions'),
    ];
    assert.deepEqual(unused, []);
  });

  test('covers at least 30 profiles, for oneself and for someone else', () => {
    assert.ok(vignettes.length >= 30);
    assert.ok(vignettes.some((vignette) => vignette.answers['for-whom'] === 'someone-else' && !vignette.crisis));
  });
});
