import { questions } from '../../data/questions.js';
import { levels } from '../../data/levels.js';
import type { Locale } from '../../data/locale.js';
import type { Answers, Recommendation } from '../../engine/types.js';
import { questionnaireStrings } from './questionnaire.strings.js';

/** The person's answers as question and answer text, in question order, unanswered questions included. */
export function answeredQuestions(answers: Answers, locale: Locale): { question: string; answer: string }[] {
  const strings = questionnaireStrings[locale];
  return questions.map((question) => {
    const option = question.options.find((candidate) => candidate.value === answers[question.id]);
    return { question: question.prompt[locale], answer: option ? option.label[locale] : strings.notAnswered };
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
    lines.push(strings.resultHeading(levels[recommendation.level].longName[locale]), strings.provisional, '');
    lines.push(`${strings.reasonsHeading}:`);
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
