/**
 * The shapes of the questionnaire's content: topics, questions with their branches, the rule table and the notes.
 * Data only: `src/engine/` reads these, and nothing here imports the engine.
 */
import type { LevelId } from './level-id.js';
import type { Localized } from './locale.js';
import type { SourceId } from './types.js';

/**
 * A dimension by its number in the 3rd edition (2013) of the ASAM Criteria: 1 withdrawal, 2 physical health,
 * 3 mental health, 4 readiness to change, 5 relapse or continued use, 6 living environment. The 4th edition (2023)
 * numbers them differently; see `TopicInfo`.
 */
export type Dimension = 1 | 2 | 3 | 4 | 5 | 6;

/** A dimension's stable id, the same in both editions. */
export type TopicId = 'withdrawal' | 'physical' | 'mental' | 'readiness' | 'relapse' | 'environment';

/** A risk rating within one topic: 0 none, 1 mild, 2 moderate, 3 significant, 4 severe. */
export type Severity = 0 | 1 | 2 | 3 | 4;

/** A red flag that interrupts the questionnaire: show crisis resources at once, and no level of care. */
export type CrisisKind = 'self-harm' | 'harm-others' | 'medical-emergency' | 'severe-withdrawal';

/** Who the answers are about: the person answering, or someone they care about. */
export type Subject = 'self' | 'other';

/** A text worded for each subject: "you" for the person answering, "they" for someone they care about. */
export interface Addressed {
  readonly self: Localized;
  readonly other: Localized;
}

/** What the person wants help with. */
export type HelpWith = 'substances' | 'mental-health' | 'both';

/** The age band asked at the start. */
export type AgeBand = 'under-18' | '18-64' | '65-plus';

/** How often alcohol or drugs were used in the past 30 days. */
export type UseFrequency = 'not-at-all' | 'less-than-weekly' | 'weekly' | 'most-days' | 'daily';

/**
 * The kinds of substance the questionnaire asks about. `opioids`: heroin, fentanyl, or pain pills not prescribed or
 * taken in larger amounts; `prescribed-opioids`: opioid pain medicine taken as prescribed; `sedatives`: benzos or
 * other sedatives not prescribed, or taken in larger amounts; `prescribed-benzodiazepines`: taken as prescribed.
 */
export type SubstanceId =
  | 'alcohol'
  | 'opioids'
  | 'prescribed-opioids'
  | 'sedatives'
  | 'prescribed-benzodiazepines'
  | 'stimulants'
  | 'cannabis'
  | 'other';

/** A medication for addiction the person takes now, or `none`. */
export type AddictionMedication = 'none' | 'buprenorphine' | 'methadone' | 'naltrexone';

/** An overdose in the past year, and whether it was in the past 3 months. */
export type RecentOverdose = 'none' | 'past-year' | 'past-3-months';

/** One of the six dimensions, with its number and name in each edition of the ASAM Criteria. */
export interface TopicInfo {
  readonly id: TopicId;
  /** The number in the 3rd edition (2013): the key of `RatingsInput.dimensions`. */
  readonly dimension: Dimension;
  /** The number in the 4th edition (2023). Readiness has none of its own there: it is part of dimension 6. */
  readonly fourthEditionDimension: Dimension;
  /** What the questions ask about, in plain words. */
  readonly name: Localized;
  readonly thirdEditionName: Localized;
  readonly fourthEditionName: Localized;
  readonly sources: readonly SourceId[];
}

/**
 * A predicate the engine evaluates: when a question is asked, what a person is found to be (a signal), when a rating
 * is raised, and when a rule, first step or note holds. Data only: `src/engine/conditions.ts` is its one interpreter,
 * and the clinicians' page is generated from it, so what reviewers read is what runs.
 *
 * - `all`, `any`, `not`, and `atLeast` (at least `count` of `of`) combine conditions.
 * - `answer` holds when the answer to that question is one of `oneOf` (a multiple-choice answer: contains one); with
 *   `chosenAtLeast`, when that many values were chosen. Answers are read only while rating; a recommendation made
 *   from ratings sees the facts below instead.
 * - `rating`: the topic's rating is between `atLeast` and `atMost` (each 0–4, both included; either may be left out).
 * - `uses`: any of these substances is named; `usesOnly`: some are named, and all of them are among these.
 * - `medication`, `ageBand`, `helpWith`, `overdose`: the fact is one of the values given.
 * - `signal`: something the answers tell (see `SignalInfo`); `pregnant`, `usingNow`: the fact is true;
 *   `unanswered`: a question on the person's path has no answer.
 * - `firstStep`, `note`: that first step or note is shown (only ones listed before it).
 */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly atLeast: number; readonly of: readonly Condition[] }
  | { readonly answer: string; readonly oneOf: readonly string[] }
  | { readonly answer: string; readonly chosenAtLeast: number }
  | { readonly rating: TopicId; readonly atLeast?: Severity; readonly atMost?: Severity }
  | { readonly uses: readonly SubstanceId[] }
  | { readonly usesOnly: readonly SubstanceId[] }
  | { readonly medication: readonly AddictionMedication[] }
  | { readonly ageBand: readonly AgeBand[] }
  | { readonly helpWith: readonly HelpWith[] }
  | { readonly overdose: readonly RecentOverdose[] }
  | { readonly signal: SignalId }
  | { readonly pregnant: true }
  | { readonly usingNow: true }
  | { readonly unanswered: true }
  | { readonly firstStep: FirstStepId }
  | { readonly note: NoteId };

/**
 * Something the answers tell about the person beyond the ratings, such as physical dependence on alcohol now or an
 * unsafe home. Rules, first steps and notes read signals, never answers.
 */
export type SignalId =
  | 'drinks-most-days'
  | 'uses-sedatives-most-days'
  | 'several-substances'
  | 'alcohol-dependence'
  | 'sedative-dependence'
  | 'past-complicated-withdrawal'
  | 'past-suicide-attempt'
  | 'psychosis-or-mania'
  | 'not-eating-or-fainting'
  | 'unsafe-home'
  | 'no-steady-home';

/** A signal: when it holds (a condition over the answers and earlier signals), and what it means. */
export interface SignalInfo {
  readonly id: SignalId;
  readonly when: Condition;
  /** What the signal means, in plain words, for reviewers and the clinicians' page. */
  readonly description: string;
  readonly sources: readonly SourceId[];
}

/**
 * A rating raised by something other than one answer's own rating, such as a withdrawal risk factor: when `when`
 * holds, the topic's rating is at least `rating`. Never lowers a rating.
 */
export interface RatingRule {
  readonly id: string;
  readonly topic: TopicId;
  readonly rating: Severity;
  readonly when: Condition;
  readonly description: string;
  readonly sources: readonly SourceId[];
}

/** One answer to a question. */
export interface QuestionOption {
  /** Unique within its question; the value an `Answers` record holds. */
  readonly value: string;
  readonly label: Addressed;
  /** The risk this answer shows in the question's topic. Default 0. */
  readonly severity?: Severity;
  /** Set on a red-flag answer: choosing it stops the questions and shows crisis help, and no level. */
  readonly crisis?: CrisisKind;
  /** Set on a red flag that names danger now: 911 stands beside 988. */
  readonly emergency?: true;
  /** On a multiple-choice question: "None of these", which clears the other choices. */
  readonly exclusive?: true;
  /**
   * An answer someone else must not see on paper or on a shared screen (violence at home): the printed and copied
   * summary leave it out, with what it caused, and its screens offer a quick way to leave the page.
   */
  readonly private?: true;
}

/** A question: one answer, or for `multiple` questions any number of answers. */
export interface Question {
  /** Unique and stable: the key of an `Answers` record. */
  readonly id: string;
  /** The topic the answers are rated in; null for the opening questions (who, what for, age). */
  readonly topic: TopicId | null;
  /** Checkboxes instead of radio buttons; the answer is a list of values. */
  readonly multiple?: true;
  /** The question itself; the legend of its fieldset. */
  readonly prompt: Addressed;
  /** One optional sentence of help shown under the question. */
  readonly hint?: Addressed;
  /** Each answer; red flags last. */
  readonly options: readonly QuestionOption[];
  /** The question is asked only when this holds; always when left out. */
  readonly askedWhen?: Condition;
  /** Why the question is asked only then, for reviewers. */
  readonly branchRationale?: string;
  /** The sources the question's facts (red flags, risk factors) come from. */
  readonly sources: readonly SourceId[];
}

/** Which people a rule applies to, by what they want help with. */
export type RuleScope = 'any' | 'substance-use' | 'mental-health-only';

/**
 * One row of the recommendation table: when every condition in `when` holds (for people in `scope`), the
 * suggestion is at least `level`. The suggestion is the most intensive level over every rule that holds, so raising
 * a rating can never lower it.
 */
export interface RecommendationRule {
  /** Unique and stable, such as `mental-php`. */
  readonly id: string;
  /** The topic the rule's reason is about; null for a rule over several topics. */
  readonly topic: TopicId | null;
  readonly when: Condition;
  readonly scope: RuleScope;
  /** The least intensive level that is safe when the rule holds. */
  readonly level: LevelId;
  /** Shown to the person: what they said and why it points to this level. */
  readonly reason: Addressed;
  /** For maintainers and reviewers: why the rule is what it is. */
  readonly rationale: string;
  readonly sources: readonly SourceId[];
  /**
   * Left out of the printed and copied summary, because it reveals violence at home to whoever sees the paper or
   * the screen.
   */
  readonly private?: true;
}

/** A first step shown before the level, in the order of urgency the data lists them in. */
export type FirstStepId =
  | 'safety-first'
  | 'safety-first-under-18'
  | 'medical-check-today'
  | 'contact-own-doctor'
  | 'see-own-doctor-soon'
  | 'start-opioid-medication'
  | 'start-buprenorphine-under-18'
  | 'withdrawal-hospital'
  | 'withdrawal-24-hour'
  | 'withdrawal-ambulatory'
  | 'sedative-taper';

/** A first step to take before the suggested level: "Start with …, then: <level>". */
export interface FirstStepInfo {
  readonly id: FirstStepId;
  /** "Start with …": the step, short. */
  readonly label: Addressed;
  /** Why, and what it involves. */
  readonly text: Addressed;
  /** When the step is shown. */
  readonly when: Condition;
  readonly rationale: string;
  readonly sources: readonly SourceId[];
  /** Left out of the printed and copied summary (it reveals violence at home). */
  readonly private?: true;
}

/** The id of a note shown with a recommendation. */
export type NoteId =
  | 'after-withdrawal-overdose-risk'
  | 'naltrexone-with-opioids'
  | 'naloxone-opioids'
  | 'naloxone'
  | 'alcohol-overdose'
  | 'opioids-with-sedatives-or-alcohol'
  | 'keep-taking-addiction-medication'
  | 'addiction-medication-dose'
  | 'pregnancy-opioids'
  | 'pregnancy-prescribed-medicine'
  | 'prescribed-benzodiazepines'
  | 'prescribed-benzodiazepines-65-plus'
  | 'prescribed-opioids'
  | 'alcohol-do-not-stop-suddenly'
  | 'other-substances'
  | 'past-complicated-withdrawal'
  | 'safety-plan'
  | 'psychiatric-evaluation'
  | 'recovery-housing'
  | 'mental-health-housing'
  | 'adolescent-care'
  | 'older-adult'
  | 'unanswered-questions';

/** Something to tell the person besides the reasons, with when it shows and where its advice comes from. */
export interface NoteInfo {
  readonly id: NoteId;
  readonly text: Addressed;
  /** When the note is shown. */
  readonly when: Condition;
  readonly sources: readonly SourceId[];
  /** `secondary`: the advice rests on secondary reading (clinical-facts.md marks it [s]). */
  readonly evidence: 'primary' | 'secondary';
}
