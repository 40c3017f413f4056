import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { questionnaireStrings } from '../../../dist/components/questionnaire/questionnaire.strings.js';
import { assertEveryLanguageComplete, textsOf } from '../../helpers/strings.mjs';

const { en, es } = questionnaireStrings;

const samples = {
  questionCount: [[6, 9]],
  thenLevel: [['Intensive outpatient (IOP)']],
  progress: [[1, 9], [3, 9]],
  pathLength: [[8]],
  resultHeading: [['Intensive outpatient (IOP)']],
  resultAnnouncement: [['Intensive outpatient (IOP)']],
  callUs: [['+1 (555) 010-0199']],
};

describe('questionnaireStrings', () => {
  it('gives every text in English and Spanish, including what each function says', () => {
    assert.deepEqual(Object.keys(questionnaireStrings), ['en', 'es']);
    assertEveryLanguageComplete(questionnaireStrings, samples);
  });

  it('announces progress as "Question 3 of 9"', () => {
    assert.equal(en.progress(3, 9), 'Question 3 of 9');
    assert.equal(es.progress(3, 9), 'Pregunta 3 de 9');
  });

  it('puts the numbers, the level and the phone it is given into the text', () => {
    for (const strings of [en, es]) {
      assert.match(strings.questionCount(6, 9), /\b6\b.*\b9\b/);
      assert.ok(strings.pathLength(8).includes('8'));
      for (const key of ['thenLevel', 'resultHeading', 'resultAnnouncement']) {
        assert.ok(strings[key]('Intensive outpatient (IOP)').includes('Intensive outpatient (IOP)'), key);
      }
      assert.ok(strings.callUs('+1 (555) 010-0199').includes('+1 (555) 010-0199'));
    }
  });

  it('words each text about the person answering differently from the one about someone else', () => {
    for (const strings of [en, es]) {
      const texts = textsOf(strings, samples);
      const selves = [...texts.keys()].filter((path) => path.endsWith('.self'));
      assert.ok(selves.length >= 5);
      for (const self of selves) {
        const other = self.replace(/\.self$/, '.other');
        assert.notEqual(texts.get(self), texts.get(other), self);
      }
    }
  });

  it('tells a person in danger to call 911, before the questions and in every emergency box, in both languages', () => {
    for (const strings of [en, es]) {
      const dangers = [...textsOf(strings, samples)].filter(([path]) => /^(crisisLine|crisisEmergency)\./.test(path));
      assert.equal(dangers.length, 8);
      for (const [path, text] of dangers) assert.match(text, /\b911\b/, path);
      assert.match(strings.crisisLine.self, /\b988\b/);
    }
  });
});
