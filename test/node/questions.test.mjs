/**
 * The questionnaire's content, in Node on the published `/data` entry: both languages and both wordings everywhere,
 * sources, plain language, red flags first, the topics and their numbers in both editions.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

const { questions, topics, recommendationRules, firstSteps, notes, questionnaireIntro, isSourceId } = await import(
  '../../dist/data.js'
);

/** A rough Flesch–Kincaid grade: syllables by vowel groups, crude but stable. */
function gradeLevel(text) {
  const syllables = (word) => {
    const letters = word.toLowerCase().replace(/[^a-z]/g, '');
    if (letters.length <= 3) return letters ? 1 : 0;
    const trimmed = letters.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
    return trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1;
  };
  const sentences = Math.max(1, text.split(/[.!?:]+/).filter((sentence) => sentence.trim()).length);
  const words = text.split(/\s+/).filter((word) => /[a-z]/i.test(word));
  return 0.39 * (words.length / sentences) + 11.8 * (words.reduce((sum, word) => sum + syllables(word), 0) / words.length) - 15.59;
}

/** The `answer` leaves of a condition, however deeply combined. */
function answerConditions(condition) {
  if (!condition) return [];
  const parts = condition.all ?? condition.any ?? condition.of ?? (condition.not ? [condition.not] : null);
  if (parts) return parts.flatMap(answerConditions);
  return 'answer' in condition ? [condition] : [];
}

function assertWritten(text, where) {
  for (const locale of ['en', 'es']) assert.match(text?.[locale] ?? '', /\S/, `${where} (${locale})`);
  if (text.en.length > 8) assert.notEqual(text.es, text.en, `${where}: the Spanish is a copy of the English`);
}

function assertAddressed(text, where) {
  assertWritten(text.self, `${where} (self)`);
  assertWritten(text.other, `${where} (someone else)`);
}

describe('questions', () => {
  test('have unique ids and option values, and branch only on earlier questions', () => {
    assert.equal(new Set(questions.map((question) => question.id)).size, questions.length);
    questions.forEach((question, index) => {
      const values = question.options.map((option) => option.value);
      assert.equal(new Set(values).size, values.length, question.id);
      for (const condition of answerConditions(question.askedWhen)) {
        const earlier = questions.slice(0, index).find((candidate) => candidate.id === condition.answer);
        assert.ok(earlier, `${question.id} branches on a later or unknown question`);
        for (const value of condition.oneOf ?? []) assert.ok(earlier.options.some((option) => option.value === value), value);
      }
    });
  });

  test('word every prompt, hint and option for oneself and for someone else, in English and Spanish', () => {
    for (const question of questions) {
      assertAddressed(question.prompt, `${question.id} prompt`);
      if (question.hint) assertAddressed(question.hint, `${question.id} hint`);
      for (const option of question.options) assertAddressed(option.label, `${question.id}=${option.value}`);
    }
  });

  test('never call the withdrawal symptoms just "abstinencia", and keep "usted" in Spanish', () => {
    const spanish = questions.flatMap((question) => [
      question.prompt.self.es,
      question.prompt.other.es,
      ...question.options.flatMap((option) => [option.label.self.es, option.label.other.es]),
    ]);
    for (const text of spanish) {
      assert.doesNotMatch(text, /(?<!síntomas de |síndrome de |manejo de la )abstinencia/i, text);
      assert.doesNotMatch(text, /\b(tú|tienes|puedes|quieres)\b/i, text);
    }
  });

  test('ask the red flags before any substance or health question, and reach every kind of red flag', () => {
    const firstRated = questions.findIndex((question) => question.topic && !question.options.some((option) => option.crisis));
    const redFlagQuestions = questions.filter((question) => question.options.some((option) => option.crisis));
    assert.ok(questions.indexOf(redFlagQuestions[1]) < firstRated);
    const kinds = new Set(questions.flatMap((question) => question.options.map((option) => option.crisis).filter(Boolean)));
    assert.deepEqual([...kinds].sort(), ['harm-others', 'medical-emergency', 'self-harm', 'severe-withdrawal']);
  });

  test('cite known sources for every rated question, rule, first step and note', () => {
    for (const question of questions.filter((candidate) => candidate.topic)) assert.ok(question.sources.length > 0, question.id);
    const cited = [
      ...questions.flatMap((question) => question.sources),
      ...recommendationRules.flatMap((rule) => rule.sources),
      ...Object.values(firstSteps).flatMap((step) => step.sources),
      ...Object.values(notes).flatMap((note) => note.sources),
    ];
    for (const id of cited) assert.ok(isSourceId(id), id);
    for (const rule of recommendationRules) {
      const ownRule = rule.id === 'several-moderate-risks';
      assert.ok(rule.rationale.length > 20, rule.id);
      assert.equal(rule.sources.length === 0, ownRule, `${rule.id}: only the project's own rule cites nothing`);
    }
    assert.match(recommendationRules.find((rule) => rule.id === 'several-moderate-risks').rationale, /project’s own rule/);
    for (const note of Object.values(notes).filter((info) => info.evidence === 'primary' && info.id !== 'unanswered-questions')) {
      assert.ok(note.sources.length > 0, note.id);
    }
  });

  test('keep the English questions at about a grade-6 reading level (medicine names aside)', () => {
    const medicineNames =
      /\b(buprenorphine|methadone|naltrexone|suboxone|vivitrol|narcan|benzos?|xanax|klonopin|adderall|fentanyl|opioids?|cannabis|marijuana|stimulants?|sedatives?|medicine)\b/gi;
    const texts = questions.map((question) =>
      [question.prompt.self.en, ...question.options.map((option) => option.label.self.en)].join('. ').replace(medicineNames, 'pill'),
    );
    texts.forEach((text, index) => assert.ok(gradeLevel(text) < 9, `${questions[index].id}: ${gradeLevel(text)}`));
    assert.ok(gradeLevel(texts.join('. ')) <= 6.5, String(gradeLevel(texts.join('. '))));
  });

  test('introduce themselves as informed by the ASAM dimensions, never as a diagnosis', () => {
    assert.match(questionnaireIntro.en, /informed by the six dimensions used in the ASAM Criteria/);
    assert.match(questionnaireIntro.en, /not a diagnosis/);
    assert.match(questionnaireIntro.es, /no un diagnóstico/);
  });
});

describe('topics', () => {
  test('carry their numbers and names in both editions: relapse is D4 and environment D5 in the 4th', () => {
    assert.deepEqual(topics.map((topic) => [topic.id, topic.dimension, topic.fourthEditionDimension]), [
      ['withdrawal', 1, 1],
      ['physical', 2, 2],
      ['mental', 3, 3],
      ['readiness', 4, 6],
      ['relapse', 5, 4],
      ['environment', 6, 5],
    ]);
    for (const topic of topics) {
      assertWritten(topic.name, topic.id);
      assertWritten(topic.thirdEditionName, topic.id);
      assertWritten(topic.fourthEditionName, topic.id);
    }
    assert.equal(topics[4].fourthEditionName.en, 'Substance use-related risks');
  });
});
