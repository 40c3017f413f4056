/**
 * The recommendation engine: answers -> ratings -> a provisional suggestion of where to start. Pure TypeScript, no
 * DOM, exported from `care-level-widgets/data`.
 */
export { dimensionIds, dimensions, questions, questionnaireIntro } from '../data/questions.js';
export {
  crisisReasons,
  generalCrisisReason,
  noOtherRuleReason,
  noteTexts,
  recommendationRules,
} from '../data/recommendation-rules.js';
export { rateAnswers } from './rate.js';
export { recommendFromRatings, recommend } from './recommend.js';
export type {
  Answers,
  CrisisKind,
  Dimension,
  DimensionInfo,
  IgnoredAnswer,
  Note,
  NoteId,
  OrdinaryOption,
  Question,
  QuestionOption,
  Ratings,
  RatingsInput,
  Reason,
  Recommendation,
  RecommendationRule,
  RedFlagOption,
  RuleCondition,
  Severity,
  WithdrawalRiskKind,
} from './types.js';
