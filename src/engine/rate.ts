/**
 * Answers -> ratings: which questions the answers lead to, one risk rating per topic, the red flags, and what the
 * answers tell about the person (who, what for, age, use now, substances, medication).
 */
import { dimensionIds, questions, topicsById } from '../data/questions.js';
import { withdrawalRiskFactors, type WithdrawalRiskFactor } from '../data/recommendation-rules.js';
import type {
  AddictionMedication,
  AgeBand,
  Answers,
  AskCondition,
  CrisisKind,
  Dimension,
  HelpWith,
  IgnoredAnswer,
  Question,
  QuestionOption,
  Ratings,
  RecentOverdose,
  Severity,
  Signal,
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

function holds(condition: AskCondition, answers: Answers): boolean {
  return chosenValues(answers, condition.questionId).some((value) => condition.oneOf.includes(value));
}

/** Whether `question` is on the path the answers lead to. */
export function isAsked(question: Question, answers: Answers): boolean {
  return (question.askedWhen ?? []).every((condition) => holds(condition, answers));
}

/**
 * The questions the answers lead to, in order: the person's path. It changes as answers change (someone seeking
 * help for mental health alone is asked no substance questions), so "Question n of N" counts this list.
 */
export function questionsFor(answers: Answers): readonly Question[] {
  const usable = cleanAnswers(answers);
  return questions.filter((question) => isAsked(question, usable));
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
 * worrying answer is never averaged away; for someone using now, the withdrawal risk factors can raise the withdrawal
 * rating. Unanswered questions on the path count as 0 and are listed in `unanswered`; unknown question ids and option
 * values, and answers to questions off the path, are listed in `ignored`. Never throws: anything that is not a plain
 * object counts as no answers.
 */
export function rateAnswers(answers: Answers): Ratings {
  const read = readAnswers(answers);
  const given = read.answers;
  const ignored = [...read.ignored];

  const dimensions = Object.fromEntries(dimensionIds.map((dimension) => [dimension, 0])) as Record<Dimension, Severity>;
  const crisisKinds: CrisisKind[] = [];
  const unanswered: string[] = [];
  const chosen = new Map<string, readonly QuestionOption[]>();
  let emergency = false;

  for (const question of questions) {
    const values = valuesOf(given[question.id]);
    if (!isAsked(question, given)) {
      if (question.id in given) ignored.push({ questionId: question.id, value: given[question.id], reason: 'not-asked' });
      continue;
    }
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
  const ageBand = (single('age-band') as AgeBand | undefined) ?? null;
  const pregnant = single('pregnancy') === 'yes-or-maybe';

  const factors = usingNow
    ? withdrawalRiskFactors.filter((factor) =>
        riskFactorHolds(factor, { withdrawal: single('withdrawal'), physical: single('physical-health'), substances, pregnant, ageBand }),
      )
    : [];
  for (const factor of factors) dimensions[1] = Math.max(dimensions[1], factor.rating) as Severity;

  const signals: Signal[] = [];
  if (single('safety') === 'attempt-past-year') signals.push('past-suicide-attempt');
  if (single('mental-health') === 'unusual-experiences') signals.push('psychosis-or-mania');
  if (single('physical-health') === 'not-eating-or-fainting') signals.push('not-eating-or-fainting');
  if (single('home') === 'unsafe') signals.push('unsafe-home');
  if (single('home') === 'no-steady-home') signals.push('no-steady-home');

  return {
    dimensions,
    crisis: crisisKinds.length > 0,
    crisisKinds,
    emergency,
    withdrawalRisk: factors.length > 0,
    subject: subjectOf(given),
    helpWith,
    ageBand,
    usingNow,
    useFrequency: substancesInvolved ? useFrequency : null,
    substances,
    medication: (single('addiction-medication') as AddictionMedication | undefined) ?? (substancesInvolved ? null : 'none'),
    pregnant,
    overdose: (single('overdose') as RecentOverdose | undefined) ?? 'none',
    signals,
    unanswered,
    ignored,
  };
}

interface RiskFactorFacts {
  readonly withdrawal: string | undefined;
  readonly physical: string | undefined;
  readonly substances: readonly SubstanceId[] | null;
  readonly pregnant: boolean;
  readonly ageBand: AgeBand | null;
}

function riskFactorHolds(factor: WithdrawalRiskFactor, facts: RiskFactorFacts): boolean {
  const uses = (substance: SubstanceId) => facts.substances?.includes(substance) ?? false;
  const sedatives = uses('sedatives') || uses('prescribed-benzodiazepines');
  switch (factor.id) {
    case 'past-seizure-or-dts':
      return facts.withdrawal === 'seizure-or-dts';
    case 'sedatives-with-alcohol':
      return sedatives && uses('alcohol');
    case 'serious-illness':
      return facts.physical === 'serious' || facts.physical === 'not-under-control';
    case 'pregnancy-with-alcohol-or-sedatives':
      return facts.pregnant && (sedatives || uses('alcohol'));
    case 'many-past-withdrawals':
      return facts.withdrawal === 'many-times';
    case 'age-65-plus':
      return facts.ageBand === '65-plus';
  }
}
