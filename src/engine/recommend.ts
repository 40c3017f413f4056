/**
 * Ratings -> recommendation: a red flag first; otherwise the least intensive level that is safe (the most intensive
 * level over every rule of src/data/recommendation-rules.ts that holds, starting from outpatient), the first steps
 * beside it, and the notes.
 */
import { levelIds, type LevelId } from '../data/level-id.js';
import { dimensionIds, questions, topics, topicsById } from '../data/questions.js';
import {
  crisisReasons,
  firstSteps as firstStepInfo,
  generalCrisisReason,
  noOtherRuleReason,
  notes as noteInfo,
  recommendationRules,
} from '../data/recommendation-rules.js';
import { rateAnswers } from './rate.js';
import type {
  Addressed,
  AddictionMedication,
  AgeBand,
  Answers,
  CrisisKind,
  Dimension,
  FirstStep,
  FirstStepId,
  HelpWith,
  IgnoredAnswer,
  Note,
  NoteId,
  Ratings,
  RatingsInput,
  Reason,
  Recommendation,
  RecommendationRule,
  RecentOverdose,
  RuleCondition,
  Severity,
  Signal,
  Subject,
  SubstanceId,
  UseFrequency,
} from './types.js';

const crisisKindIds = Object.keys(crisisReasons) as CrisisKind[];
/**
 * The values a field of `RatingsInput` accepts are the option values of the question that feeds it, so the
 * questions stay the one list of them.
 */
function optionValues<T extends string>(questionId: string): readonly T[] {
  return (questions.find((question) => question.id === questionId)?.options ?? []).map((option) => option.value as T);
}

const helpWithIds = optionValues<HelpWith>('help-with');
const ageBands = optionValues<AgeBand>('age-band');
const useFrequencies = optionValues<UseFrequency>('use-past-30-days');
const substanceIds = optionValues<SubstanceId>('substances');
const medications = optionValues<AddictionMedication>('addiction-medication');
const overdoses = optionValues<RecentOverdose>('overdose');
const signalIds: readonly Signal[] = [
  'past-suicide-attempt',
  'psychosis-or-mania',
  'not-eating-or-fainting',
  'unsafe-home',
  'no-steady-home',
];

/** Substances whose withdrawal can be medically dangerous (seizures, delirium); `other` is unknown, so counted. */
const dangerousWithdrawalSubstances: readonly SubstanceId[] = ['alcohol', 'sedatives', 'other'];

/**
 * Suggests where to start from ratings. A red flag always gives `crisis: true` and `level: null`. Otherwise the
 * level is the least intensive one every holding rule allows: raising any rating never lowers it. Never throws;
 * see `RatingsInput` for how odd input is read.
 */
export function recommendFromRatings(input: RatingsInput): Recommendation {
  const ratings = cleanRatings(input);
  const { crisis, crisisKinds, emergency, unanswered, subject } = ratings;

  if (crisis) {
    const reasons = crisisReasonsFor(ratings);
    return { level: null, crisis, crisisKinds, emergency, firstSteps: [], reasons, notes: [], ratings, unanswered };
  }

  const holding = recommendationRules.filter((rule) => ruleHolds(rule, ratings));
  const level = holding.reduce<LevelId>(
    (most, rule) => (intensity(rule.level) > intensity(most) ? rule.level : most),
    'outpatient',
  );
  const steps = firstStepsFor(ratings).map((id): FirstStep => {
    const info = firstStepInfo[id];
    return { id, label: info.label[subject], text: info.text[subject], sources: info.sources };
  });
  const notes = notesFor(ratings, steps).map((id): Note => {
    const info = noteInfo[id];
    return { id, text: info.text[subject], sources: info.sources };
  });
  const reasons = ruleReasonsFor(holding, ratings);
  return { level, crisis, crisisKinds, emergency, firstSteps: steps, reasons, notes, ratings, unanswered };
}

/** Suggests where to start from answers: the same as `recommendFromRatings(rateAnswers(answers))`. */
export function recommend(answers: Answers): Recommendation {
  return recommendFromRatings(rateAnswers(answers));
}

function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function listOf<T>(allowed: readonly T[], value: unknown): T[] {
  return Array.isArray(value) ? allowed.filter((item) => value.includes(item)) : [];
}

function cleanRatings(input: RatingsInput): Ratings {
  const given: Partial<RatingsInput> = typeof input === 'object' && input !== null ? input : {};
  const givenDimensions: Partial<Record<Dimension, unknown>> =
    typeof given.dimensions === 'object' && given.dimensions !== null ? given.dimensions : {};
  const dimensions = Object.fromEntries(
    dimensionIds.map((dimension) => [dimension, toSeverity(givenDimensions[dimension])]),
  ) as Record<Dimension, Severity>;
  const helpWith = oneOf<HelpWith | null>(helpWithIds, given.helpWith, null);
  const usingNow = helpWith === 'mental-health' ? false : typeof given.usingNow === 'boolean' ? given.usingNow : null;
  const withdrawalRisk = given.withdrawalRisk === true && usingNow !== false;
  if (withdrawalRisk) dimensions[1] = Math.max(dimensions[1], 2) as Severity;
  if (usingNow === false) dimensions[1] = 0;
  const crisisKinds = listOf(crisisKindIds, given.crisisKinds);
  return {
    dimensions,
    crisis: given.crisis === true || crisisKinds.length > 0,
    crisisKinds,
    emergency: given.emergency === true || crisisKinds.some((kind) => kind !== 'self-harm'),
    withdrawalRisk,
    subject: oneOf<Subject>(['self', 'other'], given.subject, 'self'),
    helpWith,
    ageBand: oneOf<AgeBand | null>(ageBands, given.ageBand, null),
    usingNow,
    useFrequency: oneOf<UseFrequency | null>(useFrequencies, given.useFrequency, null),
    substances: helpWith === 'mental-health' ? [] : Array.isArray(given.substances) ? listOf(substanceIds, given.substances) : null,
    medication: oneOf<AddictionMedication | null>(medications, given.medication, null),
    pregnant: given.pregnant === true,
    overdose: oneOf(overdoses, given.overdose, 'none'),
    signals: listOf(signalIds, given.signals),
    unanswered: Array.isArray(given.unanswered) ? given.unanswered.filter((id) => typeof id === 'string') : [],
    ignored: Array.isArray(given.ignored) ? (given.ignored as IgnoredAnswer[]) : [],
  };
}

/** Rounds up, so a rating between two steps is read as the riskier one, and clamps into 0–4. */
function toSeverity(value: unknown): Severity {
  if (typeof value !== 'number' || Number.isNaN(value)) return 0;
  return Math.min(4, Math.max(0, Math.ceil(value))) as Severity;
}

function rating(ratings: Ratings, topic: keyof typeof topicsById): Severity {
  return ratings.dimensions[topicsById[topic].dimension];
}

function conditionHolds(condition: RuleCondition, ratings: Ratings): boolean {
  if (condition.kind === 'rating') return rating(ratings, condition.topic) >= condition.atLeast;
  const counted = topics.filter((topic) => topic.id !== 'readiness' && rating(ratings, topic.id) >= 2);
  return counted.length >= condition.topicsAtTwoOrMore;
}

/** People whose help is not for mental health alone count as substance use, so hand-written ratings keep the table. */
function ruleHolds(rule: RecommendationRule, ratings: Ratings): boolean {
  const mentalHealthOnly = ratings.helpWith === 'mental-health';
  if (rule.scope === 'substance-use' && mentalHealthOnly) return false;
  if (rule.scope === 'mental-health-only' && !mentalHealthOnly) return false;
  return rule.when.every((condition) => conditionHolds(condition, ratings));
}

/** 0 for outpatient up to 3 for inpatient (`levelIds` runs from most to least intensive). */
function intensity(level: LevelId): number {
  return levelIds.length - 1 - levelIds.indexOf(level);
}

const uses = (ratings: Ratings, ...kinds: SubstanceId[]) => kinds.some((kind) => ratings.substances?.includes(kind));
const takesAddictionMedication = (ratings: Ratings) =>
  ratings.medication !== null && ratings.medication !== 'none';

/**
 * Withdrawal management, only for someone who may be using now and a substance whose withdrawal can be dangerous
 * (or substances not known); its setting follows the withdrawal rating and the home. For opioids without
 * medication, medication first. Prescribed benzodiazepines alone get the "talk with your prescriber" note instead.
 */
function firstStepsFor(ratings: Ratings): FirstStepId[] {
  if (ratings.usingNow === false) return [];
  const steps: FirstStepId[] = [];
  const withdrawal = rating(ratings, 'withdrawal');
  const dangerous = ratings.substances === null || uses(ratings, ...dangerousWithdrawalSubstances);
  if (dangerous && withdrawal >= 2) {
    if (withdrawal >= 4) steps.push('withdrawal-hospital');
    else if (withdrawal >= 3 || rating(ratings, 'environment') >= 2) steps.push('withdrawal-24-hour');
    else steps.push('withdrawal-ambulatory');
  }
  if (ratings.usingNow === true && uses(ratings, 'opioids') && !takesAddictionMedication(ratings)) {
    steps.push('start-opioid-medication');
  }
  return steps;
}

function notesFor(ratings: Ratings, steps: readonly FirstStep[]): NoteId[] {
  const withdrawalManagement = steps.some((step) => step.id.startsWith('withdrawal-'));
  const opioids = uses(ratings, 'opioids', 'prescribed-opioids');
  const shown: Record<NoteId, boolean> = {
    'after-withdrawal-overdose-risk': withdrawalManagement,
    'keep-taking-addiction-medication': takesAddictionMedication(ratings),
    'pregnancy-opioids': ratings.pregnant && opioids,
    'prescribed-benzodiazepines': uses(ratings, 'prescribed-benzodiazepines'),
    'prescribed-opioids': uses(ratings, 'prescribed-opioids'),
    'alcohol-do-not-stop-suddenly':
      ratings.usingNow === true &&
      uses(ratings, 'alcohol') &&
      (ratings.useFrequency === 'daily' || ratings.useFrequency === 'most-days') &&
      rating(ratings, 'withdrawal') >= 2,
    naloxone:
      !withdrawalManagement &&
      (opioids ||
        uses(ratings, 'stimulants') ||
        ratings.medication === 'buprenorphine' ||
        ratings.medication === 'methadone' ||
        ratings.overdose !== 'none'),
    'opioids-with-sedatives-or-alcohol': opioids && uses(ratings, 'alcohol', 'sedatives', 'prescribed-benzodiazepines'),
    'domestic-violence-hotline': ratings.signals.includes('unsafe-home'),
    'safety-plan': ratings.signals.includes('past-suicide-attempt'),
    'psychiatric-evaluation': ratings.signals.includes('psychosis-or-mania'),
    'same-day-medical-check': ratings.signals.includes('not-eating-or-fainting'),
    'adolescent-care': ratings.ageBand === 'under-18',
    'older-adult': ratings.ageBand === '65-plus' && ratings.usingNow === true,
    'mental-health-housing': ratings.helpWith === 'mental-health' && rating(ratings, 'environment') >= 3,
    'unanswered-questions': ratings.unanswered.length > 0,
  };
  return (Object.keys(shown) as NoteId[]).filter((id) => shown[id]);
}

function reasonOf(id: string, text: Addressed, ratings: Ratings, level: LevelId, topic: RecommendationRule['when'][number]): Reason {
  if (topic.kind === 'rating') {
    const { dimension } = topicsById[topic.topic];
    return { id, topic: topic.topic, dimension, severity: ratings.dimensions[dimension], level, text: text[ratings.subject] };
  }
  return { id, topic: null, dimension: null, severity: 2, level, text: text[ratings.subject] };
}

/**
 * One reason per topic (and one for several moderate risks): its most intensive holding rule. Most intensive first,
 * so the reasons that set the level lead; then by severity, then by dimension.
 */
function ruleReasonsFor(holding: readonly RecommendationRule[], ratings: Ratings): Reason[] {
  const strongestBySubject = new Map<string, RecommendationRule>();
  for (const rule of holding) {
    const first = rule.when[0];
    const subject = first.kind === 'rating' ? first.topic : first.kind;
    const current = strongestBySubject.get(subject);
    if (!current || intensity(rule.level) > intensity(current.level)) strongestBySubject.set(subject, rule);
  }
  const reasons = [...strongestBySubject.values()].map((rule) =>
    reasonOf(rule.id, rule.reason, ratings, rule.level, rule.when[0]),
  );
  if (reasons.length === 0) {
    const highest = Math.max(...Object.values(ratings.dimensions)) as Severity;
    return [
      { id: 'no-rule', topic: null, dimension: null, severity: highest, level: 'outpatient', text: noOtherRuleReason[ratings.subject] },
    ];
  }
  return reasons.sort(
    (a, b) =>
      intensity(b.level!) - intensity(a.level!) || b.severity - a.severity || (a.dimension ?? 9) - (b.dimension ?? 9),
  );
}

/** A red flag is severe by definition, whatever its topic's rating. */
function crisisReasonsFor(ratings: Ratings): Reason[] {
  if (ratings.crisisKinds.length === 0) {
    return [
      { id: 'crisis', topic: null, dimension: null, severity: 4, level: null, text: generalCrisisReason[ratings.subject] },
    ];
  }
  return ratings.crisisKinds.map((kind) => {
    const { topic, text } = crisisReasons[kind];
    return {
      id: `crisis-${kind}`,
      topic,
      dimension: topicsById[topic].dimension,
      severity: 4,
      level: null,
      text: text[ratings.subject],
    };
  });
}
