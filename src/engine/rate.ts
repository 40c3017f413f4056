/**
 * Answers -> ratings: one risk rating per dimension, the red flags, and whether a risk factor for complicated
 * withdrawal was given.
 */
import { dimensionIds, questions } from '../data/questions.js';
import type {
  Answers,
  CrisisKind,
  Dimension,
  IgnoredAnswer,
  Question,
  QuestionOption,
  Ratings,
  Severity,
} from './types.js';

const questionsById = new Map<string, Question>(questions.map((question) => [question.id, question]));

/**
 * Rates a set of answers. A dimension's rating is the highest severity among its answers, so where all of its
 * answers share one severity, that is its rating, and one worrying answer is never averaged away. Unanswered
 * questions count as 0 and are listed in `unanswered`; unknown question ids and option values are listed in
 * `ignored`. Never throws: anything that is not a plain object counts as no answers.
 */
export function rateAnswers(answers: Answers): Ratings {
  const { chosen, ignored } = readAnswers(answers);

  const dimensions = Object.fromEntries(dimensionIds.map((dimension) => [dimension, 0])) as Record<Dimension, Severity>;
  const crisisKinds: CrisisKind[] = [];
  const unanswered: string[] = [];
  for (const question of questions) {
    const option = chosen.get(question.id);
    if (!option) {
      unanswered.push(question.id);
      continue;
    }
    dimensions[question.dimension] = Math.max(dimensions[question.dimension], option.severity) as Severity;
    if (option.crisis && !crisisKinds.includes(option.crisisKind)) crisisKinds.push(option.crisisKind);
  }

  const options = [...chosen.values()];
  const usesSubstances = !options.some((option) => option.noSubstanceUse);
  const withdrawalRisk = options.some(
    (option) => option.withdrawalRisk === 'always' || (option.withdrawalRisk === 'if-using' && usesSubstances),
  );

  return { dimensions, crisis: crisisKinds.length > 0, crisisKinds, withdrawalRisk, unanswered, ignored };
}

function readAnswers(answers: unknown): { chosen: Map<string, QuestionOption>; ignored: IgnoredAnswer[] } {
  const chosen = new Map<string, QuestionOption>();
  const ignored: IgnoredAnswer[] = [];
  const isPlainRecord = typeof answers === 'object' && answers !== null && !Array.isArray(answers);
  for (const [questionId, value] of isPlainRecord ? Object.entries(answers) : []) {
    const question = questionsById.get(questionId);
    const option = question?.options.find((candidate) => candidate.value === value);
    if (option) chosen.set(questionId, option);
    else ignored.push({ questionId, value, reason: question ? 'unknown-option' : 'unknown-question' });
  }
  return { chosen, ignored };
}
