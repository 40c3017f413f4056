import { hasPrivateAnswer, isPrivateAnswer, isPrivateReason, isPrivateStep } from '../../engine/privacy.js';
import { chosenValues, questionsFor, subjectOf } from '../../engine/rate.js';
import { samhsaHelpline } from '../../data/crisis-resources.js';
import { levels } from '../../data/levels.js';
import type { Locale } from '../../data/locale.js';
import type { CenterLinks } from '../../internal/center-links.js';
import type { CareCtaAction } from '../../internal/cta.js';
import type { Answers, Recommendation } from '../../engine/types.js';
import { questionnaireStrings } from './questionnaire.strings.js';

/** A next step on the result: the center's call or link, or else the SAMHSA helpline. */
export interface NextStepLink {
  readonly action: CareCtaAction;
  readonly href: string;
  readonly text: string;
}

/** The result's next steps: the center's call and link when it has them, else the SAMHSA helpline and its TTY. */
export function nextStepLinks(call: CenterLinks['call'], link: CenterLinks['link'], locale: Locale): NextStepLink[] {
  const strings = questionnaireStrings[locale];
  const links: NextStepLink[] = [];
  if (call) links.push({ action: 'call', href: call.href, text: strings.callUs(call.phone) });
  if (link) links.push({ action: 'link', href: link.href, text: link.label?.[locale] ?? strings.defaultCtaLabel });
  if (links.length === 0) {
    const [helpline, tty] = samhsaHelpline.contacts;
    links.push({ action: 'helpline', href: helpline.href, text: strings.helplineCall });
    links.push({ action: 'helpline', href: tty.href, text: strings.helplineTty });
  }
  return links;
}

/** One question and its answer, as text; `private` when someone else must not see it (violence at home). */
export interface AnsweredQuestion {
  readonly question: string;
  readonly answer: string;
  readonly private: boolean;
}

/**
 * The person's answers as question and answer text, for the questions on their path in order, unanswered ones
 * included; worded for whoever the answers are about.
 */
export function answeredQuestions(answers: Answers, locale: Locale): AnsweredQuestion[] {
  const strings = questionnaireStrings[locale];
  const subject = subjectOf(answers);
  return questionsFor(answers).map((question) => {
    const chosen = chosenValues(answers, question.id);
    const labels = question.options
      .filter((option) => chosen.includes(option.value))
      .map((option) => option.label[subject][locale]);
    return {
      question: question.prompt[subject][locale],
      answer: labels.length > 0 ? labels.join('; ') : strings.notAnswered,
      private: isPrivateAnswer(question, answers),
    };
  });
}

/**
 * The plain-text summary "Copy summary" puts on the clipboard, for a person to paste into an e-mail or bring to an
 * intake call: the suggestion with its reasons and notes, the next step, and every answer. A private answer (violence
 * at home) and the steps and reasons it caused are left out, and the summary says one answer was left out.
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
    for (const step of recommendation.firstSteps.filter((candidate) => !isPrivateStep(candidate))) {
      lines.push(`- ${strings.firstStepsHeading}: ${step.label[locale]}. ${step.text[locale]}`);
    }
    for (const reason of recommendation.reasons.filter((candidate) => !isPrivateReason(candidate))) {
      lines.push(`- ${reason.text[locale]}`);
    }
    for (const note of recommendation.notes) lines.push(`- ${note.text[locale]}`);
    lines.push('');
  }
  if (nextStep.length > 0) lines.push(`${strings.nextStepHeading}:`, ...nextStep.map((step) => `- ${step}`), '');
  lines.push(`${strings.answersHeading}:`);
  answeredQuestions(answers, locale)
    .filter((answered) => !answered.private)
    .forEach(({ question, answer }, index) => {
      lines.push(`${index + 1}. ${question}`, `   ${answer}`);
    });
  if (hasPrivateAnswer(answers)) lines.push('', strings.privateAnswerLeftOut);
  lines.push('', strings.asamNote);
  return lines.join('\n');
}
