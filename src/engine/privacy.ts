/**
 * What the printed and copied summary leave out: an answer marked `private` (violence at home) and the first steps
 * and reasons it caused, which are marked `private` too. Someone else may see the paper or the screen.
 */
import { firstSteps as firstStepInfo } from '../data/recommendation/first-steps.js';
import { recommendationRules } from '../data/recommendation/level-rules.js';
import { chosenValues, questionsFor } from './rate.js';
import type { Answers, FirstStep, Question, Reason } from './types.js';

/** Whether `question` has an answer that must stay private: its screen offers a quick way to leave. */
export function hasPrivateOption(question: Question): boolean {
  return question.options.some((option) => option.private);
}

/** Whether a private answer was chosen on the person's path. */
export function hasPrivateAnswer(answers: Answers): boolean {
  return questionsFor(answers).some((question) => isPrivateAnswer(question, answers));
}

/** Whether the answer to `question` is private and must be left out of a summary. */
export function isPrivateAnswer(question: Question, answers: Answers): boolean {
  return question.options.some((option) => option.private && chosenValues(answers, question.id).includes(option.value));
}

export function isPrivateStep(step: FirstStep): boolean {
  return firstStepInfo[step.id].private === true;
}

export function isPrivateReason(reason: Reason): boolean {
  return recommendationRules.some((rule) => rule.id === reason.id && rule.private === true);
}
