/**
 * The questionnaire's screens as a state machine of plain functions, with no DOM: the intro, one question at a time
 * on the path the answers lead to, the crisis screen and the result. Each function takes a state and gives the next
 * one with what the element must do about it (speak in its status region, move focus, fire an event, save or forget
 * progress, mark the suggestion in a comparison), so the Node tests walk the questions exactly as the element does.
 */
import type { LevelId } from '../../data/level-id.js';
import { recommend } from '../../engine/recommend.js';
import { chosenValues, cleanAnswers, questionsFor } from '../../engine/rate.js';
import type { Answers, Question, Recommendation } from '../../engine/types.js';
import type { CareCompleteDetail, CareStepDetail, QuestionnaireScreen } from './questionnaire.js';

export interface FlowState {
  /** Every answer given, those a later change of branch skips included, so going back restores them. */
  readonly answers: Answers;
  readonly screen: QuestionnaireScreen;
  /** The position of the question shown (from 0), or of the last one shown. */
  readonly questionIndex: number;
  /** The recommendation on the result or crisis screen; null on the other screens. */
  readonly recommendation: Recommendation | null;
  /** Continue was pressed on this question with no answer chosen. */
  readonly answerMissing: boolean;
  /** How many times Continue was pressed with no answer: the message alternates so each press is announced. */
  readonly missingPresses: number;
  /** How many questions the path had when a question was last shown, to say so when the answers change it. */
  readonly shownPathLength?: number;
}

/** What the status region says, in words the element looks up in its language. */
export type FlowAnnouncement =
  | { readonly key: 'pathLength'; readonly total: number }
  | { readonly key: 'result'; readonly level: LevelId }
  | { readonly key: 'crisis' };

export type FlowEvent =
  | { readonly type: 'care-step'; readonly detail: CareStepDetail }
  | { readonly type: 'care-complete'; readonly detail: CareCompleteDetail };

/** A new state, and what the element does about it. An effect left out means nothing to do. */
export interface FlowStep {
  readonly state: FlowState;
  /** What the status region says now; `null` empties it. */
  readonly announce?: FlowAnnouncement | null;
  /** Where focus goes after the render: the screen's heading, or the question's first answer. */
  readonly focus?: 'heading' | 'first-option';
  /** Fired after the state is applied. */
  readonly event?: FlowEvent;
  /** Save the progress (with `persist="session"`), or forget what was saved. */
  readonly storage?: 'save' | 'clear';
  /** The level to mark as suggested in the linked comparison, or `null` to clear the mark. */
  readonly suggest?: LevelId | null;
}

/** Progress as `persist="session"` keeps it. */
export interface SavedProgress {
  readonly answers: Answers;
  readonly screen: QuestionnaireScreen;
  readonly questionIndex: number;
}

const screens: readonly QuestionnaireScreen[] = ['intro', 'question', 'crisis', 'result'];

export const initialFlowState: FlowState = {
  answers: {},
  screen: 'intro',
  questionIndex: 0,
  recommendation: null,
  answerMissing: false,
  missingPresses: 0,
};

/** `first`, then what `next` makes of its state: the later step's effects win where both have one. */
function andThen(first: FlowStep, next: (state: FlowState) => FlowStep): FlowStep {
  return { ...first, ...next(first.state) };
}

/** The path of each answers object: the flow never changes answers in place, so each one is walked once. */
const paths = new WeakMap<Answers, readonly Question[]>();

/** The questions on the path `answers` lead to. */
export function questionPath(answers: Answers): readonly Question[] {
  let path = paths.get(answers);
  if (!path) {
    path = questionsFor(answers);
    paths.set(answers, path);
  }
  return path;
}

let pathLengths: { readonly fewest: number; readonly most: number } | undefined;

/**
 * The shortest path (mental health alone) and the longest (alcohol, sedatives and opioids every day, with a recent
 * overdose), for the intro: worked out when first asked for, not while the script loads.
 */
export function questionPathLengths(): { readonly fewest: number; readonly most: number } {
  pathLengths ??= {
    fewest: questionsFor({ 'help-with': 'mental-health' }).length,
    most: questionsFor({
      'help-with': 'both',
      'age-band': '18-64',
      'use-past-30-days': 'daily',
      substances: ['alcohol', 'opioids', 'sedatives'],
      'alcohol-days': 'daily',
      overdose: 'past-3-months',
    }).length,
  };
  return pathLengths;
}

/**
 * Shows the question at `index` (from 0) on the path the answers lead to, keeping the answers. The status region
 * speaks only of the question shown (what it said on another screen would be read again wherever a screen reader's
 * virtual cursor passes it), and says the number of questions when the answers changed it.
 */
export function showQuestion(state: FlowState, index: number): FlowStep {
  const pathLength = questionPath(state.answers).length;
  const pathChanged = state.shownPathLength !== undefined && state.shownPathLength !== pathLength;
  return {
    state: {
      ...state,
      questionIndex: Math.min(pathLength - 1, Math.max(0, Math.trunc(index) || 0)),
      screen: 'question',
      recommendation: null,
      answerMissing: false,
      shownPathLength: pathLength,
    },
    announce: pathChanged ? { key: 'pathLength', total: pathLength } : null,
    storage: 'save',
  };
}

/** A move the person made to a question: focus goes to it and `care-step` fires. */
function goToQuestion(state: FlowState, index: number): FlowStep {
  const shown = showQuestion(state, index);
  const path = questionPath(shown.state.answers);
  const detail: CareStepDetail = {
    index: shown.state.questionIndex,
    questionId: path[shown.state.questionIndex].id,
    total: path.length,
  };
  return { ...shown, focus: 'heading', event: { type: 'care-step', detail } };
}

/**
 * Shows the result, or the crisis screen for a red flag, and marks or clears the suggestion. `announce` says it in
 * the status region, for when focus stays put.
 */
function showOutcome(state: FlowState, recommendation: Recommendation, announce = true): FlowStep {
  const result = recommendation.level && !recommendation.crisis ? recommendation.level : null;
  return {
    state: { ...state, recommendation, answerMissing: false, screen: result ? 'result' : 'crisis' },
    announce: announce ? (result ? { key: 'result', level: result } : { key: 'crisis' }) : null,
    storage: 'save',
    suggest: result,
  };
}

/** Shows the outcome of the answers as they are; unanswered questions count as no concern. Fires no event. */
export function showResult(state: FlowState): FlowStep {
  return showOutcome(state, recommend(state.answers));
}

/** Clears the answers and saved progress and goes back to the introduction. Fires no event. */
export function restart(state: FlowState): FlowStep {
  return {
    state: { ...initialFlowState, missingPresses: state.missingPresses },
    announce: null,
    suggest: null,
    storage: 'clear',
  };
}

/** Start, on the intro. */
export function start(state: FlowState): FlowStep {
  return goToQuestion(state, 0);
}

/** The person chose `value` (a list of values for a multiple-choice question) for question `questionId`. */
export function answer(state: FlowState, questionId: string, value: string | readonly string[]): FlowStep {
  const answers = cleanAnswers({ ...state.answers, [questionId]: value });
  return { ...answersSet({ ...state, answers, answerMissing: false, missingPresses: 0 }), storage: 'save' };
}

/** The person ticked (`checked`) or unticked `value` of a multiple-choice question. */
export function tick(state: FlowState, questionId: string, value: string, checked: boolean): FlowStep {
  const others = chosenValues(state.answers, questionId).filter((chosen) => chosen !== value);
  return answer(state, questionId, checked ? [...others, value] : others);
}

/**
 * Continue: asks for an answer when none is chosen; ends the questions at a red-flag answer or the last question
 * (focus goes to the outcome's heading, which a screen reader reads, so the status region stays quiet and the
 * outcome is not heard twice); otherwise moves on to the next question.
 */
export function next(state: FlowState): FlowStep {
  const path = questionPath(state.answers);
  const question = path[state.questionIndex];
  const values = chosenValues(state.answers, question.id);
  const chosen = question.options.filter((option) => values.includes(option.value));
  if (chosen.length === 0) {
    return { state: { ...state, answerMissing: true, missingPresses: state.missingPresses + 1 }, focus: 'first-option' };
  }
  if (!chosen.some((option) => option.crisis) && state.questionIndex < path.length - 1) {
    return goToQuestion(state, state.questionIndex + 1);
  }
  const recommendation = recommend(state.answers);
  const onPath = new Set(path.map((asked) => asked.id));
  const answers = Object.fromEntries(Object.entries(state.answers).filter(([id]) => onPath.has(id)));
  return {
    ...showOutcome(state, recommendation, false),
    focus: 'heading',
    event: { type: 'care-complete', detail: { recommendation, answers } },
  };
}

/** Back from a question: to the one before, or from the first to the intro. */
export function back(state: FlowState): FlowStep {
  if (state.questionIndex > 0) return goToQuestion(state, state.questionIndex - 1);
  return {
    state: { ...state, screen: 'intro', answerMissing: false },
    announce: null,
    focus: 'heading',
    storage: 'save',
  };
}

/** "Back to my answer" on the crisis screen: the first question whose answer is a red flag. */
export function backFromCrisis(state: FlowState): FlowStep {
  const crisisIndex = questionPath(state.answers).findIndex((question) =>
    question.options.some((option) => option.crisis && chosenValues(state.answers, question.id).includes(option.value)),
  );
  return goToQuestion(state, crisisIndex >= 0 ? crisisIndex : state.questionIndex);
}

/** "Change my answers" on the result: the last question. */
export function changeAnswers(state: FlowState): FlowStep {
  return goToQuestion(state, questionPath(state.answers).length - 1);
}

/** "Start over" on the result: no answers, and the first question. */
export function startOver(state: FlowState): FlowStep {
  return andThen(restart(state), start);
}

/**
 * The answers changed (set by code, or by an answer): a question stays on the path, and an outcome shown follows
 * them, said again only when it changed.
 */
export function answersSet(state: FlowState): FlowStep {
  if (state.screen === 'question') {
    return { state: { ...state, questionIndex: Math.min(state.questionIndex, questionPath(state.answers).length - 1) } };
  }
  if (state.screen === 'result' || state.screen === 'crisis') {
    const recommendation = recommend(state.answers);
    const sameOutcome =
      recommendation.crisis === state.recommendation?.crisis && recommendation.level === state.recommendation?.level;
    return sameOutcome ? { state: { ...state, recommendation } } : showOutcome(state, recommendation);
  }
  return { state };
}

/** What `persist="session"` keeps of a state. */
export function savedProgress(state: FlowState): SavedProgress {
  return { answers: state.answers, screen: state.screen, questionIndex: state.questionIndex };
}

/**
 * Progress saved earlier, read back: unknown questions and values are dropped, an unknown screen is the intro, and
 * the question stays on the path. Anything else than an object leaves the state as it is.
 */
export function restore(state: FlowState, saved: unknown): FlowStep {
  if (!saved || typeof saved !== 'object') return { state };
  const progress = saved as Partial<SavedProgress>;
  const answers = cleanAnswers(progress.answers);
  const screen = screens.includes(progress.screen as QuestionnaireScreen) ? progress.screen! : 'intro';
  const index = Number.isInteger(progress.questionIndex) ? progress.questionIndex! : 0;
  const restored = { ...state, answers, questionIndex: Math.min(questionPath(answers).length - 1, Math.max(0, index)) };
  if (screen === 'result' || screen === 'crisis') return showResult(restored);
  return { state: { ...restored, screen } };
}
