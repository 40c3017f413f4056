/**
 * The engine against the clinical vignettes (test/vignettes.mjs), run in Node on the published `/data` entry: each
 * profile's level is one a clinician would accept, with the first steps and notes it must carry and none it must not.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { vignettes } from '../vignettes.mjs';

const { recommend, recommendationRules, firstSteps, notes } = await import('../../dist/data.js');

describe('clinical vignettes', () => {
  for (const vignette of vignettes) {
    test(`${vignette.id}: ${vignette.profile}`, () => {
      const result = recommend(vignette.answers);
      const context = `${vignette.id}: ${JSON.stringify({ level: result.level, reasons: result.reasons.map((r) => r.id), firstSteps: result.firstSteps.map((s) => s.id), notes: result.notes.map((n) => n.id) })}`;
      assert.equal(result.crisis, vignette.crisis === true, context);
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
    const results = vignettes.map((vignette) => recommend(vignette.answers));
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
