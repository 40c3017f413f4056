/**
 * The shapes the recommendation engine works with: questions and their options, the ratings computed from answers,
 * and the recommendation computed from ratings. Pure types, no DOM.
 */
import type { LevelId } from '../data/level-id.js';
import type { Localized } from '../data/locale.js';
import type { SourceId } from '../data/types.js';

/**
 * One of the six dimensions used in the ASAM Criteria: 1 withdrawal, 2 physical health, 3 mental health,
 * 4 readiness to change, 5 relapse or continued use, 6 living environment.
 */
export type Dimension = 1 | 2 | 3 | 4 | 5 | 6;

/** A risk rating within one dimension: 0 none, 1 mild, 2 moderate, 3 significant, 4 severe. */
export type Severity = 0 | 1 | 2 | 3 | 4;

/** A red flag that interrupts the questionnaire: show crisis resources at once, and no level of care. */
export type CrisisKind = 'self-harm' | 'harm-others' | 'medical-emergency' | 'severe-withdrawal';

/**
 * Whether an answer is a risk factor for complicated withdrawal. `always`: the answer itself shows substance use
 * (past withdrawal seizures, daily sedatives). `if-using`: a risk only for someone who drinks or uses drugs (age,
 * pregnancy, serious illness), so it does not count when the person said they don't.
 */
export type WithdrawalRiskKind = 'always' | 'if-using';

interface OptionBase {
  /** Unique within its question; the value an `Answers` record holds. */
  readonly value: string;
  /** The risk this answer shows in the question's dimension. */
  readonly severity: Severity;
  /** The text of the radio button. */
  readonly label: Localized;
  /** Set when this answer is a risk factor for complicated withdrawal (rules out outpatient care). */
  readonly withdrawalRisk?: WithdrawalRiskKind;
  /** Set on the answer "I don't drink alcohol or use drugs", which makes `if-using` risk factors not count. */
  readonly noSubstanceUse?: true;
}

/** An ordinary answer. */
export interface OrdinaryOption extends OptionBase {
  readonly crisis?: undefined;
  readonly crisisKind?: undefined;
}

/** A red-flag answer: choosing it sets `crisis: true` and no level of care is suggested. */
export interface RedFlagOption extends OptionBase {
  readonly crisis: true;
  readonly crisisKind: CrisisKind;
}

/** One answer to a question. */
export type QuestionOption = OrdinaryOption | RedFlagOption;

/** A single-choice question about one dimension. */
export interface Question {
  /** Unique and stable: the key of an `Answers` record. */
  readonly id: string;
  readonly dimension: Dimension;
  /** The question itself, addressed to the person ("you"); the legend of its fieldset. */
  readonly prompt: Localized;
  /** One optional sentence of help shown under the question. */
  readonly hint?: Localized;
  /** From no risk to the most risk; red-flag answers last. */
  readonly options: readonly QuestionOption[];
  /** The sources the question's facts (red flags, risk factors) come from. */
  readonly sources: readonly SourceId[];
}

/** Answers by question id: the `value` of the chosen option. Questions left out count as unanswered. */
export type Answers = Readonly<Record<string, string>>;

/** An entry of `answers` the engine could not use, and why. It is left out of the ratings, never thrown. */
export interface IgnoredAnswer {
  readonly questionId: string;
  readonly value: unknown;
  readonly reason: 'unknown-question' | 'unknown-option';
}

/** One risk rating per dimension, with the red flags and withdrawal risk factors found in the answers. */
export interface Ratings {
  readonly dimensions: Readonly<Record<Dimension, Severity>>;
  /** True when any red-flag answer was given. */
  readonly crisis: boolean;
  /** The red flags given, each once, in question order. */
  readonly crisisKinds: readonly CrisisKind[];
  /** True when a risk factor for complicated withdrawal was given. */
  readonly withdrawalRisk: boolean;
  /** Ids of the questions without a usable answer; each counted as no risk (0). */
  readonly unanswered: readonly string[];
  /** Entries of the answers that were ignored. */
  readonly ignored: readonly IgnoredAnswer[];
}

/**
 * What `recommendFromRatings` accepts: ratings as `rateAnswers` returns them, or written by hand. A missing
 * dimension counts as 0; a number outside 0–4 is rounded up and clamped into it; anything else counts as 0.
 */
export interface RatingsInput {
  readonly dimensions: Readonly<Partial<Record<Dimension, number>>>;
  readonly crisis?: boolean;
  readonly crisisKinds?: readonly CrisisKind[];
  readonly withdrawalRisk?: boolean;
  readonly unanswered?: readonly string[];
  readonly ignored?: readonly IgnoredAnswer[];
}

/** What a rule of the recommendation table looks at. */
export type RuleCondition =
  | { readonly kind: 'rating'; readonly dimension: Dimension; readonly minSeverity: Severity }
  | { readonly kind: 'withdrawal-risk' };

/**
 * One row of the recommendation table: when `when` holds, the suggestion is at least `level`. The suggestion is the
 * most intensive level over every rule that holds, so raising a rating can never lower it.
 */
export interface RecommendationRule {
  /** Unique and stable, such as `d3-php`. */
  readonly id: string;
  readonly when: RuleCondition;
  /** The least intensive level that is safe when the rule holds. */
  readonly level: LevelId;
  /** Shown to the person: what they said and why it points to this level. */
  readonly reason: Localized;
  /** For maintainers and reviewers: why the rule is what it is. */
  readonly rationale: string;
  readonly sources: readonly SourceId[];
}

/** One reason for a recommendation, ready to show. */
export interface Reason {
  /**
   * The rule's id; `crisis-<kind>` for a red flag (`crisis` when its kind is unknown); `no-rule` when no rule
   * called for more than outpatient care.
   */
  readonly id: string;
  /** The dimension the reason is about; null for `no-rule`, which is about every answer, and for `crisis`. */
  readonly dimension: Dimension | null;
  /** The dimension's rating; 4 for a red flag; for `no-rule`, the highest rating. */
  readonly severity: Severity;
  /** The level this reason calls for at least; null for a red flag. */
  readonly level: LevelId | null;
  readonly text: Localized;
}

/** The id of a note shown with a recommendation. */
export type NoteId = 'supervised-withdrawal-first' | 'unanswered-questions';

/** Something to tell the person besides the reasons. */
export interface Note {
  readonly id: NoteId;
  readonly text: Localized;
}

/**
 * A provisional suggestion of where to start, never a diagnosis or a placement. When `crisis` is true, `level` is
 * null: show crisis resources first.
 */
export interface Recommendation {
  /** The least intensive level that is safe; null when a red flag was given. */
  readonly level: LevelId | null;
  readonly crisis: boolean;
  readonly crisisKinds: readonly CrisisKind[];
  /** Never empty. Red flags first, then the rules that set the level, most intensive first. */
  readonly reasons: readonly Reason[];
  readonly notes: readonly Note[];
  /** The ratings the recommendation was made from, cleaned up. */
  readonly ratings: Ratings;
  /** Same as `ratings.unanswered`. */
  readonly unanswered: readonly string[];
}

/** The names of one dimension: a plain one for people, and its names in the 3rd and 4th editions. */
export interface DimensionInfo {
  readonly dimension: Dimension;
  /** What the questions ask about, in plain words. */
  readonly name: Localized;
  readonly thirdEditionName: Localized;
  /** For dimension 4, a note that the 4th edition replaced it. */
  readonly fourthEditionName: Localized;
  readonly sources: readonly SourceId[];
}
