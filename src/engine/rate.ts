/**
 * Answers -> ratings: which questions the answers lead to, one risk rating per topic, the red flags, and what the
 * answers tell about the person (who, what for, age, use now, substances, medication).
 */
import { dimensionIds, questions, topicsById } from '../data/questions.js';
import { ratingRules, withdrawalRiskFactors } from '../data/recommendation/rating-rules.js';
import { signals as signalInfo } from '../data/recommendation/signals.js';
import { holds, type ConditionFacts } from './conditions.js';
import type {
  AddictionMedication,
  AgeBand,
  Answers,
  CrisisKind,
  Dimension,
  HelpWith,
  IgnoredAnswer,
  Question,
  QuestionOption,
  Ratings,
  RecentOverdose,
  Severity,
  SignalId,
  Subject,
  SubstanceId,
  UseFrequency,
} from './types.js';

const questionsById = new Map<string, Question>(questions.map((question) => [question.id, question]));

/** The values an answer holds: one for a single-choice question, any number for a multiple-choice one. */
function valuesOf(answer: unknown): readonly unknown[] {
  if (Array.isArray(answer)) return answer;
  return answer === undefined ? [] : [answer];
}

/** The values chosen for `questionId`: a list for any question, empty when it has no answer. */
export function chosenValues(answers: Answers, questionId: string): readonly string[] {
  return valuesOf(answers[questionId]).filter((value): value is string => typeof value === 'string');
}

/** Whom the answers are about: the person answering, or someone they care about. */
export function subjectOf(answers: Answers): Subject {
  return chosenValues(answers, 'for-whom').includes('someone-else') ? 'other' : 'self';
}

/** Facts for a condition over answers alone (a question's `askedWhen`). */
function answerFacts(answers: Answers): ConditionFacts {
  return {
    answers,
    dimensions: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 },
    helpWith: null,
    ageBand: null,
    usingNow: null,
    substances: null,
    medication: null,
    pregnant: false,
    overdose: 'none',
    signals: [],
    unanswered: [],
    firstSteps: [],
    notes: [],
  };
}

/**
 * The questions on the person's path, in order, and the answers to them. A question's `askedWhen` sees only the
 * answers to questions before it on the path, so an answer kept for Back on a question off the path changes nothing.
 */
function walkPath(answers: Answers): { path: Question[]; onPath: Record<string, string | readonly string[]> } {
  const path: Question[] = [];
  const onPath: Record<string, string | readonly string[]> = {};
  for (const question of questions) {
    if (question.askedWhen && !holds(question.askedWhen, answerFacts(onPath))) continue;
    path.push(question);
    if (question.id in answers) onPath[question.id] = answers[question.id];
  }
  return { path, onPath };
}

/** Whether `question` is on the path the answers lead to. */
export function isAsked(question: Question, answers: Answers): boolean {
  return questionsFor(answers).some((asked) => asked.id === question.id);
}

/**
 * The questions the answers lead to, in order: the person's path. It changes as answers change (someone seeking
 * help for mental health alone is asked no substance questions), so "Question n of N" counts this list.
 */
export function questionsFor(answers: Answers): readonly Question[] {
  return walkPath(cleanAnswers(answers)).path;
}

/**
 * Keeps the answers that match a question and its options, for every question whether asked or not (the
 * questionnaire keeps answers across branches so Back can restore them). A multiple-choice answer keeps its known
 * values, each once, in option order; a single string is read as a list of one.
 */
export function cleanAnswers(input: unknown): Answers {
  return readAnswers(input).answers;
}

function readAnswers(input: unknown): { answers: Record<string, string | string[]>; ignored: IgnoredAnswer[] } {
  const answers: Record<string, string | string[]> = {};
  const ignored: IgnoredAnswer[] = [];
  const isPlainRecord = typeof input === 'object' && input !== null && !Array.isArray(input);
  for (const [questionId, value] of isPlainRecord ? Object.entries(input) : []) {
    const question = questionsById.get(questionId);
    if (!question) {
      ignored.push({ questionId, value, reason: 'unknown-question' });
      continue;
    }
    if (question.multiple) {
      const given = valuesOf(value);
      const known = question.options.map((option) => option.value).filter((option) => given.includes(option));
      if (known.length > 0 || (Array.isArray(value) && value.length === 0)) answers[questionId] = known;
      if (known.length < given.length) ignored.push({ questionId, value, reason: 'unknown-option' });
    } else if (typeof value === 'string' && question.options.some((option) => option.value === value)) {
      answers[questionId] = value;
    } else {
      ignored.push({ questionId, value, reason: 'unknown-option' });
    }
  }
  return { answers, ignored };
}

/**
 * Rates a set of answers. A topic's rating is the highest severity among its answers on the person's path, so one
 * worrying answer is never averaged away; the rating rules (src/data/recommendation/rating-rules.ts) then raise
 * ratings, such as withdrawal for someone physically dependent now. Unanswered questions on the path count as 0 and
 * are listed in `unanswered`; unknown question ids and option values, and answers to questions off the path, are
 * listed in `ignored`. Never throws: anything that is not a plain object counts as no answers.
 */
export function rateAnswers(answers: Answers): Ratings {
  const read = readAnswers(answers);
  const given = read.answers;
  const ignored = [...read.ignored];
  const { path, onPath } = walkPath(given);

  const dimensions = Object.fromEntries(dimensionIds.map((dimension) => [dimension, 0])) as Record<Dimension, Severity>;
  const crisisKinds: CrisisKind[] = [];
  const unanswered: string[] = [];
  const chosen = new Map<string, readonly QuestionOption[]>();
  let emergency = false;

  for (const question of questions) {
    if (!path.includes(question)) {
      if (question.id in given) ignored.push({ questionId: question.id, value: given[question.id], reason: 'not-asked' });
      continue;
    }
    const values = valuesOf(given[question.id]);
    if (!(question.id in given) || (!question.multiple && values.length === 0)) {
      unanswered.push(question.id);
      continue;
    }
    const options = question.options.filter((option) => values.includes(option.value));
    chosen.set(question.id, options);
    for (const option of options) {
      if (question.topic) {
        const dimension = topicsById[question.topic].dimension;
        dimensions[dimension] = Math.max(dimensions[dimension], option.severity ?? 0) as Severity;
      }
      if (option.crisis && !crisisKinds.includes(option.crisis)) crisisKinds.push(option.crisis);
      if (option.emergency) emergency = true;
    }
  }

  const single = (id: string): string | undefined => chosen.get(id)?.[0]?.value;
  const helpWith = (single('help-with') as HelpWith | undefined) ?? null;
  const substancesInvolved = helpWith === 'substances' || helpWith === 'both';
  const useFrequency = (single('use-past-30-days') as UseFrequency | undefined) ?? null;
  const usingNow =
    helpWith === 'mental-health' ? false : useFrequency === null ? null : useFrequency !== 'not-at-all';
  const substances = chosen.has('substances')
    ? (chosen.get('substances')!.map((option) => option.value) as SubstanceId[])
    : helpWith === 'mental-health'
      ? []
      : null;

  const signals: SignalId[] = [];
  // One object for every condition below: `signals` and `dimensions` are read through it as they grow.
  const facts: ConditionFacts = {
    answers: onPath,
    dimensions,
    helpWith,
    ageBand: (single('age-band') as AgeBand | undefined) ?? null,
    usingNow,
    substances,
    medication: (single('addiction-medication') as AddictionMedication | undefined) ?? (substancesInvolved ? null : 'none'),
    pregnant: single('pregnancy') === 'yes-or-maybe',
    overdose: (single('overdose') as RecentOverdose | undefined) ?? 'none',
    signals,
    unanswered,
    firstSteps: [],
    notes: [],
  };
  for (const signal of signalInfo) if (holds(signal.when, facts)) signals.push(signal.id);

  const raisedBy = ratingRules.filter((rule) => holds(rule.when, facts));
  for (const rule of raisedBy) {
    const dimension = topicsById[rule.topic].dimension;
    dimensions[dimension] = Math.max(dimensions[dimension], rule.rating) as Severity;
  }

  const { ageBand, medication, pregnant, overdose } = facts;
  return {
    dimensions,
    crisis: crisisKinds.length > 0,
    crisisKinds,
    emergency,
    withdrawalRisk: raisedBy.some((rule) => withdrawalRiskFactors.includes(rule)),
    subject: subjectOf(given),
    helpWith,
    ageBand,
    usingNow,
    useFrequency: substancesInvolved ? useFrequency : null,
    substances,
    medication,
    pregnant,
    overdose,
    signals,
    unanswered,
    ignored,
  };
}
