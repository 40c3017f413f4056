import { chosenValues, questionsFor, subjectOf } from '../../engine/rate.js';
import { levels } from '../../data/levels.js';
import type { Locale } from '../../data/locale.js';
import type { Answers, Recommendation } from '../../engine/types.js';
import { questionnaireStrings } from './questionnaire.strings.js';

/**
 * The person's answers as question and answer text, for the questions on their path in order, unanswered ones
 * included; worded for whoever the answers are about.
 */
export function answeredQuestions(answers: Answers, locale: Locale): { question: string; answer: string }[] {
  const strings = questionnaireStrings[locale];
  const subject = subjectOf(answers);
  return questionsFor(answers).map((question) => {
    const chosen = chosenValues(answers, question.id);
    const labels = question.options
      .filter((option) => chosen.includes(option.value))
      .map((option) => option.label[subject][locale]);
    return { question: question.prompt[subject][locale], answer: labels.length > 0 ? labels.join('; ') : strings.notAnswered };
  });
}

/**
 * The plain-text summary "Copy summary" puts on the clipboard, for a person to paste into an e-mail or bring to an
 * intake call: the suggestion with its reasons and notes, the next step, and every answer.
 */
export function summaryText(
  recommendation: Recommendation,
  answers: Answers,
  locale: Locale,
  nextStep: readonly string[],
): string {
  const strings = questionnaireStrings[locale];
  const lines: string[] = [strings.summaryTitle, ''];
  if (recommendation.level) {
    const provisional = strings.provisional[recommendation.ratings.subject];
    lines.push(strings.resultHeading(levels[recommendation.level].longName[locale]), provisional, '');
    lines.push(`${strings.reasonsHeading}:`);
    for (const step of recommendation.firstSteps) lines.push(`- ${strings.firstStepsHeading}: ${step.label[locale]}. ${step.text[locale]}`);
    for (const reason of recommendation.reasons) lines.push(`- ${reason.text[locale]}`);
    for (const note of recommendation.notes) lines.push(`- ${note.text[locale]}`);
    lines.push('');
  }
  if (nextStep.length > 0) lines.push(`${strings.nextStepHeading}:`, ...nextStep.map((step) => `- ${step}`), '');
  lines.push(`${strings.answersHeading}:`);
  answeredQuestions(answers, locale).forEach(({ question, answer }, index) => {
    lines.push(`${index + 1}. ${question}`, `   ${answer}`);
  });
  lines.push('', strings.asamNote);
  return lines.join('\n');
}
