import type { Answers, LevelId, NoteId, FirstStepId } from '../src/data.js';

/** A clinical vignette: see test/vignettes.mjs. */
export interface Vignette {
  readonly id: string;
  readonly profile: string;
  readonly answers: Answers;
  readonly accepted: readonly LevelId[];
  readonly why: string;
  readonly crisis?: boolean;
  readonly emergency?: boolean;
  readonly firstSteps?: readonly FirstStepId[];
  readonly notFirstSteps?: readonly FirstStepId[];
  readonly notes?: readonly NoteId[];
  readonly notNotes?: readonly NoteId[];
  readonly judgmentCall?: boolean;
}

export declare const vignettes: readonly Vignette[];

/** A well adult asking for themselves about weekly drinking: every question is on the path. */
export declare const baseAnswers: Answers;
