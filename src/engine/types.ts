/**
 * The shapes the recommendation engine works with: answers, the ratings computed from them, and the recommendation
 * computed from ratings. Pure types, no DOM. The content's own shapes (questions, rules, notes) live in
 * `src/data/questionnaire-types.ts` and are re-exported here.
 */
import type { LevelId } from '../data/level-id.js';
import type { Localized } from '../data/locale.js';
import type {
  AddictionMedication,
  AgeBand,
  CrisisKind,
  Dimension,
  FirstStepId,
  HelpWith,
  NoteId,
  RecentOverdose,
  Severity,
  SignalId,
  Subject,
  SubstanceId,
  TopicId,
  UseFrequency,
} from '../data/questionnaire-types.js';
import type { SourceId } from '../data/types.js';

export type * from '../data/questionnaire-types.js';

/**
 * Answers by question id: the `value` of the chosen option, or for a multiple-choice question a list of values.
 * Questions left out count as unanswered.
 */
export type Answers = Readonly<Record<string, string | readonly string[]>>;

/** An entry of `answers` the engine could not use, and why. It is left out of the ratings, never thrown. */
export interface IgnoredAnswer {
  readonly questionId: string;
  readonly value: unknown;
  /** `not-asked`: an answer to a question the other answers skip (kept by the questionnaire for Back). */
  readonly reason: 'unknown-question' | 'unknown-option' | 'not-asked';
}

/** Something the answers tell about the person beyond the ratings (see `signals` in `/data`). */
export type Signal = SignalId;

/** One risk rating per dimension, the red flags, and what the answers tell about the person. */
export interface Ratings {
  /** By 3rd-edition dimension number: 1 withdrawal, 2 physical, 3 mental, 4 readiness, 5 relapse, 6 environment. */
  readonly dimensions: Readonly<Record<Dimension, Severity>>;
  /** True when any red-flag answer was given. */
  readonly crisis: boolean;
  /** The red flags given, each once, in question order. */
  readonly crisisKinds: readonly CrisisKind[];
  /** True when a red flag names danger now: 911 stands beside 988. */
  readonly emergency: boolean;
  /** True when a risk factor for complicated withdrawal counted (only for someone physically dependent now). */
  readonly withdrawalRisk: boolean;
  /** Whether the answers are about the person answering or someone they care about. */
  readonly subject: Subject;
  /** What the person wants help with; null when not known. */
  readonly helpWith: HelpWith | null;
  readonly ageBand: AgeBand | null;
  /** Alcohol or drugs in the past 30 days; null when not known. */
  readonly usingNow: boolean | null;
  readonly useFrequency: UseFrequency | null;
  /** The substances named; null when not known (then every first step that could apply is shown). */
  readonly substances: readonly SubstanceId[] | null;
  readonly medication: AddictionMedication | null;
  readonly pregnant: boolean;
  readonly overdose: RecentOverdose;
  readonly signals: readonly Signal[];
  /** Ids of the questions on the person's path without a usable answer; each counted as no risk (0). */
  readonly unanswered: readonly string[];
  /** Entries of the answers that were ignored. */
  readonly ignored: readonly IgnoredAnswer[];
}

/**
 * What `recommendFromRatings` accepts: ratings as `rateAnswers` returns them, or written by hand. Only `dimensions`
 * is needed, keyed by the 3rd-edition numbers. A missing dimension counts as 0; a number outside 0–4 is rounded up
 * and clamped into it; anything else counts as 0. The other fields are optional; unknown ones are read as "not
 * known". `withdrawalRisk: true` raises the withdrawal rating to at least 2.
 *
 * Withdrawal management needs physical dependence now: the signals `alcohol-dependence` or `sedative-dependence`.
 * When `signals` is left out and the withdrawal rating is 2 or more, dependence is read from `substances` (alcohol,
 * benzos or sedatives not prescribed; both when substances are not known), so a withdrawal rating written by hand
 * still shows its step. Pass `signals` (even empty) to say exactly what is known.
 */
export interface RatingsInput {
  readonly dimensions: Readonly<Partial<Record<Dimension, number>>>;
  readonly crisis?: boolean;
  readonly crisisKinds?: readonly CrisisKind[];
  readonly emergency?: boolean;
  readonly withdrawalRisk?: boolean;
  readonly subject?: Subject;
  readonly helpWith?: HelpWith | null;
  readonly ageBand?: AgeBand | null;
  readonly usingNow?: boolean | null;
  readonly useFrequency?: UseFrequency | null;
  readonly substances?: readonly SubstanceId[] | null;
  readonly medication?: AddictionMedication | null;
  readonly pregnant?: boolean;
  readonly overdose?: RecentOverdose;
  readonly signals?: readonly Signal[];
  readonly unanswered?: readonly string[];
  readonly ignored?: readonly IgnoredAnswer[];
}

/** One reason for a recommendation, ready to show. */
export interface Reason {
  /**
   * The rule's id; `crisis-<kind>` for a red flag (`crisis` when its kind is unknown); `no-rule` when no rule
   * called for more than outpatient care.
   */
  readonly id: string;
  /** The topic the reason is about; null for `no-rule`, `crisis` and `several-moderate-risks`. */
  readonly topic: TopicId | null;
  /** The topic's 3rd-edition dimension number, or null as for `topic`. */
  readonly dimension: Dimension | null;
  /** The topic's rating; 4 for a red flag; otherwise the highest rating. */
  readonly severity: Severity;
  /** The level this reason calls for at least; null for a red flag. */
  readonly level: LevelId | null;
  readonly text: Localized;
}

/** A first step before the level: "Start with <label>, then: <level>". */
export interface FirstStep {
  readonly id: FirstStepId;
  readonly label: Localized;
  readonly text: Localized;
  readonly sources: readonly SourceId[];
}

/** Something to tell the person besides the reasons, worded for who the answers are about. */
export interface Note {
  readonly id: NoteId;
  readonly text: Localized;
  readonly sources: readonly SourceId[];
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
  /** A red flag names danger now: show 911 beside 988. */
  readonly emergency: boolean;
  /** What to do before the level (withdrawal management, starting medication); empty when nothing. */
  readonly firstSteps: readonly FirstStep[];
  /** Never empty. Red flags first, then the rules that set the level, most intensive first. */
  readonly reasons: readonly Reason[];
  /** Empty on a red flag: crisis help stands alone. */
  readonly notes: readonly Note[];
  /** The ratings the recommendation was made from, cleaned up. */
  readonly ratings: Ratings;
  /** Same as `ratings.unanswered`. */
  readonly unanswered: readonly string[];
}
