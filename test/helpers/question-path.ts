/** Where a question falls on the path some answers lead to: shared by the questionnaire's tests and stories. */
import { questionsFor } from '../../src/engine/rate.js';
import type { Answers } from '../../src/engine/types.js';

/** The index of question `id` on the path `answers` lead to. */
export function pathIndex(answers: Answers, id: string): number {
  const index = questionsFor(answers).findIndex((question) => question.id === id);
  if (index < 0) throw new Error(`${id} is not on the path`);
  return index;
}

/** The answers to the questions before `id` on the path `answers` lead to: the question shows with none chosen. */
export function answersBefore(answers: Answers, id: string): Answers {
  const path = questionsFor(answers).slice(0, pathIndex(answers, id));
  return Object.fromEntries(path.map((question) => [question.id, answers[question.id]]));
}
