/**
 * The recommendation engine: answers -> ratings -> a provisional suggestion of where to start. Pure TypeScript, no
 * DOM, exported from `care-level-widgets/data`.
 */
export { dimensionIds, questions, questionnaireIntro, topics, topicsById } from '../data/questions.js';
export {
  crisisReasons,
  firstSteps,
  generalCrisisReason,
  noOtherRuleReason,
  notes,
  recommendationRules,
  withdrawalRiskFactors,
  type WithdrawalRiskFactor,
} from '../data/recommendation-rules.js';
export { cleanAnswers, isAsked, questionsFor, rateAnswers } from './rate.js';
export { recommendFromRatings, recommend } from './recommend.js';
export type {
  Addressed,
  AddictionMedication,
  AgeBand,
  Answers,
  AskCondition,
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
  RecentOverdose,
  RuleCondition,
  RuleScope,
  Severity,
  Signal,
  Subject,
  SubstanceId,
  TopicId,
  TopicInfo,
  UseFrequency,
} from './types.js';
