/**
 * The recommendation engine: answers -> ratings -> a provisional suggestion of where to start. Pure TypeScript, no
 * DOM, exported from `care-level-widgets/data`.
 */
export { dimensionIds, questions, questionnaireIntro, topics, topicsById } from '../data/questions.js';
export { crisisReasons, generalCrisisReason } from '../data/recommendation/crisis-reasons.js';
export { firstSteps } from '../data/recommendation/first-steps.js';
export { noOtherRuleReason, recommendationRules } from '../data/recommendation/level-rules.js';
export { notes } from '../data/recommendation/notes.js';
export { ratingRules, withdrawalRiskFactors, withdrawalSymptomRules } from '../data/recommendation/rating-rules.js';
export { signals } from '../data/recommendation/signals.js';
export { describeCondition } from './conditions.js';
export { cleanAnswers, isAsked, questionsFor, rateAnswers } from './rate.js';
export { recommendFromRatings, recommend } from './recommend.js';
export type {
  Addressed,
  AddictionMedication,
  AgeBand,
  Answers,
  Condition,
  CrisisKind,
  Dimension,
  FirstStep,
  FirstStepId,
  FirstStepInfo,
  HelpWith,
  IgnoredAnswer,
  Note,
  NoteId,
  NoteInfo,
  Question,
  QuestionOption,
  Ratings,
  RatingsInput,
  Reason,
  Recommendation,
  RecommendationRule,
  RatingRule,
  RecentOverdose,
  RuleScope,
  Severity,
  Signal,
  SignalId,
  SignalInfo,
  Subject,
  SubstanceId,
  TopicId,
  TopicInfo,
  UseFrequency,
} from './types.js';
