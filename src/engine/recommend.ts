/**
 * Ratings -> recommendation: a red flag first; otherwise the least intensive level that is safe (the most intensive
 * level over every rule of src/data/recommendation/level-rules.ts that holds, starting from outpatient), the first
 * steps beside it and the notes, each shown when its condition holds (src/engine/conditions.ts reads them all).
 */
import { levelIds, type LevelId } from '../data/level-id.js';
import { dimensionIds, questions, topicsById } from '../data/questions.js';
import { crisisReasons, generalCrisisReason } from '../data/recommendation/crisis-reasons.js';
import { firstSteps as firstStepInfo } from '../data/recommendation/first-steps.js';
import { noOtherRuleReason, recommendationRules } from '../data/recommendation/level-rules.js';
import { notes as noteInfo } from '../data/recommendation/notes.js';
import { signals as signalInfo } from '../data/recommendation/signals.js';
import { holds, type ConditionFacts } from './conditions.js';
import { rateAnswers } from './rate.js';
import type {
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
  Severity,
  SignalId,
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
const signalIds: readonly SignalId[] = signalInfo.map((signal) => signal.id);

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

  const stepIds: FirstStepId[] = [];
  const noteIds: NoteId[] = [];
  // Steps and notes may read those listed before them, through the lists they fill.
  const facts: ConditionFacts = { ...ratings, answers: {}, firstSteps: stepIds, notes: noteIds };
  const holding = recommendationRules.filter((rule) => ruleHolds(rule, ratings, facts));
  const level = holding.reduce<LevelId>(
    (most, rule) => (intensity(rule.level) > intensity(most) ? rule.level : most),
    'outpatient',
  );
  for (const info of Object.values(firstStepInfo)) if (holds(info.when, facts)) stepIds.push(info.id);
  for (const info of Object.values(noteInfo)) if (holds(info.when, facts)) noteIds.push(info.id);
  const steps = stepIds.map((id): FirstStep => {
    const info = firstStepInfo[id];
    return { id, label: info.label[subject], text: info.text[subject], sources: info.sources };
  });
  const notes = noteIds.map((id): Note => {
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
  const substances =
    helpWith === 'mental-health' ? [] : Array.isArray(given.substances) ? listOf(substanceIds, given.substances) : null;
  const signals = Array.isArray(given.signals)
    ? listOf(signalIds, given.signals)
    : dependenceFromSubstances(substances, dimensions[1]);
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
    substances,
    medication: oneOf<AddictionMedication | null>(medications, given.medication, null),
    pregnant: given.pregnant === true,
    overdose: oneOf(overdoses, given.overdose, 'none'),
    signals,
    unanswered: Array.isArray(given.unanswered) ? given.unanswered.filter((id) => typeof id === 'string') : [],
    ignored: Array.isArray(given.ignored) ? (given.ignored as IgnoredAnswer[]) : [],
  };
}

/** Rounds up, so a rating between two steps is read as the riskier one, and clamps into 0–4. */
function toSeverity(value: unknown): Severity {
  if (typeof value !== 'number' || Number.isNaN(value)) return 0;
  return Math.min(4, Math.max(0, Math.ceil(value))) as Severity;
}

/**
 * Ratings written without `signals`: a withdrawal rating of 2 or more stands for dependence on the risky substances
 * named (both alcohol and sedatives when the substances are not known), so its step still shows.
 */
function dependenceFromSubstances(substances: readonly SubstanceId[] | null, withdrawal: Severity): SignalId[] {
  if (withdrawal < 2) return [];
  const named = (kind: SubstanceId) => substances === null || substances.includes(kind);
  return [
    ...(named('alcohol') ? (['alcohol-dependence'] as const) : []),
    ...(named('sedatives') ? (['sedative-dependence'] as const) : []),
  ];
}

/** People whose help is not for mental health alone count as substance use, so hand-written ratings keep the table. */
function ruleHolds(rule: RecommendationRule, ratings: Ratings, facts: ConditionFacts): boolean {
  const mentalHealthOnly = ratings.helpWith === 'mental-health';
  if (rule.scope === 'substance-use' && mentalHealthOnly) return false;
  if (rule.scope === 'mental-health-only' && !mentalHealthOnly) return false;
  return holds(rule.when, facts);
}

/** 0 for outpatient up to 3 for inpatient (`levelIds` runs from most to least intensive). */
function intensity(level: LevelId): number {
  return levelIds.length - 1 - levelIds.indexOf(level);
}

/**
 * One reason per topic (and one for a rule over several topics): its most intensive holding rule. Most intensive
 * first, so the reasons that set the level lead; then by severity, then by dimension.
 */
function ruleReasonsFor(holding: readonly RecommendationRule[], ratings: Ratings): Reason[] {
  const strongestByTopic = new Map<string, RecommendationRule>();
  for (const rule of holding) {
    const key = rule.topic ?? rule.id;
    const current = strongestByTopic.get(key);
    if (!current || intensity(rule.level) > intensity(current.level)) strongestByTopic.set(key, rule);
  }
  const reasons = [...strongestByTopic.values()].map((rule): Reason => {
    const text = rule.reason[ratings.subject];
    if (rule.topic === null) return { id: rule.id, topic: null, dimension: null, severity: 2, level: rule.level, text };
    const { dimension } = topicsById[rule.topic];
    return { id: rule.id, topic: rule.topic, dimension, severity: ratings.dimensions[dimension], level: rule.level, text };
  });
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
