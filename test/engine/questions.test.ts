import { expect } from '@open-wc/testing';
import {
  dimensionIds,
  dimensions,
  questionnaireIntro,
  questions,
  recommendationRules,
  type CrisisKind,
  type Localized,
} from '../../src/data.js';
import { supportedLocales } from '../../src/data/locale.js';
import { gradeLevel } from './reading-level.js';

const allCrisisKinds: CrisisKind[] = ['self-harm', 'harm-others', 'medical-emergency', 'severe-withdrawal'];

function expectBothLanguages(text: Localized | undefined, where: string) {
  for (const locale of supportedLocales) {
    expect(text?.[locale]?.trim(), `${where} (${locale})`).to.be.a('string').and.not.equal('');
  }
  if (text!.en.length > 3) expect(text!.es, `${where}: the Spanish is a copy of the English`).not.to.equal(text!.en);
}

describe('questions', () => {
  it('has 8 to 14 questions with unique ids and unique option values', () => {
    expect(questions.length).to.be.within(8, 14);
    expect(new Set(questions.map((question) => question.id)).size).to.equal(questions.length);
    for (const question of questions) {
      const values = question.options.map((option) => option.value);
      expect(new Set(values).size, question.id).to.equal(values.length);
      expect(values.length, question.id).to.be.at.least(2);
    }
  });

  it('writes every prompt, hint and option in English and Spanish', () => {
    for (const question of questions) {
      expectBothLanguages(question.prompt, `${question.id} prompt`);
      if (question.hint) expectBothLanguages(question.hint, `${question.id} hint`);
      for (const option of question.options) expectBothLanguages(option.label, `${question.id}=${option.value}`);
    }
  });

  it('asks about every one of the six dimensions', () => {
    for (const dimension of dimensionIds) {
      expect(
        questions.some((question) => question.dimension === dimension),
        `no question about dimension ${dimension}`,
      ).to.equal(true);
    }
  });

  it('orders options from no risk to the most risk, starting at no risk', () => {
    for (const question of questions) {
      const severities = question.options.map((option) => option.severity);
      expect(severities[0], question.id).to.equal(0);
      expect(severities, question.id).to.deep.equal([...severities].sort((a, b) => a - b));
    }
  });

  it('can reach every red flag from some answer, and only as a severe answer', () => {
    const reachable = new Set(questions.flatMap((question) => question.options.map((option) => option.crisisKind)));
    for (const kind of allCrisisKinds) expect(reachable.has(kind), kind).to.equal(true);
    for (const option of questions.flatMap((question) => question.options)) {
      if (option.crisis) expect(option.severity, option.value).to.equal(4);
    }
  });

  it('asks the red-flag questions first', () => {
    const asksRedFlag = questions.map((question) => question.options.some((option) => option.crisis));
    expect(asksRedFlag.slice(0, 4)).to.deep.equal([true, true, true, true]);
    expect(asksRedFlag.slice(4)).not.to.include(true);
  });

  it('cites a source for every question and every rule', () => {
    for (const question of questions) expect(question.sources, question.id).not.to.be.empty;
    for (const rule of recommendationRules) expect(rule.sources, rule.id).not.to.be.empty;
  });

  it('keeps the English questions at about a grade-6 reading level', () => {
    const texts = questions.map((question) =>
      [question.prompt.en, ...question.options.map((option) => option.label.en)].join('. '),
    );
    questions.forEach((question, index) => expect(gradeLevel(texts[index]), question.id).to.be.below(8));
    expect(gradeLevel(texts.join('. '))).to.be.at.most(6);
  });

  it('introduces itself as informed by the ASAM dimensions, never as a diagnosis, and covers answering for others', () => {
    expect(questionnaireIntro.en).to.include('informed by the six dimensions used in the ASAM Criteria');
    expect(questionnaireIntro.en).to.include('not a diagnosis');
    expect(questionnaireIntro.en).to.include('answer as they would');
    expect(questionnaireIntro.es).to.include('no un diagnóstico');
    expect(questionnaireIntro.es).to.include('conteste como lo haría');
  });
});

describe('dimensions', () => {
  it('names the six dimensions in order, plainly and in both editions, with sources', () => {
    expect(dimensions.map((info) => info.dimension)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    for (const info of dimensions) {
      expectBothLanguages(info.name, `dimension ${info.dimension} name`);
      expectBothLanguages(info.thirdEditionName, `dimension ${info.dimension} 3rd edition`);
      expectBothLanguages(info.fourthEditionName, `dimension ${info.dimension} 4th edition`);
      expect(info.sources).to.include.members(['asam-levels', 'asam-4th']);
    }
    expect(dimensions[0].thirdEditionName.en).to.equal('Acute intoxication and/or withdrawal potential');
    expect(dimensions[3].fourthEditionName.en).to.match(/replaced by person-centered considerations/i);
  });
});
