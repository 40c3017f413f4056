/**
 * Ratings -> recommendation: a red flag first, otherwise the most intensive level over every rule of the
 * recommendation table that holds (src/data/recommendation-rules.ts), starting from outpatient.
 */
import { levelIds, type LevelId } from '../data/level-id.js';
import { dimensionIds } from '../data/questions.js';
import {
  crisisReasons,
  generalCrisisReason,
  noOtherRuleReason,
  noteTexts,
  recommendationRules,
} from '../data/recommendation-rules.js';
import { rateAnswers } from './rate.js';
import type {
  Answers,
  CrisisKind,
  Dimension,
  IgnoredAnswer,
  Note,
  Ratings,
  RatingsInput,
  Reason,
  Recommendation,
  RecommendationRule,
  RuleCondition,
  Severity,
} from './types.js';

const crisisKindIds = Object.keys(crisisReasons) as CrisisKind[];

/**
 * Suggests where to start from ratings. A red flag always gives `crisis: true` and `level: null`. Otherwise the
 * level is the least intensive one every holding rule allows: raising any rating never lowers it. Never throws;
 * see `RatingsInput` for how odd input is read.
 */
export function recommendFromRatings(input: RatingsInput): Recommendation {
  const ratings = cleanRatings(input);
  const notes = notesFor(ratings);
  const { crisis, crisisKinds, unanswered } = ratings;

  if (crisis) {
    return { level: null, crisis, crisisKinds, reasons: crisisReasonsFor(ratings), notes, ratings, unanswered };
  }

  const holding = recommendationRules.filter((rule) => holds(rule.when, ratings));
  const level = holding.reduce<LevelId>(
    (most, rule) => (intensity(rule.level) > intensity(most) ? rule.level : most),
    'outpatient',
  );
  return { level, crisis, crisisKinds, reasons: ruleReasonsFor(holding, ratings), notes, ratings, unanswered };
}

/** Suggests where to start from answers: the same as `recommendFromRatings(rateAnswers(answers))`. */
export function recommend(answers: Answers): Recommendation {
  return recommendFromRatings(rateAnswers(answers));
}

function cleanRatings(input: RatingsInput): Ratings {
  const given: Partial<RatingsInput> = typeof input === 'object' && input !== null ? input : {};
  const givenDimensions: Partial<Record<Dimension, unknown>> =
    typeof given.dimensions === 'object' && given.dimensions !== null ? given.dimensions : {};
  const dimensions = Object.fromEntries(
    dimensionIds.map((dimension) => [dimension, toSeverity(givenDimensions[dimension])]),
  ) as Record<Dimension, Severity>;
  const crisisKinds = Array.isArray(given.crisisKinds)
    ? given.crisisKinds.filter((kind, index, all) => crisisKindIds.includes(kind) && all.indexOf(kind) === index)
    : [];
  return {
    dimensions,
    crisis: given.crisis === true || crisisKinds.length > 0,
    crisisKinds,
    withdrawalRisk: given.withdrawalRisk === true,
    unanswered: Array.isArray(given.unanswered) ? given.unanswered.filter((id) => typeof id === 'string') : [],
    ignored: Array.isArray(given.ignored) ? (given.ignored as IgnoredAnswer[]) : [],
  };
}

/** Rounds up, so a rating between two steps is read as the riskier one, and clamps into 0–4. */
function toSeverity(value: unknown): Severity {
  if (typeof value !== 'number' || Number.isNaN(value)) return 0;
  return Math.min(4, Math.max(0, Math.ceil(value))) as Severity;
}

function holds(condition: RuleCondition, ratings: Ratings): boolean {
  return condition.kind === 'withdrawal-risk'
    ? ratings.withdrawalRisk
    : ratings.dimensions[condition.dimension] >= condition.minSeverity;
}

/** 0 for outpatient up to 3 for inpatient (`levelIds` runs from most to least intensive). */
function intensity(level: LevelId): number {
  return levelIds.length - 1 - levelIds.indexOf(level);
}

/** The dimension a rule is about; the withdrawal-risk rule belongs to dimension 1 (withdrawal). */
function dimensionOf(rule: RecommendationRule): Dimension {
  return rule.when.kind === 'rating' ? rule.when.dimension : 1;
}

/**
 * One reason per dimension (and one for withdrawal risk): its most intensive holding rule. Most intensive first, so
 * the reasons that set the level lead; then by severity, then by dimension.
 */
function ruleReasonsFor(holding: readonly RecommendationRule[], ratings: Ratings): Reason[] {
  const strongestBySubject = new Map<string, RecommendationRule>();
  for (const rule of holding) {
    const subject = rule.when.kind === 'rating' ? `d${rule.when.dimension}` : rule.when.kind;
    const current = strongestBySubject.get(subject);
    if (!current || intensity(rule.level) > intensity(current.level)) strongestBySubject.set(subject, rule);
  }
  const reasons = [...strongestBySubject.values()].map((rule): Reason => {
    const dimension = dimensionOf(rule);
    return { id: rule.id, dimension, severity: ratings.dimensions[dimension], level: rule.level, text: rule.reason };
  });
  if (reasons.length === 0) {
    const highest = Math.max(...Object.values(ratings.dimensions)) as Severity;
    return [{ id: 'no-rule', dimension: null, severity: highest, level: 'outpatient', text: noOtherRuleReason }];
  }
  return reasons.sort(
    (a, b) =>
      intensity(b.level!) - intensity(a.level!) || b.severity - a.severity || (a.dimension ?? 0) - (b.dimension ?? 0),
  );
}

/** A red flag is severe by definition, whatever its dimension's rating. */
function crisisReasonsFor(ratings: Ratings): Reason[] {
  if (ratings.crisisKinds.length === 0) {
    return [{ id: 'crisis', dimension: null, severity: 4, level: null, text: generalCrisisReason }];
  }
  return ratings.crisisKinds.map((kind) => ({
    id: `crisis-${kind}`,
    dimension: crisisReasons[kind].dimension,
    severity: 4,
    level: null,
    text: crisisReasons[kind].text,
  }));
}

function notesFor(ratings: Ratings): Note[] {
  const notes: Note[] = [];
  if (ratings.withdrawalRisk)
    notes.push({ id: 'supervised-withdrawal-first', text: noteTexts['supervised-withdrawal-first'] });
  if (ratings.unanswered.length > 0)
    notes.push({ id: 'unanswered-questions', text: noteTexts['unanswered-questions'] });
  return notes;
}
