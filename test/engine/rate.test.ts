import { expect } from '@open-wc/testing';
import { questions, rateAnswers, type Answers } from '../../src/data.js';

const allQuestionIds = questions.map((question) => question.id);

/** The first, no-risk answer to every question. */
const noRisk: Answers = Object.fromEntries(questions.map((question) => [question.id, question.options[0].value]));

describe('rateAnswers', () => {
  it('rates a person with no answers as 0 everywhere and reports every question as unanswered', () => {
    const ratings = rateAnswers({});
    expect(ratings.dimensions).to.deep.equal({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 });
    expect(ratings.unanswered).to.deep.equal(allQuestionIds);
    expect(ratings.crisis).to.equal(false);
    expect(ratings.crisisKinds).to.deep.equal([]);
    expect(ratings.withdrawalRisk).to.equal(false);
    expect(ratings.ignored).to.deep.equal([]);
  });

  it('gives a dimension the severity its answers share', () => {
    const ratings = rateAnswers({ ...noRisk, 'withdrawal-now': 'mild', 'past-withdrawal': 'a-few-times' });
    expect(ratings.dimensions[1]).to.equal(1);
    expect(ratings.unanswered).to.deep.equal([]);
  });

  it('rates a dimension by its most worrying answer, never by an average', () => {
    const ratings = rateAnswers({ ...noRisk, 'physical-health': 'not-under-control' });
    expect(ratings.dimensions[2]).to.equal(3);
    expect(ratings.dimensions).to.include({ 1: 0, 3: 0, 4: 0, 5: 0, 6: 0 });
  });

  it('counts a skipped question as 0 and lists it', () => {
    const { home: _skipped, ...withoutHome } = noRisk;
    const ratings = rateAnswers({ ...withoutHome, readiness: 'mixed' });
    expect(ratings.unanswered).to.deep.equal(['home']);
    expect(ratings.dimensions[6]).to.equal(0);
    expect(ratings.dimensions[4]).to.equal(2);
  });

  it('ignores unknown questions and unknown answers, reports them, and counts the question as unanswered', () => {
    const ratings = rateAnswers({ ...noRisk, shoeSize: '42', home: 'castle', readiness: 'others-want-it' });
    expect(ratings.ignored).to.have.deep.members([
      { questionId: 'shoeSize', value: '42', reason: 'unknown-question' },
      { questionId: 'home', value: 'castle', reason: 'unknown-option' },
    ]);
    expect(ratings.unanswered).to.deep.equal(['home']);
    expect(ratings.dimensions[4]).to.equal(3);
  });

  it('does not throw on input that is not a record of answers', () => {
    for (const odd of [null, undefined, 'home=unsafe', 42, ['no'], JSON.parse('{"__proto__": {"home": "x"}}')]) {
      const ratings = rateAnswers(odd as Answers);
      expect(ratings.unanswered, String(odd)).to.deep.equal(allQuestionIds);
      expect(ratings.crisis).to.equal(false);
    }
    const numeric = rateAnswers({ home: 3 } as unknown as Answers);
    expect(numeric.ignored).to.deep.equal([{ questionId: 'home', value: 3, reason: 'unknown-option' }]);
  });

  it('collects each red flag once, in question order', () => {
    const ratings = rateAnswers({
      'withdrawal-now': 'severe-now',
      'self-harm-thoughts': 'plan-or-recent',
      'harm-others-thoughts': 'yes',
    });
    expect(ratings.crisis).to.equal(true);
    expect(ratings.crisisKinds).to.deep.equal(['self-harm', 'harm-others', 'severe-withdrawal']);
    expect(ratings.dimensions[3]).to.equal(4);
    expect(ratings.dimensions[1]).to.equal(4);
  });

  it('flags withdrawal risk from past seizures even when the person says they do not use now', () => {
    const ratings = rateAnswers({ ...noRisk, 'past-withdrawal': 'seizure-or-dts' });
    expect(noRisk['withdrawal-now']).to.equal('no-use');
    expect(ratings.withdrawalRisk).to.equal(true);
  });

  it('counts age, pregnancy and serious illness as withdrawal risks only for someone who drinks or uses drugs', () => {
    const olderAndPregnant = { ...noRisk, age: 'yes', pregnancy: 'yes-or-maybe', 'physical-health': 'serious' };
    expect(rateAnswers(olderAndPregnant).withdrawalRisk).to.equal(false);
    expect(rateAnswers({ ...olderAndPregnant, 'withdrawal-now': 'fine' }).withdrawalRisk).to.equal(true);
    expect(rateAnswers({ age: 'yes' }).withdrawalRisk, 'use unknown counts as using').to.equal(true);
  });
});
